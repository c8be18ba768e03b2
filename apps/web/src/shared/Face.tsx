/** Mouths from a frown (1, tidak baik) to a wide smile (4, sangat baik). */
const MOUTH: Record<number, string> = {
  1: 'M15 34 Q24 25 33 34',
  2: 'M15 32 L33 32',
  3: 'M15 29 Q24 36 33 29',
  4: 'M13 27 Q24 42 35 27 Z',
};
const FILL: Record<number, string> = { 1: '#fcdcdc', 2: '#fdefc7', 3: '#dff3da', 4: '#c8ebc3' };

/**
 * The face of an answer (1–4), drawn rather than an emoji: kiosk tablets and phones without an
 * emoji font showed an empty box. Decorative: the answer's text label is next to it.
 */
export function Face({ value }: { value: number }) {
  return (
    <svg className="face" viewBox="0 0 48 48" width="1em" height="1em" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="21" fill={FILL[value]} stroke="currentColor" strokeWidth="2.5" />
      <circle cx="17" cy="19" r="2.6" fill="currentColor" />
      <circle cx="31" cy="19" r="2.6" fill="currentColor" />
      <path d={MOUTH[value]} fill={value === 4 ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}
