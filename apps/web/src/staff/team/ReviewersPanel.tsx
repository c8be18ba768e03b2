import { useState, type FormEvent } from 'react';
import { useT } from '../../shared/i18n';
import { graphql, useGqlMutation } from '../graphql';
import { errorText, STAFF_MESSAGES, type StaffKey } from '../messages';
import { TEAM_MESSAGES } from './teamMessages';

const ADD_TEAM_REVIEWER = graphql(`
  mutation AddTeamReviewer($i: AssignReviewerInput!) {
    assignReviewer(input: $i) {
      id
      relation
      state
    }
  }
`);

export const RELATIONS = ['SUPERVISOR', 'PEER', 'SUBORDINATE', 'SELF'] as const;
const STATE_BADGE: Record<string, string> = { NOMINATED: 'badge', APPROVED: 'badge ok', REJECTED: 'badge no' };
const STATE_KEY: Record<string, StaffKey> = { NOMINATED: 'stateNOMINATED', APPROVED: 'stateAPPROVED', REJECTED: 'stateREJECTED' };

export interface PanelRound {
  id: string;
  employee: { id: string; name: string; subordinates: Array<{ id: string; name: string; position: string; active: boolean }> };
  reviewers: Array<{ id: string; relation: string; state: string; reviewer: { id: string; name: string } | null }> | null;
}

/**
 * A team member's open round: its reviewers by relation, and the supervisor (or ADMIN) adding a
 * direct subordinate of the member (SUBORDINATE) or the member themself (SELF). The server keeps
 * the rules (assignReviewer); this panel only offers what can pass them.
 */
export function ReviewersPanel({ round, onClose }: { round: PanelRound; onClose: () => void }) {
  const { t, lang } = useT(TEAM_MESSAGES);
  const staff = useT(STAFF_MESSAGES).t;
  const add = useGqlMutation(ADD_TEAM_REVIEWER, ['TeamRounds']);
  const [chosen, setChosen] = useState('');
  const [pickFirst, setPickFirst] = useState(false);
  const [added, setAdded] = useState<{ reviewer: string; relation: string } | null>(null);
  const name = round.employee.name;
  const reviewers = round.reviewers ?? [];
  const assigned = new Set(reviewers.map((a) => a.reviewer?.id));
  const candidates = round.employee.subordinates.filter((s) => s.active && !assigned.has(s.id));
  const hasSelf = reviewers.some((a) => a.relation === 'SELF');
  const relationName = (relation: string) => staff(`rel${relation}` as StaffKey);
  const send = (reviewerId: string, relation: 'SUBORDINATE' | 'SELF', reviewer: string) => {
    setAdded(null);
    add.mutate(
      { i: { roundId: round.id, reviewerId, relation } },
      {
        onSuccess: () => {
          setAdded({ reviewer, relation: relationName(relation) });
          setChosen('');
        },
      },
    );
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const pick = candidates.find((s) => s.id === chosen);
    setPickFirst(!pick);
    if (pick) send(pick.id, 'SUBORDINATE', pick.name);
  };
  const headingId = `reviewers-${round.id}`;
  const selectId = `subordinate-${round.id}`;
  return (
    <section className="notice" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('heading', { name })}</h2>
      {RELATIONS.map((relation) => {
        const list = reviewers.filter((a) => a.relation === relation);
        return (
          <div key={relation}>
            <h3>{relationName(relation)}</h3>
            {list.length ? (
              <ul className="plain" aria-label={`${relationName(relation)} — ${name}`}>
                {list.map((a) => (
                  <li key={a.id}>
                    {a.reviewer?.name ?? '—'}{' '}
                    <span className={STATE_BADGE[a.state] ?? 'badge'}>{staff(STATE_KEY[a.state] ?? 'stateNOMINATED')}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('none')}</p>
            )}
          </div>
        );
      })}
      {candidates.length ? (
        <form onSubmit={submit} noValidate>
          <label className="block" htmlFor={selectId}>
            {t('subordinateLabel', { name })}
          </label>
          <select
            id={selectId}
            className="field"
            value={chosen}
            aria-describedby={`${selectId}-help`}
            onChange={(e) => {
              setChosen(e.target.value);
              setPickFirst(false);
            }}
          >
            <option value="">—</option>
            {candidates.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} · {s.position}
              </option>
            ))}
          </select>
          <small id={`${selectId}-help`} className="where-inline">
            {t('subordinateHelp', { name })}
          </small>
          <p>
            <button type="submit" disabled={add.isPending}>
              {add.isPending ? t('adding') : t('addSubordinate')}
            </button>
          </p>
        </form>
      ) : (
        <p>{t('noSubordinates')}</p>
      )}
      <p>
        {hasSelf ? (
          t('selfAsked')
        ) : (
          <button type="button" className="secondary" disabled={add.isPending} onClick={() => send(round.employee.id, 'SELF', name)}>
            {t('addSelf', { name })}
          </button>
        )}
      </p>
      {pickFirst ? (
        <p className="err" role="alert">
          {t('pickFirst')}
        </p>
      ) : add.error ? (
        <p className="err" role="alert">
          {errorText(add.error, staff, lang)}
        </p>
      ) : added ? (
        <p className="notice ok" role="status">
          {t('added', added)}
        </p>
      ) : null}
      <p>
        <button type="button" className="secondary" onClick={onClose}>
          {t('close')}
        </button>
      </p>
    </section>
  );
}
