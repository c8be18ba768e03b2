import type { ReactNode } from 'react';
import { useT } from '../../../shared/i18n';
import { errorText, STAFF_MESSAGES } from '../../messages';
import { COMMON_MESSAGES } from './commonMessages';

/** A failed call in words, announced (role=alert). */
export function ErrorLine({ error }: { error: unknown }) {
  const { t, lang } = useT(STAFF_MESSAGES);
  if (!error) return null;
  return (
    <p className="err" role="alert">
      {errorText(error, t, lang)}
    </p>
  );
}

/**
 * What a list shows instead of its items: loading, the load's failure (with a retry), or the
 * empty message; `children` once there is something to show.
 */
export function QueryState(props: {
  loading: boolean;
  error: unknown;
  empty: boolean;
  emptyText: string;
  onRetry?: () => void;
  children: ReactNode;
}) {
  const { t } = useT(COMMON_MESSAGES);
  if (props.error)
    return (
      <div>
        <ErrorLine error={props.error} />
        {props.onRetry ? (
          <button type="button" className="secondary" onClick={props.onRetry}>
            {t('retry')}
          </button>
        ) : null}
      </div>
    );
  if (props.loading) return <p aria-busy="true">{t('loading')}</p>;
  if (props.empty)
    return (
      <p className="empty" role="status">
        {props.emptyText}
      </p>
    );
  return <>{props.children}</>;
}
