import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';

/** A page loaded on first visit (its own chunk), by its named export. */
export function page<M>(load: () => Promise<M>, name: keyof M): RouteObject['lazy'] {
  return async () => ({ Component: (await load())[name] as ComponentType });
}
