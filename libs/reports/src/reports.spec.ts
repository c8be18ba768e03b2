import { aggregateIkmAnswers, computeIkm } from '@k360/scoring';
import { buildSatisfactionReport, SKM_ELEMENT_WEIGHT } from './skm-report';
import { renderSkmReport, NO_FOLLOW_UP_TEXT } from './skm-pdf';
import { renderEmployeeReport } from './employee-pdf';
import { sourceNote, valueTable } from './employee-report';
import { formatNumber, safeFileName } from './format';

const WORKED = [
  [4, 4, 3, 4, 3, 4, 4, 3, 4],
  [3, 3, 3, 4, 3, 3, 4, 2, 3],
  [4, 3, 4, 4, 4, 4, 4, 3, 4],
  [3, 4, 3, 4, 3, 3, 4, 3, 3],
];

export function workedSkmModel() {
  const ikm = computeIkm(aggregateIkmAnswers(WORKED));
  const data = buildSatisfactionReport({
    servicePoint: { id: 'sp', name: 'Loket Adminduk', unitName: 'Kelurahan Sukamiskin' },
    period: { id: 'p', name: 'Triwulan III 2026', startsOn: '2026-07-01', endsOn: '2026-09-30' },
    aggregate: {
      respondents: 4,
      elements: ikm.elements.map((e) => ({ code: e.code, count: e.count, nrr: e.nrr })),
      ikm: ikm.ikm,
      ikmConverted: ikm.converted,
      mutu: ikm.mutu,
      kinerja: ikm.kinerja,
      quickCount: 2,
      quickSum: 6,
    },
    profile: [
      { field: 'sex', value: 'PEREMPUAN', count: 3 },
      { field: 'sex', value: null, count: 1 },
    ],
    trend: [
      {
        periodId: 'p',
        periodName: 'Triwulan III 2026',
        startsOn: '2026-07-01',
        respondents: 4,
        ikmConverted: ikm.converted,
        mutu: ikm.mutu,
      },
    ],
  });
  return { ...data, agencyName: 'Kota Bandung', generatedAt: new Date('2026-12-03T06:00:00Z'), followUp: [] };
}

describe('libs/reports', () => {
  it('builds the SKM data from the stored aggregate: labels, exact 1/9 weights, weakest element, profile shares', () => {
    const m = workedSkmModel();
    expect(m.elements.map((e) => e.nrr)).toEqual([3.5, 3.5, 3.25, 4, 3.25, 3.5, 4, 2.75, 3.5]);
    expect(m.elements[7]).toMatchObject({ code: 'U8', label: 'Penanganan pengaduan, saran dan masukan', respondents: 4 });
    expect(m.elements[0].weightedNrr).toBe(3.5 * SKM_ELEMENT_WEIGHT);
    expect(m.weakestElement).toBe('U8');
    expect(m.quickMean).toBe(3);
    expect(m.profile.sex.find((r) => r.key === 'PEREMPUAN')).toEqual({ key: 'PEREMPUAN', label: 'Perempuan', count: 3, percent: 75 });
    expect(m.profile.sex.find((r) => r.key === 'TIDAK_DIISI')).toMatchObject({ count: 1, percent: 25 });
    expect(m.profile.ageBand.every((r) => r.percent === 0)).toBe(true);
    expect(formatNumber(m.ikmConverted, 2)).toBe('86,81');
  });

  it('renders an SKM report and an employee report as PDFs', async () => {
    const progress: number[] = [];
    const skm = await renderSkmReport(workedSkmModel(), (p) => progress.push(p));
    expect(skm.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(skm.pageCount).toBeGreaterThanOrEqual(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(NO_FOLLOW_UP_TEXT).toBe('Belum ada rencana tindak lanjut.');
    const emp = await renderEmployeeReport({
      agencyName: 'Kota Bandung',
      generatedAt: new Date('2026-12-03T06:00:00Z'),
      employee: { name: 'Siti', nip: '198501012010012001', position: 'Pengadministrasi' },
      unitName: 'Kelurahan Sukamiskin',
      period: { name: 'Triwulan III 2026', startsOn: '2026-07-01', endsOn: '2026-09-30' },
      result: {
        predikat: 'BAIK',
        perilakuScore: 80.93,
        perilakuRating: 'SESUAI_EKSPEKTASI',
        hasilKerjaScore: null,
        hasilKerjaRating: 'SESUAI_EKSPEKTASI',
        hasilKerjaSource: 'SUPERVISOR',
      },
      sources: [
        {
          source: 'PEER',
          count: 2,
          mean: null,
          score: null,
          weight: 0,
          counted: false,
          note: sourceNote({ count: 2, score: null, counted: false, weight: 0 }, 3),
        },
      ],
      ...valueTable([{ relation: 'SUPERVISOR', coreValue: 'KOMPETEN', mean: 4, reviewers: 1 }], () => 1),
      feedback: [{ relation: 'PEER', submitted: null, commentsVisible: false, comments: [] }],
    });
    expect(emp.pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('says why a source is hidden; hides a relation column below its minimum', () => {
    expect(sourceNote({ count: 2, score: null, counted: false, weight: 0 }, 3)).toMatch(/^Disembunyikan: 2 penilai, minimal 3/);
    expect(sourceNote({ count: 3, score: 70, counted: false, weight: 0 }, 3)).toMatch(/bobot 0/);
    expect(sourceNote({ count: 3, score: 70, counted: true, weight: 0.3 }, 3)).toBeNull();
    const t = valueTable(
      [
        { relation: 'SUPERVISOR', coreValue: 'LOYAL', mean: 5, reviewers: 1 },
        { relation: 'PEER', coreValue: 'LOYAL', mean: 4, reviewers: 2 },
      ],
      (r) => (r === 'PEER' ? 3 : 1),
    );
    expect(t.valueRelations).toEqual([
      { relation: 'SUPERVISOR', note: null },
      { relation: 'PEER', note: 'disembunyikan (2 penilai, minimal 3)' },
    ]);
    expect(t.values.find((v) => v.value === 'LOYAL')?.means).toEqual([5, null]);
  });

  it('makes safe file names', () => {
    expect(safeFileName('Laporan SKM', 'Loket "A"/../x', 'Triwulan III 2026')).toBe('Laporan-SKM-Loket-A-x-Triwulan-III-2026.pdf');
    expect(safeFileName('')).toBe('laporan.pdf');
  });
});
