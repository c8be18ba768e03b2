import { defineMessages } from '../shared/i18n';

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

/** The optional respondent profile: [value, Indonesian, English] per option. */
export const PROFILE: Array<{ key: 'ageBand' | 'sex' | 'education' | 'occupation'; options: Array<[string, string, string]> }> = [
  {
    key: 'ageBand',
    options: [
      ['UNDER_20', '< 20 tahun', 'Under 20'],
      ['AGE_20_29', '20–29', '20–29'],
      ['AGE_30_39', '30–39', '30–39'],
      ['AGE_40_49', '40–49', '40–49'],
      ['AGE_50_59', '50–59', '50–59'],
      ['AGE_60_PLUS', '60 tahun ke atas', '60 and over'],
    ],
  },
  {
    key: 'sex',
    options: [
      ['LAKI_LAKI', 'Laki-laki', 'Male'],
      ['PEREMPUAN', 'Perempuan', 'Female'],
    ],
  },
  {
    key: 'education',
    options: [
      ['SD_KEBAWAH', 'SD ke bawah', 'Primary school or less'],
      ['SMP', 'SMP', 'Junior high school (SMP)'],
      ['SMA', 'SMA/SMK', 'Senior high school (SMA/SMK)'],
      ['D1_D3', 'D1–D3', 'Diploma (D1–D3)'],
      ['D4_S1', 'D4/S1', 'Bachelor’s degree (D4/S1)'],
      ['S2_KEATAS', 'S2 ke atas', 'Master’s degree or higher (S2+)'],
    ],
  },
  {
    key: 'occupation',
    options: [
      ['PNS_TNI_POLRI', 'PNS/TNI/Polri', 'Civil servant, military or police (PNS/TNI/Polri)'],
      ['PEGAWAI_SWASTA', 'Pegawai swasta', 'Private-sector employee'],
      ['WIRAUSAHA', 'Wirausaha', 'Self-employed'],
      ['PELAJAR_MAHASISWA', 'Pelajar/Mahasiswa', 'Student'],
      ['IBU_RUMAH_TANGGA', 'Ibu rumah tangga', 'Homemaker'],
      ['LAINNYA', 'Lainnya', 'Other'],
    ],
  },
];
