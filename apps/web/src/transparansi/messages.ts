import { defineMessages } from '../shared/i18n';

/** The public transparency page's words (this page only). */
export const TRANSPARENCY_MESSAGES = defineMessages({
  id: {
    pageTitle: 'Transparansi Pelayanan Publik — Kinerja360',
    titleFor: 'Transparansi {name} — Kinerja360',
    kicker: 'Transparansi pelayanan publik',
    loading: 'Memuat hasil survei…',
    intro: 'Hasil Survei Kepuasan Masyarakat (SKM) tiap unit layanan dan rencana tindak lanjutnya, sesuai PermenPANRB 14/2017.',
    units: 'Indeks Kepuasan Masyarakat per unit',
    latest: 'Periode terakhir: {period}',
    ikm: 'IKM',
    outOf100: 'dari 100',
    mutu: 'Mutu',
    respondents: '{n} responden',
    trend: 'Tren IKM {name}',
    trendCaption: 'IKM per periode, dari yang terlama',
    colPeriod: 'Periode',
    colIkm: 'IKM',
    colMutu: 'Mutu',
    followUps: 'Rencana tindak lanjut',
    followUpsHint: 'Perbaikan yang direncanakan atas unsur pelayanan yang nilainya rendah.',
    colWhere: 'Titik layanan',
    colElement: 'Unsur',
    colAction: 'Tindak lanjut',
    colStatus: 'Status',
    colDue: 'Target',
    PLANNED: 'Direncanakan',
    IN_PROGRESS: 'Sedang dikerjakan',
    DONE: 'Selesai',
    noUnits: 'Belum ada hasil survei yang dapat ditampilkan',
    noUnitsHint: 'Hasil akan tampil di sini setelah warga mengisi survei.',
    noFollowUps: 'Belum ada rencana tindak lanjut yang diumumkan.',
    notFound: 'Instansi tidak ditemukan. Periksa kembali alamatnya.',
    failed: 'Halaman tidak dapat dimuat. Periksa koneksi lalu coba lagi.',
    retry: 'Coba lagi',
    explain: 'IKM dihitung sesuai PermenPANRB 14/2017: rata-rata sembilan unsur × 25, dari semua titik layanan unit.',
  },
  en: {
    pageTitle: 'Public Service Transparency — Kinerja360',
    titleFor: 'Transparency {name} — Kinerja360',
    kicker: 'Public service transparency',
    loading: 'Loading the survey results…',
    intro: 'Public satisfaction survey (SKM) results of each service unit and their follow-up plan, as PermenPANRB 14/2017 requires.',
    units: 'Public Satisfaction Index per unit',
    latest: 'Latest period: {period}',
    ikm: 'IKM',
    outOf100: 'out of 100',
    mutu: 'Quality',
    respondents: '{n} respondents',
    trend: 'IKM trend {name}',
    trendCaption: 'IKM per period, oldest first',
    colPeriod: 'Period',
    colIkm: 'IKM',
    colMutu: 'Quality',
    followUps: 'Follow-up plan',
    followUpsHint: 'Improvements planned for the service elements that scored low.',
    colWhere: 'Service point',
    colElement: 'Element',
    colAction: 'Action',
    colStatus: 'Status',
    colDue: 'Due',
    PLANNED: 'Planned',
    IN_PROGRESS: 'In progress',
    DONE: 'Done',
    noUnits: 'No survey results to show yet',
    noUnitsHint: 'The results will appear here once citizens have filled in the survey.',
    noFollowUps: 'No follow-up plan has been published yet.',
    notFound: 'Agency not found. Please check the address.',
    failed: 'The page could not be loaded. Check the connection and try again.',
    retry: 'Try again',
    explain:
      'The IKM is computed as PermenPANRB 14/2017 sets out: the mean of the nine elements × 25, over all of the unit’s service points.',
  },
});

export const PUBLIC_TRANSPARENCY = `query($a: ID!) { publicTransparency(agencyId: $a) {
  agencyId agencyName generatedAt
  units { unitId unitName
    latest { periodId name kind startsOn endsOn respondents ikm ikmConverted mutu kinerja }
    trend { periodId name respondents ikmConverted mutu kinerja } }
  followUps { id servicePointName unitName periodName elementCode elementName action status dueOn }
} }`;

export interface TransparencyPeriod {
  periodId: string;
  name: string;
  startsOn?: string;
  endsOn?: string;
  respondents: number;
  ikmConverted: number | null;
  mutu: string | null;
  kinerja: string | null;
}

export interface PublicTransparency {
  agencyId: string;
  agencyName: string;
  generatedAt: string;
  units: Array<{ unitId: string; unitName: string; latest: TransparencyPeriod; trend: TransparencyPeriod[] }>;
  followUps: Array<{
    id: string;
    servicePointName: string;
    unitName: string;
    periodName: string;
    elementCode: string;
    elementName: string;
    action: string;
    status: 'PLANNED' | 'IN_PROGRESS' | 'DONE';
    dueOn: string;
  }>;
}
