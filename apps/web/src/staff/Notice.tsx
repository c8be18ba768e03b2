import { Params, useT } from '../shared/i18n';
import { STAFF_MESSAGES, StaffKey } from './messages';

/** What the user's last action did, in words, announced politely to screen readers (role=status). */
export function Notice({ notice }: { notice: { key: StaffKey; params?: Params } | null }) {
  const { t } = useT(STAFF_MESSAGES);
  return notice ? (
    <p className="notice ok" role="status">
      {t(notice.key, notice.params)}
    </p>
  ) : null;
}
