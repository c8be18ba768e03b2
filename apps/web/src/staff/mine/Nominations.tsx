import { useEffect, useId, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../shared/gql';
import { Params, useT } from '../../shared/i18n';
import { graphql, useGqlMutation, useGqlQuery } from '../graphql';
import { errorText, STAFF_MESSAGES, StaffKey } from '../messages';
import { Notice } from '../Notice';

/** A colleague the employee may nominate (query `colleagues`): name, position and unit only. */
export interface Colleague {
  id: string;
  name: string;
  position: string;
  unitName: string;
}

/** A peer asked to review the employee (`EvaluationRound.peerNominations`); never whether they submitted. */
export interface PeerNomination {
  id: string;
  reviewerId: string;
  reviewerName: string;
  reviewerPosition: string;
  state: 'NOMINATED' | 'APPROVED' | 'REJECTED';
  nominatedByMe: boolean;
  createdAt: string;
}

/** What the employee's own open round tells about its peers. */
export interface OwnRound {
  id: string;
  /** Null only for reviewers (never the employee themself). */
  progress: { peersApproved: number; nominationsPending: number } | null;
  /** Null only for callers who may not follow the round's peers (never the employee themself). */
  peerNominations: PeerNomination[] | null;
}

const COLLEAGUES = graphql(`
  query Colleagues($s: String!, $n: Int) {
    colleagues(search: $s, first: $n) {
      id
      name
      position
      unitName
    }
  }
`);

const NOMINATE_PEER = graphql(`
  mutation NominatePeer($i: AssignReviewerInput!) {
    assignReviewer(input: $i) {
      id
      state
    }
  }
`);

const MIN_SEARCH = 2;
const MAX_SEARCH = 100;
const DEBOUNCE_MS = 250;

const BADGE: Record<string, string> = { NOMINATED: 'badge', APPROVED: 'badge ok', REJECTED: 'badge no' };
const STATE_KEY: Record<string, StaffKey> = { NOMINATED: 'stateNOMINATED', APPROVED: 'stateAPPROVED', REJECTED: 'stateREJECTED' };

/** Debounces a value: it changes `ms` after the last change. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The colleagues whose name contains the search (at least 2 letters), asked for 250 ms after the
 * last keystroke; answers to older searches are not shown (each search has its own cache entry).
 */
function useColleagueSearch(search: string) {
  const q = search.trim();
  const settled = useSettled(q, DEBOUNCE_MS);
  const enabled = settled.length >= MIN_SEARCH && settled === q;
  const query = useGqlQuery(COLLEAGUES, { s: settled, n: 20 }, { enabled });
  const found = enabled && query.data ? { search: settled, colleagues: query.data.colleagues } : null;
  const searching = q.length >= MIN_SEARCH && (settled !== q || query.isFetching);
  return { found, searching, failed: enabled ? query.error : null };
}

/**
 * The employee nominates peers for their own open round (the supervisor approves them in "Tim saya"):
 * a search of the agency's colleagues by name, and the round's peers with their status.
 */
export function Nominations({ me, round }: { me: { id: string; supervisorId: string | null }; round: OwnRound }) {
  const { t, lang } = useT(STAFF_MESSAGES);
  const uid = useId();
  const client = useQueryClient();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<Colleague | null>(null);
  // After an error too, the round refetches: a duplicate means the list here is behind.
  const nominate = useGqlMutation(NOMINATE_PEER, ['MyRounds']);
  // Kept as keys / errors and put into words at render time (the language may change).
  const [error, setError] = useState<{ key: StaffKey } | { err: unknown } | null>(null);
  const [notice, setNotice] = useState<{ key: StaffKey; params: Params } | null>(null);
  const searchField = useRef<HTMLInputElement>(null);
  const { found, searching, failed } = useColleagueSearch(search);

  const peers = round.peerNominations ?? [];
  const nominated = new Map(peers.map((p) => [p.reviewerId, p]));
  /** Why a colleague cannot be chosen, or null. */
  const unavailable = (c: Colleague): StaffKey | null =>
    c.id === me.supervisorId ? 'isSupervisor' : nominated.has(c.id) ? 'alreadyNominated' : null;
  // A choice that is no longer on offer (another search, or nominated meanwhile) is dropped.
  const choice = selected && found?.colleagues.some((c) => c.id === selected.id) && !unavailable(selected) ? selected : null;
  const { nominationsPending: pending, peersApproved: approved } = round.progress ?? { nominationsPending: 0, peersApproved: 0 };
  const q = search.trim();

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    setNotice(null);
    if (!choice) {
      setError({ key: 'pickFirst' });
      if (!found?.colleagues.length) searchField.current?.focus();
      return;
    }
    nominate.mutate(
      { i: { roundId: round.id, reviewerId: choice.id, relation: 'PEER' } },
      {
        onSuccess: (d) => {
          setNotice({ key: d.assignReviewer.state === 'NOMINATED' ? 'nominated' : 'added', params: { name: choice.name } });
          setSelected(null);
          setSearch('');
          searchField.current?.focus();
        },
        onError: (err) => {
          setError({ err });
          void client.invalidateQueries({ queryKey: ['MyRounds'] });
        },
      },
    );
  };

  const headingId = `peers-${uid}`;
  const searchId = `search-${uid}`;
  const statusId = `search-status-${uid}`;
  const hasResults = Boolean(found && found.colleagues.length);
  const searchStatus = () => {
    if (q.length < MIN_SEARCH) return t('searchHint');
    if (searching) return t('searching');
    if (failed) return null;
    if (!found) return null;
    return found.colleagues.length ? t('searchCount', { count: found.colleagues.length }) : t('searchEmpty', { search: found.search });
  };
  return (
    <section aria-labelledby={headingId} className="nominations">
      <h3 id={headingId}>{t('peersHeading')}</h3>
      <p className="where">{t('peersHelp')}</p>
      <p data-testid="peer-summary">
        <strong>{t('peersSummary', { pending, approved })}</strong>
      </p>
      {peers.length === 0 ? (
        <p>{t('noNominations')}</p>
      ) : (
        <ul className="cards" aria-label={t('peersListLabel')}>
          {peers.map((p) => (
            <li key={p.id}>
              <span>
                {p.reviewerName} <small>({p.reviewerPosition})</small>
                {p.nominatedByMe ? null : (
                  <>
                    {' '}
                    <small className="where">· {t('bySupervisor')}</small>
                  </>
                )}
              </span>
              <span className={BADGE[p.state] ?? 'badge'}>{t(STATE_KEY[p.state] ?? 'stateNOMINATED')}</span>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate>
        <label className="block" htmlFor={searchId}>
          {t('searchLabel')}
        </label>
        <input
          id={searchId}
          ref={searchField}
          type="search"
          className="field"
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_SEARCH}
          aria-describedby={statusId}
          aria-controls={hasResults ? `${searchId}-results` : undefined}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            // Enter searches (it does so by itself); it does not send a nomination.
            if (e.key === 'Enter') e.preventDefault();
          }}
        />
        <div aria-busy={searching}>
          <p id={statusId} role="status" className="where">
            {searchStatus()}
          </p>
          {failed ? (
            <p className="err" role="alert">
              {failed instanceof ApiError && failed.code === 'BAD_USER_INPUT' ? t('errSearch') : errorText(failed, t, lang)}
            </p>
          ) : null}
          {found && hasResults ? (
            <fieldset id={`${searchId}-results`}>
              <legend>{t('results')}</legend>
              <ul className="plain">
                {found.colleagues.map((c) => {
                  const why = unavailable(c);
                  return (
                    <li key={c.id}>
                      <label style={{ display: 'block', padding: '0.5rem 0', cursor: why ? 'default' : 'pointer' }}>
                        <input
                          type="radio"
                          name={`nominee-${uid}`}
                          value={c.id}
                          disabled={Boolean(why)}
                          checked={choice?.id === c.id}
                          onChange={() => {
                            setSelected(c);
                            setError(null);
                          }}
                        />{' '}
                        <strong>{c.name}</strong> · {c.position} · {c.unitName}
                        {why ? (
                          <>
                            {' '}
                            <span className="badge">{t(why)}</span>
                          </>
                        ) : null}
                      </label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          ) : null}
        </div>
        {error ? (
          <p className="err" role="alert">
            {'key' in error ? t(error.key) : errorText(error.err, t, lang)}
          </p>
        ) : null}
        <Notice notice={notice} />
        <p>
          <button type="submit" disabled={nominate.isPending} aria-busy={nominate.isPending}>
            {nominate.isPending ? t('nominating') : t('nominate')}
          </button>
        </p>
      </form>
    </section>
  );
}
