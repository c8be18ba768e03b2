import type { Messages } from '../shared/i18n';

/** The kiosk's words. */
const id = {
  pageTitle: 'Kios Penilaian Layanan — Kinerja360',
  pairHeading: 'Pasangkan kios ini',
  pairHelp: 'Admin: buat kode pemasangan untuk kios ini di Kinerja360, lalu masukkan enam angkanya di sini.',
  pairCode: 'Kode pemasangan',
  pair: 'Pasangkan',
  pairWrong: 'Kode pemasangan salah, sudah dipakai, atau kedaluwarsa.',
  offline: 'Koneksi terputus. Coba lagi.',
  online: 'Daring',
  offlineStatus: 'Luring',
  waiting: 'Menunggu terkirim:',
  thanks: 'Terima kasih atas penilaian Anda!',
  fullSurveyAsk: 'Bersedia mengisi survei lengkap (9 pertanyaan singkat)?',
  fullSurvey: 'Isi survei lengkap',
  finish: 'Selesai',
  questionOf: 'Pertanyaan {n} dari 9 · {title}',
  officer: 'Petugas yang bertugas:',
  howWasIt: 'Bagaimana pelayanan kami hari ini?',
  quickRating: 'Penilaian singkat',
};
type Key = keyof typeof id;
const en: Record<Key, string> = {
  pageTitle: 'Service Rating Kiosk — Kinerja360',
  pairHeading: 'Pair this kiosk',
  pairHelp: 'Admin: create a pairing code for this kiosk in Kinerja360, then enter its six digits here.',
  pairCode: 'Pairing code',
  pair: 'Pair',
  pairWrong: 'The pairing code is wrong, already used, or expired.',
  offline: 'The connection was lost. Try again.',
  online: 'Online',
  offlineStatus: 'Offline',
  waiting: 'Waiting to be sent:',
  thanks: 'Thank you for your rating!',
  fullSurveyAsk: 'Would you fill in the full survey (9 short questions)?',
  fullSurvey: 'Fill in the full survey',
  finish: 'Done',
  questionOf: 'Question {n} of 9 · {title}',
  officer: 'Staff on duty:',
  howWasIt: 'How was our service today?',
  quickRating: 'Quick rating',
};
export const KIOSK_MESSAGES: Messages<Key> = { id, en };
