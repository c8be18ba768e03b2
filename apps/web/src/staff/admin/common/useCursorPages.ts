import { useCallback, useState } from 'react';

/**
 * The cursors a cursor-paged list came through: page n starts after cursors[n-1] (page 1: none).
 * `reset()` goes back to page 1 (a filter changed).
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<string[]>([]);
  const reset = useCallback(() => setCursors([]), []);
  return {
    page: cursors.length + 1,
    cursor: cursors.length ? cursors[cursors.length - 1] : undefined,
    next: (cursor: string | null | undefined) => cursor && setCursors((c) => [...c, cursor]),
    previous: () => setCursors((c) => c.slice(0, -1)),
    first: reset,
    reset,
  };
}
