/** The nine IKM elements (PermenPANRB 14/2017) in U1..U9 order, with short questions for citizens. */
export const IKM_QUESTIONS: Array<{ code: string; title: string; question: string }> = [
  { code: 'U1', title: 'Persyaratan', question: 'Bagaimana kesesuaian persyaratan dengan jenis layanannya?' },
  { code: 'U2', title: 'Prosedur', question: 'Bagaimana kemudahan prosedur pelayanan?' },
  { code: 'U3', title: 'Waktu', question: 'Bagaimana kecepatan waktu pelayanan?' },
  { code: 'U4', title: 'Biaya', question: 'Bagaimana kewajaran biaya/tarif pelayanan?' },
  { code: 'U5', title: 'Hasil layanan', question: 'Bagaimana kesesuaian hasil layanan dengan yang dijanjikan?' },
  { code: 'U6', title: 'Kompetensi petugas', question: 'Bagaimana kemampuan petugas dalam melayani?' },
  { code: 'U7', title: 'Perilaku petugas', question: 'Bagaimana kesopanan dan keramahan petugas?' },
  { code: 'U8', title: 'Pengaduan', question: 'Bagaimana penanganan pengaduan, saran, dan masukan?' },
  { code: 'U9', title: 'Sarana', question: 'Bagaimana kualitas sarana dan prasarana?' },
];

export const ANSWERS: Array<{ value: number; label: string; face: string }> = [
  { value: 1, label: 'Tidak baik', face: '😞' },
  { value: 2, label: 'Kurang baik', face: '😐' },
  { value: 3, label: 'Baik', face: '🙂' },
  { value: 4, label: 'Sangat baik', face: '😄' },
];

/** Why a token cannot be used, in words for the citizen. */
export function tokenMessage(code: string): string {
  switch (code) {
    case 'TOKEN_EXPIRED':
      return 'Tautan penilaian ini sudah kedaluwarsa. Silakan minta tautan baru kepada petugas.';
    case 'TOKEN_REVOKED':
      return 'Tautan penilaian ini sudah tidak berlaku.';
    case 'TICKET_USED':
      return 'Tiket ini sudah dipakai untuk memberi penilaian. Terima kasih!';
    case 'KIOSK_REVOKED':
      return 'Kios ini sudah tidak aktif. Hubungi petugas.';
    case 'RATE_LIMITED':
      return 'Terlalu banyak penilaian dalam waktu singkat. Coba lagi sebentar lagi.';
    default:
      return 'Tautan penilaian tidak valid. Periksa kembali kode QR Anda.';
  }
}

export const SUBMIT_RATING = `mutation($i: SubmitPublicRatingInput!) { submitPublicRating(input: $i) { accepted duplicate } }`;
export const RATING_CONTEXT = `query($t: String!) { publicRatingContext(token: $t) { kind servicePointName unitName officer { id name } officers { id name } } }`;

export interface RatingContext {
  kind: 'LINK' | 'KIOSK' | 'TICKET';
  servicePointName: string;
  unitName: string;
  officer: { id: string; name: string } | null;
  officers: Array<{ id: string; name: string }>;
}
