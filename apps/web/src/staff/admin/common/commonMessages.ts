import { defineMessages } from '../../../shared/i18n';

/** Words the administration pages share (lists, paging, confirmations). */
export const COMMON_MESSAGES = defineMessages({
  id: {
    loading: 'Memuat…',
    retry: 'Coba lagi',
    previous: 'Sebelumnya',
    next: 'Berikutnya',
    newest: 'Terbaru',
    pageOf: 'Halaman {page}',
    pagination: 'Navigasi halaman',
    cancel: 'Batal',
    period: 'Periode',
    noPeriods: 'Belum ada periode. Buat periode terlebih dahulu di halaman Periode.',
    saving: 'Menyimpan…',
  },
  en: {
    loading: 'Loading…',
    retry: 'Try again',
    previous: 'Previous',
    next: 'Next',
    newest: 'Newest',
    pageOf: 'Page {page}',
    pagination: 'Pages',
    cancel: 'Cancel',
    period: 'Period',
    noPeriods: 'There are no periods yet. Create one first on the Periods page.',
    saving: 'Saving…',
  },
});
