import { useT } from '../../../shared/i18n';
import { COMMON_MESSAGES } from './commonMessages';

/**
 * Paging by cursor (the server pages): back to the first page, or on to the next. `page` is
 * 1-based; the caller keeps the cursors it came through.
 */
export function Pager(props: {
  page: number;
  hasNext: boolean;
  onFirst: () => void;
  onPrevious: () => void;
  onNext: () => void;
  label?: string;
}) {
  const { t } = useT(COMMON_MESSAGES);
  if (props.page === 1 && !props.hasNext) return null;
  return (
    <nav className="row pager" aria-label={props.label ?? t('pagination')}>
      <button type="button" className="secondary" disabled={props.page === 1} onClick={props.onPrevious}>
        {t('previous')}
      </button>
      <span aria-live="polite">{t('pageOf', { page: props.page })}</span>
      <button type="button" className="secondary" disabled={!props.hasNext} onClick={props.onNext}>
        {t('next')}
      </button>
    </nav>
  );
}
