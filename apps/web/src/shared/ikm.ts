import { Lang, Messages } from './i18n';

/**
 * The nine IKM elements (PermenPANRB 14/2017) in U1..U9 order, with short questions for citizens.
 * The element names are the official Indonesian ones; in English they carry a gloss.
 */
const IKM: Array<{ code: string; title: string; gloss: string; id: string; en: string }> = [
  {
    code: 'U1',
    title: 'Persyaratan',
    gloss: 'Requirements',
    id: 'Bagaimana kesesuaian persyaratan dengan jenis layanannya?',
    en: 'How well do the requirements fit the service?',
  },
  {
    code: 'U2',
    title: 'Prosedur',
    gloss: 'Procedure',
    id: 'Bagaimana kemudahan prosedur pelayanan?',
    en: 'How easy is the service procedure?',
  },
  { code: 'U3', title: 'Waktu', gloss: 'Time', id: 'Bagaimana kecepatan waktu pelayanan?', en: 'How fast is the service?' },
  {
    code: 'U4',
    title: 'Biaya',
    gloss: 'Cost',
    id: 'Bagaimana kewajaran biaya/tarif pelayanan?',
    en: 'How fair is the cost or fee of the service?',
  },
  {
    code: 'U5',
    title: 'Hasil layanan',
    gloss: 'Service result',
    id: 'Bagaimana kesesuaian hasil layanan dengan yang dijanjikan?',
    en: 'How well does the result match what was promised?',
  },
  {
    code: 'U6',
    title: 'Kompetensi petugas',
    gloss: 'Staff competence',
    id: 'Bagaimana kemampuan petugas dalam melayani?',
    en: 'How capable is the staff in serving you?',
  },
  {
    code: 'U7',
    title: 'Perilaku petugas',
    gloss: 'Staff behaviour',
    id: 'Bagaimana kesopanan dan keramahan petugas?',
    en: 'How polite and friendly is the staff?',
  },
  {
    code: 'U8',
    title: 'Pengaduan',
    gloss: 'Complaints',
    id: 'Bagaimana penanganan pengaduan, saran, dan masukan?',
    en: 'How are complaints, suggestions and feedback handled?',
  },
  { code: 'U9', title: 'Sarana', gloss: 'Facilities', id: 'Bagaimana kualitas sarana dan prasarana?', en: 'How good are the facilities?' },
];

/** The questions in the language: the official name (with the English gloss in English) and the question. */
export function ikmQuestions(lang: Lang): Array<{ code: string; title: string; question: string }> {
  return IKM.map((q) => ({
    code: q.code,
    title: lang === 'en' ? `${q.title} (${q.gloss})` : q.title,
    question: q[lang],
  }));
}

const SCALE: Array<{ value: number; id: string; en: string }> = [
  { value: 1, id: 'Tidak baik', en: 'Poor' },
  { value: 2, id: 'Kurang baik', en: 'Fair' },
  { value: 3, id: 'Baik', en: 'Good' },
  { value: 4, id: 'Sangat baik', en: 'Very good' },
];

/** The four answers (1–4) with their labels; pages draw each with `<Face value={…} />`. */
export function answers(lang: Lang): Array<{ value: number; label: string }> {
  return SCALE.map((a) => ({ value: a.value, label: a[lang] }));
}

/** Why a token cannot be used, in words for the citizen. */
const TOKEN: Messages<'TOKEN_EXPIRED' | 'TOKEN_REVOKED' | 'TICKET_USED' | 'KIOSK_REVOKED' | 'RATE_LIMITED' | 'INVALID_TOKEN'> = {
  id: {
    TOKEN_EXPIRED: 'Tautan penilaian ini sudah kedaluwarsa. Silakan minta tautan baru kepada petugas.',
    TOKEN_REVOKED: 'Tautan penilaian ini sudah tidak berlaku.',
    TICKET_USED: 'Tiket ini sudah dipakai untuk memberi penilaian. Terima kasih!',
    KIOSK_REVOKED: 'Kios ini sudah tidak aktif. Hubungi petugas.',
    RATE_LIMITED: 'Terlalu banyak penilaian dalam waktu singkat. Coba lagi sebentar lagi.',
    INVALID_TOKEN: 'Tautan penilaian tidak valid. Periksa kembali kode QR Anda.',
  },
  en: {
    TOKEN_EXPIRED: 'This rating link has expired. Please ask the staff for a new one.',
    TOKEN_REVOKED: 'This rating link is no longer valid.',
    TICKET_USED: 'This ticket has already been used for a rating. Thank you!',
    KIOSK_REVOKED: 'This kiosk is no longer active. Please contact the staff.',
    RATE_LIMITED: 'Too many ratings in a short time. Please try again in a moment.',
    INVALID_TOKEN: 'This rating link is not valid. Please check your QR code.',
  },
};

export function tokenMessage(code: string, lang: Lang): string {
  const dict = TOKEN[lang];
  return code in dict ? dict[code as keyof typeof dict] : dict.INVALID_TOKEN;
}

export const SUBMIT_RATING = `mutation($i: SubmitPublicRatingInput!) { submitPublicRating(input: $i) { accepted duplicate } }`;
export const RATING_CONTEXT = `query($t: String!) { publicRatingContext(token: $t) { kind servicePointId servicePointName unitName officer { id name } officers { id name } } }`;

export interface RatingContext {
  kind: 'LINK' | 'KIOSK' | 'TICKET';
  servicePointId: string;
  servicePointName: string;
  unitName: string;
  officer: { id: string; name: string } | null;
  officers: Array<{ id: string; name: string }>;
}
