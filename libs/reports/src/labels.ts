/** Words of the reports (Bahasa Indonesia; the PDFs have no other language). */
export const PREDIKAT_ID: Record<string, string> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang',
  SANGAT_KURANG: 'Sangat Kurang',
};
export const RATING_ID: Record<string, string> = {
  DI_ATAS_EKSPEKTASI: 'Di atas ekspektasi',
  SESUAI_EKSPEKTASI: 'Sesuai ekspektasi',
  DI_BAWAH_EKSPEKTASI: 'Di bawah ekspektasi',
};
export const SOURCE_ID: Record<string, string> = {
  SUPERVISOR: 'Atasan',
  PEER: 'Rekan kerja',
  SUBORDINATE: 'Bawahan',
  SELF: 'Diri sendiri',
  PUBLIC: 'Masyarakat (IKM)',
};
export const HASIL_KERJA_SOURCE_ID: Record<string, string> = {
  KPI: 'dihitung dari capaian SKP (KPI)',
  SUPERVISOR: 'penilaian atasan',
};
export const PROFILE_TITLE_ID: Record<string, string> = {
  ageBand: 'Usia',
  sex: 'Jenis kelamin',
  education: 'Pendidikan',
  occupation: 'Pekerjaan',
};
export const label = (dict: Record<string, string>, key: string | null | undefined): string => (key ? (dict[key] ?? key) : '—');
