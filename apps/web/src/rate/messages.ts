import { defineMessages } from '../shared/i18n';
import { RESPONDENT_FIELDS, RESPONDENT_PROFILE, RESPONDENT_PROFILE_LABELS, type RespondentField } from '../../../../libs/scoring/src/public-rating-rules';

/** The QR page's words (this page only: the phone downloads nothing more). */
export const RATE_MESSAGES = defineMessages({
  id: {
    pageTitle: 'Survei Kepuasan Layanan — Kinerja360',
    loading: 'Memuat…',
    heading: 'Survei Kepuasan Layanan',
    thanks: 'Terima kasih!',
    received: 'Penilaian Anda sudah kami terima dan membantu kami memperbaiki layanan.',
    results: 'Lihat hasil survei layanan ini',
    officer: 'Petugas: {name}',
    missing: 'Mohon jawab pertanyaan {n} ({title}).',
    offline: 'Koneksi terputus. Periksa jaringan lalu tekan Kirim lagi.',
    comment: 'Saran atau komentar (tidak wajib)',
    profile: 'Data responden (tidak wajib, tanpa nama)',
    sending: 'Mengirim…',
    submit: 'Kirim penilaian',
    ageBand: 'Usia',
    sex: 'Jenis kelamin',
    education: 'Pendidikan',
    occupation: 'Pekerjaan',
  },
  en: {
    pageTitle: 'Service Satisfaction Survey — Kinerja360',
    loading: 'Loading…',
    heading: 'Service Satisfaction Survey',
    thanks: 'Thank you!',
    received: 'We have received your rating. It helps us improve our service.',
    results: "See this service's survey results",
    officer: 'Staff: {name}',
    missing: 'Please answer question {n} ({title}).',
    offline: 'The connection was lost. Check the network, then press Send again.',
    comment: 'Suggestions or comments (optional)',
    profile: 'About you (optional, no name)',
    sending: 'Sending…',
    submit: 'Send rating',
    ageBand: 'Age',
    sex: 'Sex',
    education: 'Education',
    occupation: 'Occupation',
  },
});

/** The optional respondent profile: [value, Indonesian, English] per option, in the intake's order. */
export const PROFILE: Array<{ key: RespondentField; options: Array<[string, string, string]> }> = RESPONDENT_FIELDS.map((key) => ({
  key,
  options: (RESPONDENT_PROFILE[key] as readonly string[]).map((v) => {
    const [idLabel, enLabel] = (RESPONDENT_PROFILE_LABELS[key] as Record<string, [string, string]>)[v];
    return [v, idLabel, enLabel] as [string, string, string];
  }),
}));
