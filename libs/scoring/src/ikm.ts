/**
 * Indeks Kepuasan Masyarakat (IKM) per PermenPANRB 14/2017: nine elements answered 1–4,
 * NRR per element = mean of its answers, IKM = Σ NRRᵢ × 1/9, converted = IKM × 25, classified on
 * the converted value rounded to 2 decimals.
 */
import { roundHalfAwayFromZero } from './rounding';

/** The nine elements (unsur) in the regulation's order. Some apps swap U8 and U9: do not. */
export const IKM_ELEMENTS = [
  { code: 'U1', name: 'Persyaratan' },
  { code: 'U2', name: 'Sistem, mekanisme dan prosedur' },
  { code: 'U3', name: 'Waktu penyelesaian' },
  { code: 'U4', name: 'Biaya/tarif' },
  { code: 'U5', name: 'Produk spesifikasi jenis pelayanan' },
  { code: 'U6', name: 'Kompetensi pelaksana' },
  { code: 'U7', name: 'Perilaku pelaksana' },
  { code: 'U8', name: 'Penanganan pengaduan, saran dan masukan' },
  { code: 'U9', name: 'Sarana dan prasarana' },
] as const;
export type IkmElementCode = (typeof IKM_ELEMENTS)[number]['code'];
export const IKM_ELEMENT_CODES: readonly IkmElementCode[] = IKM_ELEMENTS.map((e) => e.code);

export const IKM_MIN_ANSWER = 1;
export const IKM_MAX_ANSWER = 4;
/** Converted IKM = IKM × 25 (scale 25–100). */
export const IKM_CONVERSION_FACTOR = 25;

export type IkmMutu = 'A' | 'B' | 'C' | 'D';
export type IkmKinerja = 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik';

/** Bands on the converted value rounded to 2 decimals, inclusive at both ends. */
export const IKM_BANDS: readonly { min: number; max: number; mutu: IkmMutu; kinerja: IkmKinerja }[] = Object.freeze([
  { min: 25.0, max: 64.99, mutu: 'D', kinerja: 'Tidak Baik' },
  { min: 65.0, max: 76.6, mutu: 'C', kinerja: 'Kurang Baik' },
  { min: 76.61, max: 88.3, mutu: 'B', kinerja: 'Baik' },
  { min: 88.31, max: 100.0, mutu: 'A', kinerja: 'Sangat Baik' },
]);

/** Sum and count of one element's answers, as `SELECT element, SUM(answer), COUNT(answer) … GROUP BY element` gives them. */
export interface IkmElementAggregate {
  readonly sum: number;
  readonly count: number;
}

export interface IkmAggregates {
  /** Number of questionnaires (respondents). */
  readonly respondents: number;
  /** Per element; a missing element means no answers to it (count 0). */
  readonly elements: Readonly<Partial<Record<IkmElementCode, IkmElementAggregate>>>;
}

export interface IkmClassification {
  /** The converted value rounded half away from zero to 2 decimals: the value that is classified and shown. */
  rounded: number;
  mutu: IkmMutu;
  kinerja: IkmKinerja;
}

export interface IkmElementResult {
  code: IkmElementCode;
  name: string;
  sum: number;
  count: number;
  /** Nilai rata-rata (mean answer, 1–4); null without answers. */
  nrr: number | null;
}

export interface IkmResult {
  respondents: number;
  /** U1..U9, in order. */
  elements: IkmElementResult[];
  /** Σ NRRᵢ (9–36). */
  nrrTotal: number | null;
  /** Σ NRRᵢ / 9 (1–4). */
  ikm: number | null;
  /** IKM × 25 (25–100), full precision. */
  converted: number | null;
  /** `converted` rounded to 2 decimals (the classified, displayed value). */
  convertedRounded: number | null;
  mutu: IkmMutu | null;
  kinerja: IkmKinerja | null;
  /** Element(s) with the lowest NRR (all of them on a tie), in U order; empty without answers. */
  weakest: IkmElementCode[];
}

/**
 * Classifies a converted IKM (25–100). Rounds to 2 decimals first (76.604 → 76.60 → C;
 * 76.605 → 76.61 → B), then compares in whole hundredths so no float comparison is involved.
 */
export function classifyIkm(converted: number): IkmClassification {
  if (!Number.isFinite(converted)) throw new RangeError(`IKM: converted value must be finite, got ${converted}`);
  const rounded = roundHalfAwayFromZero(converted, 2);
  const hundredths = Math.round(rounded * 100);
  if (hundredths < 2500 || hundredths > 10000) throw new RangeError(`IKM: converted value must be within 25–100, got ${converted}`);
  for (const band of IKM_BANDS) {
    if (hundredths <= Math.round(band.max * 100)) return { rounded, mutu: band.mutu, kinerja: band.kinerja };
  }
  // Unreachable: the bands cover 25.00–100.00.
  throw new RangeError(`IKM: no band for ${converted}`);
}

function validateAggregates(aggregates: IkmAggregates): void {
  const { respondents } = aggregates;
  if (!Number.isInteger(respondents) || respondents < 0) {
    throw new RangeError(`IKM: respondents must be a non-negative integer, got ${respondents}`);
  }
  for (const code of Object.keys(aggregates.elements)) {
    if (!IKM_ELEMENT_CODES.includes(code as IkmElementCode)) throw new RangeError(`IKM: unknown element ${code}`);
  }
  for (const code of IKM_ELEMENT_CODES) {
    const element = aggregates.elements[code];
    if (!element) continue;
    const { sum, count } = element;
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`IKM ${code}: count must be a non-negative integer, got ${count}`);
    if (count > respondents) throw new RangeError(`IKM ${code}: count ${count} exceeds respondents ${respondents}`);
    if (!Number.isFinite(sum) || sum < IKM_MIN_ANSWER * count || sum > IKM_MAX_ANSWER * count) {
      throw new RangeError(`IKM ${code}: sum ${sum} impossible for ${count} answers of ${IKM_MIN_ANSWER}–${IKM_MAX_ANSWER}`);
    }
  }
}

/**
 * Computes the IKM from per-element aggregates.
 * - No respondents: every figure null, no weakest element.
 * - An element without answers has NRR null; the IKM is defined over all nine elements, so it is
 *   then null as well (averaging fewer elements would change what the index means), while the
 *   NRRs that exist and the weakest element are still reported.
 * The 1/9 weight is applied as a division by 9, not as the printed 0.111.
 */
export function computeIkm(aggregates: IkmAggregates): IkmResult {
  validateAggregates(aggregates);
  const elements: IkmElementResult[] = IKM_ELEMENTS.map(({ code, name }) => {
    const { sum, count } = aggregates.elements[code] ?? { sum: 0, count: 0 };
    return { code, name, sum, count, nrr: aggregates.respondents > 0 && count > 0 ? sum / count : null };
  });
  const answered = elements.filter((e): e is IkmElementResult & { nrr: number } => e.nrr !== null);
  const lowest = answered.length > 0 ? Math.min(...answered.map((e) => e.nrr)) : null;
  const weakest = answered.filter((e) => e.nrr === lowest).map((e) => e.code);

  const complete = answered.length === IKM_ELEMENTS.length;
  const nrrTotal = complete ? answered.reduce((total, e) => total + e.nrr, 0) : null;
  const ikm = nrrTotal === null ? null : nrrTotal / IKM_ELEMENTS.length;
  const converted = ikm === null ? null : ikm * IKM_CONVERSION_FACTOR;
  const classification = converted === null ? null : classifyIkm(converted);
  return {
    respondents: aggregates.respondents,
    elements,
    nrrTotal,
    ikm,
    converted,
    convertedRounded: classification?.rounded ?? null,
    mutu: classification?.mutu ?? null,
    kinerja: classification?.kinerja ?? null,
    weakest,
  };
}

/**
 * Builds aggregates from raw questionnaires (for tests and small inputs). Each response holds the
 * answers to U1..U9 in order, integers 1–4, or null for an unanswered element.
 */
export function aggregateIkmAnswers(responses: readonly (readonly (number | null)[])[]): IkmAggregates {
  const elements: Partial<Record<IkmElementCode, { sum: number; count: number }>> = {};
  for (const code of IKM_ELEMENT_CODES) elements[code] = { sum: 0, count: 0 };
  responses.forEach((answers, r) => {
    if (answers.length !== IKM_ELEMENTS.length) {
      throw new RangeError(`IKM response ${r}: expected ${IKM_ELEMENTS.length} answers, got ${answers.length}`);
    }
    if (answers.every((a) => a === null)) throw new RangeError(`IKM response ${r}: no element answered`);
    answers.forEach((answer, i) => {
      if (answer === null) return;
      if (!Number.isInteger(answer) || answer < IKM_MIN_ANSWER || answer > IKM_MAX_ANSWER) {
        throw new RangeError(`IKM response ${r}, ${IKM_ELEMENT_CODES[i]}: answer must be an integer 1–4, got ${answer}`);
      }
      const element = elements[IKM_ELEMENT_CODES[i]] as { sum: number; count: number };
      element.sum += answer;
      element.count += 1;
    });
  });
  return { respondents: responses.length, elements };
}

/**
 * Each respondent's mean answer (1–4) over the elements they answered: the per-respondent values
 * from which the public source's standard deviation and confidence interval are estimated.
 * Validates like aggregateIkmAnswers, so both give the same respondent count.
 */
export function ikmRespondentMeans(responses: readonly (readonly (number | null)[])[]): number[] {
  aggregateIkmAnswers(responses);
  return responses.map((answers) => {
    const given = answers.filter((a): a is number => a !== null);
    return given.reduce((s, a) => s + a, 0) / given.length;
  });
}
