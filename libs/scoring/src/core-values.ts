/** The seven BerAKHLAK core values of the ASN, in their official order. */
export const CORE_VALUES = ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'] as const;
export type CoreValueKey = (typeof CORE_VALUES)[number];

export interface InstrumentItem {
  value: CoreValueKey;
  name: string;
  description: string;
  /** Behaviour anchors for scores 1..5, index 0 = score 1. */
  anchors: [string, string, string, string, string];
}

const anchors = (behaviour: string): InstrumentItem['anchors'] => [
  `Belum menunjukkan perilaku ${behaviour}; perlu bimbingan intensif.`,
  `Kadang menunjukkan perilaku ${behaviour}, belum konsisten.`,
  `Menunjukkan perilaku ${behaviour} secara konsisten dalam tugas sehari-hari.`,
  `Konsisten menunjukkan perilaku ${behaviour} dan menjadi contoh bagi rekan kerja.`,
  `Menjadi teladan dan menggerakkan orang lain untuk berperilaku ${behaviour}.`,
];

/**
 * Instrument version 1: the BerAKHLAK values with the descriptions of the ASN core-value
 * guideline (SE MenPANRB 20/2021) and anchors for 1–5.
 */
export const BERAKHLAK_V1: InstrumentItem[] = [
  {
    value: 'BERORIENTASI_PELAYANAN',
    name: 'Berorientasi Pelayanan',
    description:
      'Komitmen memberikan pelayanan prima demi kepuasan masyarakat: memahami dan memenuhi kebutuhan masyarakat; ramah, cekatan, solutif, dan dapat diandalkan; melakukan perbaikan tiada henti.',
    anchors: anchors('berorientasi pelayanan'),
  },
  {
    value: 'AKUNTABEL',
    name: 'Akuntabel',
    description:
      'Bertanggung jawab atas kepercayaan yang diberikan: melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi; menggunakan barang milik negara secara bertanggung jawab, efektif, dan efisien; tidak menyalahgunakan kewenangan jabatan.',
    anchors: anchors('akuntabel'),
  },
  {
    value: 'KOMPETEN',
    name: 'Kompeten',
    description:
      'Terus belajar dan mengembangkan kapabilitas: meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah; membantu orang lain belajar; melaksanakan tugas dengan kualitas terbaik.',
    anchors: anchors('kompeten'),
  },
  {
    value: 'HARMONIS',
    name: 'Harmonis',
    description:
      'Saling peduli dan menghargai perbedaan: menghargai setiap orang apa pun latar belakangnya; suka menolong orang lain; membangun lingkungan kerja yang kondusif.',
    anchors: anchors('harmonis'),
  },
  {
    value: 'LOYAL',
    name: 'Loyal',
    description:
      'Berdedikasi dan mengutamakan kepentingan bangsa dan negara: memegang teguh Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah; menjaga nama baik sesama ASN, pimpinan, instansi, dan negara; menjaga rahasia jabatan dan negara.',
    anchors: anchors('loyal'),
  },
  {
    value: 'ADAPTIF',
    name: 'Adaptif',
    description:
      'Terus berinovasi dan antusias dalam menggerakkan serta menghadapi perubahan: cepat menyesuaikan diri menghadapi perubahan; terus berinovasi dan mengembangkan kreativitas; bertindak proaktif.',
    anchors: anchors('adaptif'),
  },
  {
    value: 'KOLABORATIF',
    name: 'Kolaboratif',
    description:
      'Membangun kerja sama yang sinergis: memberi kesempatan kepada berbagai pihak untuk berkontribusi; terbuka dalam bekerja sama untuk menghasilkan nilai tambah; menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama.',
    anchors: anchors('kolaboratif'),
  },
];
