import { useEffect, useId, useState } from 'react';
import { useT } from '../../../shared/i18n';
import { ErrorLine } from './QueryState';
import { SHARED_MESSAGES } from './sharedMessages';

export interface Choice {
  id: string;
  label: string;
  /** Shown after the label (a NIP, a unit's path). */
  hint?: string;
}

/** `value` once it has stopped changing for `ms` (a search box asks the server after typing pauses). */
export function useDebounced<V>(value: V, ms = 250): V {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * Choosing one item of a long list (employees, units) by searching: a labelled group with the
 * current choice, a search box and the matches as buttons — never a select with thousands of
 * options. The caller runs the search (`term` → `choices`), usually against the server.
 */
export function SearchSelect(props: {
  label: string;
  value: Choice | null;
  onChange: (choice: Choice | null) => void;
  term: string;
  onTerm: (term: string) => void;
  choices: Choice[] | undefined;
  loading: boolean;
  error: unknown;
  /** Offer "Kosongkan" (no choice) — for optional fields. */
  clearable?: boolean;
  hint?: string;
}) {
  const { t } = useT(SHARED_MESSAGES);
  const inputId = useId();
  const hintId = useId();
  // The search shows while nothing is chosen, or after "Ganti".
  const [changing, setChanging] = useState(false);
  const open = changing || !props.value;
  const searching = open && props.term.trim().length >= 2;
  return (
    <fieldset className="search-select">
      <legend>{props.label}</legend>
      <p className="search-chosen">
        {props.value ? t('chosen', { name: props.value.label + (props.value.hint ? ` (${props.value.hint})` : '') }) : t('none')}{' '}
        {props.value && !open ? (
          <button type="button" className="secondary" onClick={() => setChanging(true)}>
            {t('change')}
          </button>
        ) : null}
        {props.value && props.clearable ? (
          <button type="button" className="secondary" onClick={() => props.onChange(null)}>
            {t('clear')}
          </button>
        ) : null}
      </p>
      {open ? (
        <>
          <label className="block" htmlFor={inputId}>
            {t('searchIn', { what: props.label.toLowerCase() })}
          </label>
          <input
            id={inputId}
            className="field"
            type="search"
            autoComplete="off"
            aria-describedby={hintId}
            value={props.term}
            onChange={(e) => props.onTerm(e.target.value)}
          />
          <p id={hintId} className="hint">
            {props.hint ?? t('searchHint')}
          </p>
          {searching ? (
            <div aria-live="polite">
              <ErrorLine error={props.error} />
              {props.loading ? <p aria-busy="true">{t('loading')}</p> : null}
              {props.choices && !props.loading ? (
                props.choices.length === 0 ? (
                  <p className="empty">{t('noMatch')}</p>
                ) : (
                  <ul className="search-results">
                    {props.choices.map((c) => (
                      <li key={c.id}>
                        <button
                          type="button"
                          className="secondary"
                          aria-label={t('choose', { name: c.label + (c.hint ? ` (${c.hint})` : '') })}
                          onClick={() => {
                            props.onChange(c);
                            props.onTerm('');
                            setChanging(false);
                          }}
                        >
                          {c.label}
                          {c.hint ? <small> · {c.hint}</small> : null}
                        </button>
                      </li>
                    ))}
                  </ul>
                )
              ) : null}
            </div>
          ) : null}
        </>
      ) : null}
    </fieldset>
  );
}
