import type { ReactNode } from 'react';
import { useT } from '../../../shared/i18n';
import { ErrorLine } from '../shared/QueryState';
import { COMMON_MESSAGES } from './commonMessages';

export { ErrorLine };

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
