import { useEffect, useId, useRef, useState } from 'react';
import { ApiError } from '../../shared/gql';
import { Params, useT } from '../../shared/i18n';
import { staffGql } from '../api';
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
  progress: { peersApproved: number; nominationsPending: number };
  /** Null only for callers who may not follow the round's peers (never the employee themself). */
  peerNominations: PeerNomination[] | null;
}

/** The fields the employee's page asks for each round's peers. */
export const PEER_NOMINATION_FIELDS = 'peerNominations { id reviewerId reviewerName reviewerPosition state nominatedByMe createdAt }';

const MIN_SEARCH = 2;
const MAX_SEARCH = 100;
const DEBOUNCE_MS = 250;

const BADGE: Record<string, string> = { NOMINATED: 'badge', APPROVED: 'badge ok', REJECTED: 'badge no' };
const STATE_KEY: Record<string, StaffKey> = { NOMINATED: 'stateNOMINATED', APPROVED: 'stateAPPROVED', REJECTED: 'stateREJECTED' };

type Found = { search: string; colleagues: Colleague[] };

/**
 * The colleagues whose name contains the search (at least 2 letters), asked for 250 ms after the
 * last keystroke; answers to older searches are dropped.
 */
function useColleagueSearch(search: string): { found: Found | null; searching: boolean; failed: unknown } {
  const [found, setFound] = useState<Found | null>(null);
  const [searching, setSearching] = useState(false);
  const [failed, setFailed] = useState<unknown>(null);
  const q = search.trim();
  useEffect(() => {
    setFailed(null);
    if (q.length < MIN_SEARCH) {
      setFound(null);
      setSearching(false);
      return;
    }
    let live = true;
    setSearching(true);
    const timer = setTimeout(() => {
      staffGql<{ colleagues: Colleague[] }>(
        `query($s: String!, $n: Int) { colleagues(search: $s, first: $n) { id name position unitName } }`,
        { s: q, n: 20 },
      )
        .then((d) => live && setFound({ search: q, colleagues: d.colleagues }))
        .catch((err: unknown) => {
          if (!live) return;
          setFound(null);
          setFailed(err);
        })
        .finally(() => live && setSearching(false));
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q]);
  return { found, searching, failed };
}

/**
 * The employee nominates peers for their own open round (the supervisor approves them in "Tim saya"):
 * a search of the agency's colleagues by name, and the round's peers with their status.
 */
export function Nominations({
  me,
  round,
  onChange,
}: {
  me: { id: string; supervisorId: string | null };
  round: OwnRound;
  onChange: () => void;
}) {
  const { t, lang } = useT(STAFF_MESSAGES);
  const uid = useId();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<Colleague | null>(null);
  const [busy, setBusy] = useState(false);
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
  const { nominationsPending: pending, peersApproved: approved } = round.progress;
  const q = search.trim();

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    setNotice(null);
    if (!choice) {
      setError({ key: 'pickFirst' });
      if (!found?.colleagues.length) searchField.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const d = await staffGql<{ assignReviewer: { id: string; state: string } }>(
        `mutation($i: AssignReviewerInput!) { assignReviewer(input: $i) { id state } }`,
        { i: { roundId: round.id, reviewerId: choice.id, relation: 'PEER' } },
      );
      setNotice({ key: d.assignReviewer.state === 'NOMINATED' ? 'nominated' : 'added', params: { name: choice.name } });
      setSelected(null);
      setSearch('');
      searchField.current?.focus();
    } catch (err) {
      setError({ err });
    } finally {
      setBusy(false);
      // Also after an error: a duplicate means the list here is behind.
      onChange();
    }
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
          <button type="submit" disabled={busy} aria-busy={busy}>
            {busy ? t('nominating') : t('nominate')}
          </button>
        </p>
      </form>
    </section>
  );
}
