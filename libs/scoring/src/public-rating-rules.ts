/**
 * The rules of the public intake and its time windows, in one place: imported by the gateway's
 * DTOs (SubmitPublicRatingInput: decorators built from these constants), the intake service, the
 * worker's SQL windows (passed as parameters, never written into SQL), the citizen pages'
 * client-side checks (apps/web/src/rate, apps/web/src/kiosk import this file by relative path) and
 * the intake's edge tests. Pure constants and functions: no Nest, no I/O, nothing but the language,
 * so the browser bundle can take it as it is. The database's CHECKs (migrations) are the last
 * line and are written in SQL; test/e2e/public-ratings/intake-rules.e2e-spec.ts holds them to these.
 */

const DAY_MS = 24 * 3_600_000;

// ---------------------------------------------------------------------------------------------
// Windows

/** A rating may arrive (kiosk backlog, offline QR page) at most this many days after the service. */
export const RATING_MAX_AGE_DAYS = 7;
export const RATING_MAX_AGE_MS = RATING_MAX_AGE_DAYS * DAY_MS;
/** How far a client's clock may run ahead of the server's before `submittedAt` is refused. */
export const RATING_CLOCK_SKEW_MS = 2 * 60_000;
/**
 * Periods (and allowances, and received ratings) that late ratings can still reach: those that
 * ended within the maximum age plus one day, the day that covers the agency's time zone offset.
 */
export const LATE_RATING_WINDOW_DAYS = RATING_MAX_AGE_DAYS + 1;
/**
 * The submitted_at bound paired with a received_at window of LATE_RATING_WINDOW_DAYS, so the scan
 * prunes public_rating's monthly partitions (partitioned by submitted_at) with a day to spare.
 */
export const LATE_RATING_SUBMITTED_WINDOW_DAYS = LATE_RATING_WINDOW_DAYS + 1;

/**
 * Whether a client's `submittedAt` (kiosks only: links and tickets use the server's time) is
 * acceptable at `now`: not ahead by more than the clock skew, not older than the maximum age.
 */
export function submittedAtProblem(submittedAt: Date, now: number): 'FUTURE' | 'TOO_OLD' | null {
  const at = submittedAt.getTime();
  if (at > now + RATING_CLOCK_SKEW_MS) return 'FUTURE';
  if (at < now - RATING_MAX_AGE_MS) return 'TOO_OLD';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Answers

export const RATING_KINDS = ['IKM', 'QUICK'] as const;
export type RatingKindValue = (typeof RATING_KINDS)[number];
/** An IKM survey answers the nine elements U1..U9 (PermenPANRB 14/2017), exactly nine answers. */
export const IKM_ANSWER_COUNT = 9;
/** Every answer (IKM element or QUICK score) is on the four-point scale 1–4. */
export const ANSWER_MIN = 1;
export const ANSWER_MAX = 4;

export function isAnswer(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= ANSWER_MIN && value <= ANSWER_MAX;
}

/**
 * The shape a rating of `kind` must have: IKM exactly IKM_ANSWER_COUNT answers and no score,
 * QUICK a score and no answers (the range of each value is the DTO's, from isAnswer's bounds).
 * Answers which field is wrong and why, or null.
 */
export function ratingShapeProblem(
  kind: RatingKindValue,
  answers: readonly number[] | null | undefined,
  score: number | null | undefined,
): { field: 'answers' | 'score'; problem: 'IKM_ANSWER_COUNT' | 'IKM_NO_SCORE' | 'QUICK_NEEDS_SCORE' | 'QUICK_NO_ANSWERS' } | null {
  if (kind === 'IKM') {
    if (!answers || answers.length !== IKM_ANSWER_COUNT) return { field: 'answers', problem: 'IKM_ANSWER_COUNT' };
    if (score !== undefined && score !== null) return { field: 'score', problem: 'IKM_NO_SCORE' };
    return null;
  }
  if (score === undefined || score === null) return { field: 'score', problem: 'QUICK_NEEDS_SCORE' };
  if (answers?.length) return { field: 'answers', problem: 'QUICK_NO_ANSWERS' };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Comment

/** A comment holds at most this many characters, counted as `commentLength` counts them. */
export const COMMENT_MAX_CHARACTERS = 1000;

/**
 * The length of a comment, the one way it is counted: Unicode code points, as PostgreSQL's
 * `length()` and the column's CHECK count them (not UTF-16 units as `String.length` and a
 * textarea's maxLength do, not as class-validator's MaxLength, which skips variation selectors).
 */
export function commentLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** `text` cut to COMMENT_MAX_CHARACTERS code points (never in the middle of a surrogate pair). */
export function clipComment(text: string): string {
  if (commentLength(text) <= COMMENT_MAX_CHARACTERS) return text;
  return Array.from(text).slice(0, COMMENT_MAX_CHARACTERS).join('');
}

// ---------------------------------------------------------------------------------------------
// Token, idempotency key, officer

/** A rating link, kiosk device token or ticket token is at most this long (the real ones are shorter). */
export const TOKEN_MAX_LENGTH = 100;

/** An idempotency key: IDEMPOTENCY_KEY_MIN–IDEMPOTENCY_KEY_MAX letters, digits, `_` or `-` (a UUID fits). */
export const IDEMPOTENCY_KEY_MIN = 8;
export const IDEMPOTENCY_KEY_MAX = 64;
export const IDEMPOTENCY_KEY_PATTERN = new RegExp(`^[A-Za-z0-9_-]{${IDEMPOTENCY_KEY_MIN},${IDEMPOTENCY_KEY_MAX}}$`);
export const IDEMPOTENCY_KEY_MESSAGE = `idempotencyKey must be ${IDEMPOTENCY_KEY_MIN}–${IDEMPOTENCY_KEY_MAX} letters, digits, _ or -`;

export function isIdempotencyKey(value: unknown): value is string {
  return typeof value === 'string' && IDEMPOTENCY_KEY_PATTERN.test(value);
}

/**
 * The one rule for ids: a UUID in its canonical text form, any version (what PostgreSQL's `uuid`
 * type accepts). The officer of a kiosk rating and every id argument of the API are checked
 * against it (apps/gateway/src/common/uuid.ts re-exports it for graphql/id-arguments.ts).
 */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}

// ---------------------------------------------------------------------------------------------
// Respondent profile: bands only, never a name, NIK or phone number.

export const AGE_BANDS = ['UNDER_20', 'AGE_20_29', 'AGE_30_39', 'AGE_40_49', 'AGE_50_59', 'AGE_60_PLUS'] as const;
export const SEXES = ['LAKI_LAKI', 'PEREMPUAN'] as const;
export const EDUCATIONS = ['SD_KEBAWAH', 'SMP', 'SMA', 'D1_D3', 'D4_S1', 'S2_KEATAS'] as const;
export const OCCUPATIONS = ['PNS_TNI_POLRI', 'PEGAWAI_SWASTA', 'WIRAUSAHA', 'PELAJAR_MAHASISWA', 'IBU_RUMAH_TANGGA', 'LAINNYA'] as const;
/** The profile's fields and the values each may take; any other field is not stored. */
export const RESPONDENT_PROFILE = {
  ageBand: AGE_BANDS,
  sex: SEXES,
  education: EDUCATIONS,
  occupation: OCCUPATIONS,
} as const;
export type RespondentField = keyof typeof RESPONDENT_PROFILE;
export const RESPONDENT_FIELDS = Object.keys(RESPONDENT_PROFILE) as RespondentField[];

/**
 * The words of the optional respondent profile, [Indonesian, English] per value. The fields and
 * values are the intake's (RESPONDENT_PROFILE above): a value missing here or unknown there does not
 * compile. The QR page asks with them; the SKM report tabulates with them.
 */
export const RESPONDENT_PROFILE_LABELS: { [K in RespondentField]: Record<(typeof RESPONDENT_PROFILE)[K][number], [string, string]> } = {
  ageBand: {
    UNDER_20: ['< 20 tahun', 'Under 20'],
    AGE_20_29: ['20–29', '20–29'],
    AGE_30_39: ['30–39', '30–39'],
    AGE_40_49: ['40–49', '40–49'],
    AGE_50_59: ['50–59', '50–59'],
    AGE_60_PLUS: ['60 tahun ke atas', '60 and over'],
  },
  sex: {
    LAKI_LAKI: ['Laki-laki', 'Male'],
    PEREMPUAN: ['Perempuan', 'Female'],
  },
  education: {
    SD_KEBAWAH: ['SD ke bawah', 'Primary school or less'],
    SMP: ['SMP', 'Junior high school (SMP)'],
    SMA: ['SMA/SMK', 'Senior high school (SMA/SMK)'],
    D1_D3: ['D1–D3', 'Diploma (D1–D3)'],
    D4_S1: ['D4/S1', 'Bachelor’s degree (D4/S1)'],
    S2_KEATAS: ['S2 ke atas', 'Master’s degree or higher (S2+)'],
  },
  occupation: {
    PNS_TNI_POLRI: ['PNS/TNI/Polri', 'Civil servant, military or police (PNS/TNI/Polri)'],
    PEGAWAI_SWASTA: ['Pegawai swasta', 'Private-sector employee'],
    WIRAUSAHA: ['Wirausaha', 'Self-employed'],
    PELAJAR_MAHASISWA: ['Pelajar/Mahasiswa', 'Student'],
    IBU_RUMAH_TANGGA: ['Ibu rumah tangga', 'Homemaker'],
    LAINNYA: ['Lainnya', 'Other'],
  },
};

/** The profile fields that have a value (unknown fields dropped), or null when none has. */
export function respondentToStore(given: object | null | undefined): Partial<Record<RespondentField, string>> | null {
  if (!given) return null;
  const kept = Object.fromEntries(Object.entries(given).filter(([k, v]) => (RESPONDENT_FIELDS as string[]).includes(k) && v)) as Partial<
    Record<RespondentField, string>
  >;
  return Object.keys(kept).length ? kept : null;
}
