import {
  IKM_ELEMENTS,
  IKM_ELEMENT_CODES,
  IkmAggregates,
  IkmElementCode,
  aggregateIkmAnswers,
  classifyIkm,
  computeIkm,
  ikmRespondentMeans,
} from './ikm';
import { roundHalfAwayFromZero } from './rounding';

/** docs/domain.md worked example: four respondents at one service point, answers U1..U9. */
const WORKED_EXAMPLE = [
  [4, 4, 3, 4, 3, 4, 4, 3, 4],
  [3, 3, 3, 4, 3, 3, 4, 2, 3],
  [4, 3, 4, 4, 4, 4, 4, 3, 4],
  [3, 4, 3, 4, 3, 3, 4, 3, 3],
];

/** Every element answered by `count` respondents with the same answer sum: converted = 25 · sum / count. */
function uniform(sum: number, count: number): IkmAggregates {
  const elements: Partial<Record<IkmElementCode, { sum: number; count: number }>> = {};
  for (const code of IKM_ELEMENT_CODES) elements[code] = { sum, count };
  return { respondents: count, elements };
}

describe('IKM elements', () => {
  it('are the nine PermenPANRB 14/2017 elements in order (U8 complaints, U9 facilities)', () => {
    expect(IKM_ELEMENTS.map((e) => `${e.code} ${e.name}`)).toEqual([
      'U1 Persyaratan',
      'U2 Sistem, mekanisme dan prosedur',
      'U3 Waktu penyelesaian',
      'U4 Biaya/tarif',
      'U5 Produk spesifikasi jenis pelayanan',
      'U6 Kompetensi pelaksana',
      'U7 Perilaku pelaksana',
      'U8 Penanganan pengaduan, saran dan masukan',
      'U9 Sarana dan prasarana',
    ]);
  });
});

describe('computeIkm: docs/domain.md worked example', () => {
  const result = computeIkm(aggregateIkmAnswers(WORKED_EXAMPLE));

  it('counts the respondents', () => {
    expect(result.respondents).toBe(4);
    expect(result.elements.every((e) => e.count === 4)).toBe(true);
  });

  it('gives the NRR per element in U1..U9 order', () => {
    expect(result.elements.map((e) => e.code)).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
    const expected = [3.5, 3.5, 3.25, 4.0, 3.25, 3.5, 4.0, 2.75, 3.5];
    result.elements.forEach((e, i) => expect(e.nrr).toBeCloseTo(expected[i], 12));
    expect(result.elements[7].sum).toBe(11);
  });

  it('sums the NRRs to 31.25', () => {
    expect(result.nrrTotal).toBeCloseTo(31.25, 12);
  });

  it('gives IKM 3.4722 with the exact 1/9 weight', () => {
    expect(result.ikm).toBeCloseTo(31.25 / 9, 12);
    expect(roundHalfAwayFromZero(result.ikm as number, 4)).toBe(3.4722);
  });

  it('converts to 86.81 (not the 86.72 that the rounded 0.111 weight gives)', () => {
    expect(result.converted).toBeCloseTo(86.805556, 6);
    expect(result.convertedRounded).toBe(86.81);
    expect(31.25 * 0.111 * 25).toBeCloseTo(86.72, 2);
  });

  it('classifies as B, Baik', () => {
    expect(result.mutu).toBe('B');
    expect(result.kinerja).toBe('Baik');
  });

  it('names U8 as the weakest element', () => {
    expect(result.weakest).toEqual(['U8']);
  });
});

describe('computeIkm: other inputs', () => {
  it('returns nulls when there are no respondents', () => {
    const result = computeIkm(aggregateIkmAnswers([]));
    expect(result).toMatchObject({
      respondents: 0,
      nrrTotal: null,
      ikm: null,
      converted: null,
      convertedRounded: null,
      mutu: null,
      kinerja: null,
      weakest: [],
    });
    expect(result.elements.map((e) => e.nrr)).toEqual(Array(9).fill(null));
    expect(computeIkm({ respondents: 0, elements: {} }).ikm).toBeNull();
  });

  it('reports every element on a tie for the weakest', () => {
    const result = computeIkm(aggregateIkmAnswers([[2, 4, 4, 4, 2, 4, 4, 4, 2]]));
    expect(result.weakest).toEqual(['U1', 'U5', 'U9']);
  });

  it('compares NRRs of different counts exactly for the weakest', () => {
    const result = computeIkm({
      respondents: 4,
      elements: { ...uniform(16, 4).elements, U2: { sum: 7, count: 2 }, U6: { sum: 14, count: 4 } },
    });
    expect(result.weakest).toEqual(['U2', 'U6']);
  });

  it('takes the extremes of the scale: all 1 → 25 D, all 4 → 100 A', () => {
    expect(computeIkm(aggregateIkmAnswers([Array(9).fill(1)]))).toMatchObject({ ikm: 1, converted: 25, mutu: 'D', kinerja: 'Tidak Baik' });
    expect(computeIkm(aggregateIkmAnswers([Array(9).fill(4)]))).toMatchObject({
      ikm: 4,
      converted: 100,
      mutu: 'A',
      kinerja: 'Sangat Baik',
    });
  });

  it('accepts aggregates as SQL gives them (element rows, any key order)', () => {
    const result = computeIkm({
      respondents: 2,
      elements: {
        U9: { sum: 8, count: 2 },
        U1: { sum: 6, count: 2 },
        U2: { sum: 6, count: 2 },
        U3: { sum: 6, count: 2 },
        U4: { sum: 6, count: 2 },
        U5: { sum: 6, count: 2 },
        U6: { sum: 6, count: 2 },
        U7: { sum: 6, count: 2 },
        U8: { sum: 4, count: 2 },
      },
    });
    expect(result.elements[8]).toMatchObject({ code: 'U9', nrr: 4 });
    expect(result.elements[7]).toMatchObject({ code: 'U8', nrr: 2 });
    expect(result.nrrTotal).toBe(27);
    expect(result.converted).toBeCloseTo(75, 12);
    expect(result.weakest).toEqual(['U8']);
  });

  it('leaves the IKM null when an element has no answers, but still reports the other NRRs', () => {
    const elements = { ...uniform(12, 4).elements };
    delete elements.U9;
    const result = computeIkm({ respondents: 4, elements: { ...elements, U4: { sum: 8, count: 4 } } });
    expect(result.elements[8]).toMatchObject({ code: 'U9', count: 0, nrr: null });
    expect(result.elements[0].nrr).toBe(3);
    expect(result).toMatchObject({ nrrTotal: null, ikm: null, converted: null, mutu: null, kinerja: null });
    expect(result.weakest).toEqual(['U4']);
  });

  it('uses each element’s own count when some answers are missing', () => {
    const result = computeIkm(
      aggregateIkmAnswers([
        [4, 4, 4, 4, 4, 4, 4, 4, 4],
        [2, 4, 4, 4, 4, 4, 4, null, 4],
      ]),
    );
    expect(result.elements[0]).toMatchObject({ sum: 6, count: 2, nrr: 3 });
    expect(result.elements[7]).toMatchObject({ sum: 4, count: 1, nrr: 4 });
    expect(result.weakest).toEqual(['U1']);
    expect(result.nrrTotal).toBe(35);
  });

  it('rejects impossible aggregates', () => {
    expect(() => computeIkm({ respondents: -1, elements: {} })).toThrow(RangeError);
    expect(() => computeIkm({ respondents: 1.5, elements: {} })).toThrow(RangeError);
    expect(() => computeIkm({ respondents: 2, elements: { U1: { sum: 9, count: 3 } } })).toThrow(/exceeds respondents/);
    expect(() => computeIkm({ respondents: 3, elements: { U1: { sum: 13, count: 3 } } })).toThrow(/impossible/);
    expect(() => computeIkm({ respondents: 3, elements: { U1: { sum: 2, count: 3 } } })).toThrow(/impossible/);
    expect(() => computeIkm({ respondents: 3, elements: { U1: { sum: NaN, count: 3 } } })).toThrow(RangeError);
    expect(() => computeIkm({ respondents: 3, elements: { U1: { sum: 3, count: -1 } } })).toThrow(RangeError);
    expect(() => computeIkm({ respondents: 3, elements: { U10: { sum: 3, count: 1 } } as never })).toThrow(/unknown element/);
  });
});

describe('IKM band edges from aggregates (5,000 respondents: converted = sum / 200)', () => {
  it.each([
    [12998, 64.99, 'D', 'Tidak Baik'],
    [12999, 65.0, 'C', 'Kurang Baik'], // 64.995 rounds up
    [13000, 65.0, 'C', 'Kurang Baik'],
    [15320, 76.6, 'C', 'Kurang Baik'],
    [15321, 76.61, 'B', 'Baik'], // 76.605 rounds up
    [15322, 76.61, 'B', 'Baik'], // computes as 76.60999999999999
    [17660, 88.3, 'B', 'Baik'],
    [17661, 88.31, 'A', 'Sangat Baik'], // 88.305 rounds up
    [17662, 88.31, 'A', 'Sangat Baik'],
  ])('element sums %d → %d, %s (%s)', (sum, rounded, mutu, kinerja) => {
    const result = computeIkm(uniform(sum, 5000));
    expect(result.converted).toBeCloseTo(sum / 200, 9);
    expect(result).toMatchObject({ convertedRounded: rounded, mutu, kinerja });
  });
});

describe('classifyIkm', () => {
  it.each([
    [25, 25, 'D', 'Tidak Baik'],
    [24.995, 25, 'D', 'Tidak Baik'],
    [50, 50, 'D', 'Tidak Baik'],
    [64.99, 64.99, 'D', 'Tidak Baik'],
    [64.994, 64.99, 'D', 'Tidak Baik'],
    [64.995, 65, 'C', 'Kurang Baik'],
    [65, 65, 'C', 'Kurang Baik'],
    [76.6, 76.6, 'C', 'Kurang Baik'],
    [76.604, 76.6, 'C', 'Kurang Baik'],
    [76.605, 76.61, 'B', 'Baik'],
    [76.61, 76.61, 'B', 'Baik'],
    [86.80555555555556, 86.81, 'B', 'Baik'],
    [88.3, 88.3, 'B', 'Baik'],
    [88.304, 88.3, 'B', 'Baik'],
    [88.305, 88.31, 'A', 'Sangat Baik'],
    [88.31, 88.31, 'A', 'Sangat Baik'],
    [100, 100, 'A', 'Sangat Baik'],
    [100.004, 100, 'A', 'Sangat Baik'],
  ])('%d → %d %s %s', (converted, rounded, mutu, kinerja) => {
    expect(classifyIkm(converted)).toEqual({ rounded, mutu, kinerja });
  });

  it('rejects values outside 25–100 after rounding', () => {
    expect(() => classifyIkm(24.99)).toThrow(RangeError);
    expect(() => classifyIkm(100.005)).toThrow(RangeError);
    expect(() => classifyIkm(NaN)).toThrow(RangeError);
  });
});

describe('aggregateIkmAnswers', () => {
  it('sums and counts per element', () => {
    const aggregates = aggregateIkmAnswers(WORKED_EXAMPLE);
    expect(aggregates.respondents).toBe(4);
    expect(aggregates.elements.U1).toEqual({ sum: 14, count: 4 });
    expect(aggregates.elements.U4).toEqual({ sum: 16, count: 4 });
    expect(aggregates.elements.U8).toEqual({ sum: 11, count: 4 });
  });

  it('skips unanswered elements', () => {
    const aggregates = aggregateIkmAnswers([[1, null, 1, 1, 1, 1, 1, 1, 1]]);
    expect(aggregates.elements.U1).toEqual({ sum: 1, count: 1 });
    expect(aggregates.elements.U2).toEqual({ sum: 0, count: 0 });
  });

  it('rejects malformed responses', () => {
    expect(() => aggregateIkmAnswers([[4, 4, 4, 4, 4, 4, 4, 4]])).toThrow(/expected 9/);
    expect(() => aggregateIkmAnswers([[4, 4, 4, 4, 4, 4, 4, 4, 5]])).toThrow(/integer 1–4/);
    expect(() => aggregateIkmAnswers([[0, 4, 4, 4, 4, 4, 4, 4, 4]])).toThrow(/integer 1–4/);
    expect(() => aggregateIkmAnswers([[2.5, 4, 4, 4, 4, 4, 4, 4, 4]])).toThrow(/integer 1–4/);
    expect(() => aggregateIkmAnswers([Array(9).fill(null)])).toThrow(/no element answered/);
  });
});

describe('ikmRespondentMeans', () => {
  it('averages each respondent’s answers', () => {
    const means = ikmRespondentMeans(WORKED_EXAMPLE);
    [33 / 9, 28 / 9, 34 / 9, 30 / 9].forEach((m, i) => expect(means[i]).toBeCloseTo(m, 12));
  });
  it('ignores unanswered elements', () => {
    expect(ikmRespondentMeans([[4, null, 2, 4, 4, 4, 4, 4, 4]])).toEqual([3.75]);
  });
  it('validates like aggregateIkmAnswers', () => {
    expect(() => ikmRespondentMeans([Array(9).fill(null)])).toThrow(RangeError);
  });
});
