/**
 * Characters that change how text is shown without being part of it: the bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the direction marks
 * (U+200E, U+200F), and the invisible zero-width ones (U+200B–U+200D, U+2060, U+FEFF). A
 * right-to-left override in a comment makes "exe.txt" read "txt.exe" to the next person; a
 * zero-width space makes two equal words differ.
 */
const INVISIBLE_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u200B-\u200D\u2060\uFEFF]/g;

/** C0 controls and DEL except tab, line feed and carriage return: NUL cannot even be stored. */
// eslint-disable-next-line no-control-regex
const C0_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Free text as people type it, made safe to store and show: Unicode NFC (an "é" typed as e +
 * combining accent and one typed as é are the same text) and the controls above (and C0 controls
 * other than tab and new lines) removed. The one
 * function every free-text input of the product goes through (citizen comments, review comments).
 * Trade-off: U+200D also joins emoji sequences (👩‍💻 becomes 👩💻); the readable text is kept.
 */
export function normaliseText(value: string): string;
export function normaliseText<T>(value: T): T;
export function normaliseText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return value.normalize('NFC').replace(INVISIBLE_CONTROLS, '').replace(C0_CONTROLS, '').normalize('NFC');
}
