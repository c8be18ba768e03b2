/**
 * Characters that change how text is shown without being part of it: the bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the direction marks
 * (U+200E, U+200F), and the invisible zero-width ones (U+200B–U+200D, U+2060, U+FEFF). A
 * right-to-left override in a comment makes "exe.txt" read "txt.exe" to the next person; a
 * zero-width space makes two equal words differ.
 */
const INVISIBLE_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Free text as people type it, made safe to store and show: Unicode NFC (an "é" typed as e +
 * combining accent and one typed as é are the same text) and the controls above removed. The one
 * function every free-text input of the product goes through (citizen comments, review comments).
 * Trade-off: U+200D also joins emoji sequences (👩‍💻 becomes 👩💻); the readable text is kept.
 */
export function normaliseText(value: string): string;
export function normaliseText<T>(value: T): T;
export function normaliseText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return value.normalize('NFC').replace(INVISIBLE_CONTROLS, '').normalize('NFC');
}
