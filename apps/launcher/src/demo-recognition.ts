/**
 * Demo training catalogue (issue 15): a few courses for the BerAKHLAK values, written through the
 * GraphQL API as the ADMIN, so the Pelatihan page (/app/admin/training) shows a catalogue and its
 * suggestions map weak values to courses once rounds are scored. Courses whose title is already in
 * the catalogue are left alone, so restarts add nothing.
 */
type Gql = (query: string, variables?: Record<string, unknown>) => Promise<any>;

export const DEMO_COURSES = [
  {
    title: 'Pelayanan Prima bagi ASN',
    provider: 'BPSDM Provinsi Jawa Barat',
    coreValue: 'BERORIENTASI_PELAYANAN',
    indicator: 'Waktu penyelesaian layanan',
    hours: 24,
  },
  {
    title: 'Integritas dan Akuntabilitas Kinerja',
    provider: 'Inspektorat Kota Bandung',
    coreValue: 'AKUNTABEL',
    indicator: null,
    hours: 12,
  },
  { title: 'Literasi Digital dan Aplikasi SIAK', provider: 'Disdukcapil Kota Bandung', coreValue: 'KOMPETEN', indicator: null, hours: 16 },
  {
    title: 'Komunikasi Efektif dan Penanganan Pengaduan',
    provider: 'BKPSDM Kota Bandung',
    coreValue: 'HARMONIS',
    indicator: null,
    hours: 8,
  },
  { title: 'Manajemen Perubahan di Sektor Publik', provider: 'LAN RI', coreValue: 'ADAPTIF', indicator: null, hours: 20 },
  { title: 'Kerja Tim Lintas Unit', provider: 'BKPSDM Kota Bandung', coreValue: 'KOLABORATIF', indicator: null, hours: 8 },
] as const;

/** Adds the demo courses missing from the catalogue; returns how many were added. */
export async function seedDemoRecognition(gql: Gql): Promise<number> {
  const existing = new Set(
    ((await gql(`{ trainingCourses { title } }`)).trainingCourses as Array<{ title: string }>).map((c) => c.title.toLowerCase()),
  );
  let added = 0;
  for (const c of DEMO_COURSES) {
    if (existing.has(c.title.toLowerCase())) continue;
    await gql(`mutation($i: CreateTrainingCourseInput!) { createTrainingCourse(input: $i) { id } }`, { i: { ...c, active: true } });
    added++;
  }
  return added;
}
