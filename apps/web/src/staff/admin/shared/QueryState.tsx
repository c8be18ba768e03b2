import { useT } from '../../../shared/i18n';
import { errorText, STAFF_MESSAGES } from '../../messages';
import { SHARED_MESSAGES } from './sharedMessages';

/** A server refusal or a failed call, in words (role=alert); nothing when there is none. */
export function ErrorLine({ error }: { error: unknown }) {
  const { t, lang } = useT(STAFF_MESSAGES);
  if (!error) return null;
  return (
    <p className="err" role="alert">
      {errorText(error, t, lang)}
    </p>
  );
}

/** A list's place while it loads, fails or is empty (`empty`: the words for no items). */
export function ListState({ loading, error, empty }: { loading: boolean; error: unknown; empty: string | null }) {
  const { t } = useT(SHARED_MESSAGES);
  if (error) return <ErrorLine error={error} />;
  if (loading) return <p aria-busy="true">{t('loading')}</p>;
  return empty ? <p className="empty">{empty}</p> : null;
}

/** What the last action did, announced politely. */
export function Done({ text }: { text: string | null }) {
  return text ? (
    <p className="notice ok" role="status">
      {text}
    </p>
  ) : null;
}
