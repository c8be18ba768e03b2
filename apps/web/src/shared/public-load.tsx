import { useCallback, useEffect, useState } from 'react';
import { ApiError } from './gql';
import { LangSwitch } from './LangSwitch';

// Errors are kept as codes and put into words at render time, so switching the language also
// translates a message already on screen.
export type PublicLoad<T> = { step: 'loading' } | { step: 'error'; code: string } | { step: 'ready'; data: T };

/** Loads a public page's answer when `key` changes; `reload` asks again (the error screen's button). */
export function usePublicLoad<T>(fetch: () => Promise<T>, key: string): { state: PublicLoad<T>; reload: () => void } {
  const [state, setState] = useState<PublicLoad<T>>({ step: 'loading' });
  const reload = useCallback(() => {
    setState({ step: 'loading' });
    fetch()
      .then((data) => setState({ step: 'ready', data }))
      .catch((e: unknown) => setState({ step: 'error', code: e instanceof ApiError ? e.code : 'OFFLINE' }));
    // `key` names what `fetch` asks for; the caller's closure changes with it.
  }, [key]);
  useEffect(reload, [reload]);
  return { state, reload };
}

/**
 * What a public page shows while its answer loads or after it failed: the kicker and a status, or
 * the failure (a missing or malformed id says "not found" and offers no retry). Null once ready.
 */
export function PublicLoadScreen(props: {
  state: PublicLoad<unknown>;
  onRetry: () => void;
  words: { kicker: string; loading: string; notFound: string; failed: string; retry: string };
}) {
  const { state, words } = props;
  if (state.step === 'loading')
    return (
      <main aria-busy="true">
        <LangSwitch />
        <p className="kicker">{words.kicker}</p>
        <p role="status">{words.loading}</p>
      </main>
    );
  if (state.step === 'error') {
    const missing = state.code === 'NOT_FOUND' || state.code === 'BAD_USER_INPUT';
    return (
      <main>
        <LangSwitch />
        <h1>{words.kicker}</h1>
        <p className="notice error" role="alert">
          {missing ? words.notFound : words.failed}
        </p>
        {missing ? null : (
          <p>
            <button type="button" onClick={props.onRetry}>
              {words.retry}
            </button>
          </p>
        )}
      </main>
    );
  }
  return null;
}
