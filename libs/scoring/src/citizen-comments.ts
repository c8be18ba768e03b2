/**
 * Citizens' comments (issue 15): the free text a rating may carry, read by unit heads and ADMIN,
 * marked handled (with an optional note) or hidden (abusive; with a reason), audited. One home for
 * the limits: the DTOs, the table's CHECKs and the page use these names.
 */

/** A comment's state: OPEN until marked handled; HIDDEN (abusive) wins over HANDLED while it lasts. */
export const COMMENT_STATUSES = ['OPEN', 'HANDLED', 'HIDDEN'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** A reason to hide a comment: required, 5–500 characters. */
export const HIDE_REASON_MIN_CHARACTERS = 5;
export const HIDE_REASON_MAX_CHARACTERS = 500;
/** An optional note when marking a comment handled. */
export const HANDLED_NOTE_MAX_CHARACTERS = 1000;
/** The search text: at most this many characters (ILIKE on the comment). */
export const COMMENT_SEARCH_MAX_CHARACTERS = 100;
/** Page size of the comments list. */
export const COMMENTS_PAGE_DEFAULT = 20;
export const COMMENTS_PAGE_MAX = 100;

/** The status a comment shows, from its handled / hidden marks. */
export function commentStatus(state: { handledAt: Date | null; hiddenAt: Date | null } | null): CommentStatus {
  if (state?.hiddenAt) return 'HIDDEN';
  if (state?.handledAt) return 'HANDLED';
  return 'OPEN';
}
