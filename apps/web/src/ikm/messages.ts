import { defineMessages } from '../shared/i18n';

/** The public IKM page's words (this page only). */
export const IKM_MESSAGES = defineMessages({
  id: {
    pageTitle: 'Hasil Survei Kepuasan Masyarakat — Kinerja360',
    titleFor: 'IKM {name} — Kinerja360',
    kicker: 'Hasil Survei Kepuasan Masyarakat',
    loading: 'Memuat hasil survei…',
    latest: 'Periode {period}',
    range: '{from} – {to}',
    ikm: 'Indeks Kepuasan Masyarakat (IKM)',
    outOf100: 'dari 100',
    mutu: 'Mutu pelayanan',
    respondents: '{n} responden',
    respondent1: '1 responden',
    explain: 'IKM dihitung sesuai PermenPANRB 14/2017: rata-rata sembilan unsur × 25.',
    elements: 'Nilai per unsur',
    elementsHint: 'Nilai rata-rata (NRR) tiap unsur, skala 1–4.',
    outOf4: 'dari 4',
    weakest: 'Perlu perbaikan: {names}',
    lowest: 'terendah',
    quick: 'Penilaian cepat: {n}, rata-rata {mean} dari 4 (tidak dihitung dalam IKM).',
    updated: 'Diperbarui {when}.',
    earlier: 'Periode sebelumnya',
    colPeriod: 'Periode',
    colIkm: 'IKM',
    colMutu: 'Mutu',
    colRespondents: 'Responden',
    empty: 'Belum ada penilaian untuk titik layanan ini',
    emptyHint: 'Hasil akan tampil di sini setelah warga mengisi survei.',
    notFound: 'Titik layanan tidak ditemukan. Periksa kembali alamatnya.',
    failed: 'Hasil survei tidak dapat dimuat. Periksa koneksi lalu coba lagi.',
    retry: 'Coba lagi',
  },
  en: {
    pageTitle: 'Public Satisfaction Survey Results — Kinerja360',
    titleFor: 'IKM {name} — Kinerja360',
    kicker: 'Public satisfaction survey results',
    loading: 'Loading the survey results…',
    latest: 'Period {period}',
    range: '{from} – {to}',
    ikm: 'Public Satisfaction Index (IKM)',
    outOf100: 'out of 100',
    mutu: 'Service quality',
    respondents: '{n} respondents',
    respondent1: '1 respondent',
    explain: 'The IKM is computed as PermenPANRB 14/2017 sets out: the mean of the nine elements × 25.',
    elements: 'Score per element',
    elementsHint: 'Mean score (NRR) of each element, on a scale of 1–4.',
    outOf4: 'out of 4',
    weakest: 'Needs improvement: {names}',
    lowest: 'lowest',
    quick: 'Quick ratings: {n}, mean {mean} out of 4 (not part of the IKM).',
    updated: 'Updated {when}.',
    earlier: 'Earlier periods',
    colPeriod: 'Period',
    colIkm: 'IKM',
    colMutu: 'Quality',
    colRespondents: 'Respondents',
    empty: 'This service point has no ratings yet',
    emptyHint: 'The results will appear here once citizens have filled in the survey.',
    notFound: 'Service point not found. Please check the address.',
    failed: 'The survey results could not be loaded. Check the connection and try again.',
    retry: 'Try again',
  },
});

/** English glosses of the official element names (the names themselves stay Indonesian). */
export const ELEMENT_GLOSS: Record<string, string> = {
  U1: 'Requirements',
  U2: 'Systems, mechanisms and procedures',
  U3: 'Completion time',
  U4: 'Cost/fee',
  U5: 'Service product specification',
  U6: 'Staff competence',
  U7: 'Staff conduct',
  U8: 'Handling of complaints, suggestions and feedback',
  U9: 'Facilities and infrastructure',
};

/** English glosses of the official kinerja categories. */
export const KINERJA_GLOSS: Record<string, string> = {
  'Sangat Baik': 'Very good',
  Baik: 'Good',
  'Kurang Baik': 'Fair',
  'Tidak Baik': 'Poor',
};

export const PUBLIC_SATISFACTION = `query($s: ID!) { publicServicePointSatisfaction(servicePointId: $s) {
  servicePointName unitName agencyName
  periods { periodId name startsOn endsOn respondents ikmConverted mutu kinerja elements { code name nrr } weakest quickCount quickMean updatedAt }
} }`;

export interface PublicPeriod {
  periodId: string;
  name: string;
  startsOn: string;
  endsOn: string;
  respondents: number;
  ikmConverted: number | null;
  mutu: string | null;
  kinerja: string | null;
  elements: Array<{ code: string; name: string; nrr: number }>;
  weakest: string[];
  quickCount: number;
  quickMean: number | null;
  updatedAt: string;
}

export interface PublicSatisfaction {
  servicePointName: string;
  unitName: string;
  agencyName: string;
  periods: PublicPeriod[];
}
