import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../shared/gql';
import { Params, useT } from '../../shared/i18n';
import { graphql, useGqlMutation, useGqlQuery } from '../graphql';
import { CloseRoundForm } from '../team/CloseRoundForm';
import { errorText, label, PREDIKAT_LABEL, RATING_LABEL, STAFF_MESSAGES, StaffKey, STATUS_LABEL } from '../messages';
import { Notice } from '../Notice';
import { WP_MESSAGES } from '../work-plans/workPlanMessages';
import { TableHead } from '../../shared/TableHead';
import { ReviewersPanel } from './ReviewersPanel';
import { RoundReportButton } from '../reports/RoundReportButton';
import { TEAM_MESSAGES } from './teamMessages';

const fmt = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : (Math.round(n * 100 + Number.EPSILON * Math.sign(n)) / 100).toFixed(2);

const TEAM_PERIODS = graphql(`
  query TeamPeriods {
    periods {
      id
      name
      startsOn
    }
  }
`);

export const NOMINATIONS_WAITING = graphql(`
  query NominationsWaitingForMe {
    nominationsWaitingForMe {
      id
      reviewer {
        name
      }
      round {
        id
        employee {
          name
        }
      }
    }
  }
`);

/** peersSubmitted is null for a supervisor higher up the line while below the anonymity minimum. */
const TEAM_ROUNDS = graphql(`
  query TeamRounds($p: ID!) {
    teamRounds(periodId: $p) {
      id
      status
      overrideReason
      employee {
        id
        name
        subordinates {
          id
          name
          position
          active
        }
      }
      progress {
        supervisorSubmitted
        peersApproved
        peersSubmitted
        nominationsPending
      }
      reviewers {
        id
        relation
        state
        reviewer {
          id
          name
        }
      }
      result {
        predikat
        perilakuScore
        hasilKerjaRating
      }
    }
  }
`);

/** Employees with an agreed work plan (SKP) of the period's year: a chosen hasil kerja rating overrides it. */
const TEAM_AGREED_PLANS = graphql(`
  query TeamAgreedPlans($y: Int!) {
    teamWorkPlans(year: $y) {
      employee {
        id
      }
      workPlan {
        status
      }
    }
  }
`);

const DECIDE_NOMINATION = graphql(`
  mutation DecideNomination($i: DecideNominationInput!) {
    decideNomination(input: $i) {
      id
      state
    }
  }
`);

/** Rounds and nominations change under other hands (reviews, nominations): the page follows. */
const REFRESH_MS = 3000;

const STATE_BADGE: Record<string, string> = { NOMINATED: 'badge', APPROVED: 'badge ok', REJECTED: 'badge no' };

/** My team's rounds (/app/team): nominations to decide, reviewers, closing. */
export function TeamPage() {
  const { t, lang } = useT(STAFF_MESSAGES);
  const wp = useT(WP_MESSAGES).t;
  const tm = useT(TEAM_MESSAGES).t;
  const periodsQuery = useGqlQuery(TEAM_PERIODS, {});
  const periods = periodsQuery.data?.periods ?? [];
  const [chosenPeriod, setPeriodId] = useState<string | null>(null);
  const periodId = chosenPeriod ?? periods[0]?.id ?? '';
  const roundsQuery = useGqlQuery(TEAM_ROUNDS, { p: periodId }, { enabled: Boolean(periodId), refetchInterval: REFRESH_MS });
  const pendingQuery = useGqlQuery(NOMINATIONS_WAITING, {}, { refetchInterval: REFRESH_MS });
  const year = Number(periods.find((p) => p.id === periodId)?.startsOn.slice(0, 4) ?? 0);
  const plansQuery = useGqlQuery(TEAM_AGREED_PLANS, { y: year }, { enabled: year > 0 });
  const agreedPlans = new Set(
    (plansQuery.data?.teamWorkPlans ?? []).filter((l) => l.workPlan?.status === 'AGREED').map((l) => l.employee.id),
  );
  const decideNomination = useGqlMutation(DECIDE_NOMINATION, ['NominationsWaitingForMe', 'TeamRounds']);
  const [closing, setClosing] = useState<string | null>(null);
  const [managing, setManaging] = useState<string | null>(null);
  // Kept as the error / message key and put into words at render time (the language may change).
  const [error, setError] = useState<{ err: unknown; deciding?: boolean } | null>(null);
  const [notice, setNotice] = useState<{ key: StaffKey; params?: Params } | null>(null);
  const rounds = periodsQuery.data && !periods.length ? [] : roundsQuery.data?.teamRounds;
  const pending = pendingQuery.data?.nominationsWaitingForMe ?? [];
  const shownError = error ?? (periodsQuery.error ? { err: periodsQuery.error } : null);
  const decide = (n: (typeof pending)[number], approve: boolean) => {
    setError(null);
    setNotice(null);
    decideNomination.mutate(
      { i: { assignmentId: n.id, approve } },
      {
        onSuccess: () => setNotice({ key: approve ? 'approvedNotice' : 'rejectedNotice', params: { reviewer: n.reviewer?.name ?? '' } }),
        onError: (err) => {
          setError({ err, deciding: true });
          void pendingQuery.refetch();
        },
      },
    );
  };
  const stateText = (state: string) =>
    t(state === 'APPROVED' ? 'stateAPPROVED' : state === 'REJECTED' ? 'stateREJECTED' : 'stateNOMINATED');
  const managed = rounds?.find((r) => r.id === managing && r.status === 'OPEN' && r.reviewers);
  return (
    <section>
      {pending.length ? (
        <div className="notice">
          <h2>{t('pendingHeading')}</h2>
          <ul className="cards">
            {pending.map((n) => {
              const names = { reviewer: n.reviewer?.name ?? '—', employee: n.round.employee.name };
              return (
                <li key={n.id}>
                  <span>{t('pendingItem', names)}</span>
                  <span className="row">
                    <button aria-label={t('approveLabel', names)} onClick={() => decide(n, true)}>
                      {t('approve')}
                    </button>
                    <button className="secondary" aria-label={t('rejectLabel', names)} onClick={() => decide(n, false)}>
                      {t('reject')}
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <Notice notice={notice} />
      <p>
        <Link to="/team/dashboard">{t('tabTeamDashboard')}</Link>
      </p>
      <label htmlFor="period">{t('period')} </label>
      <select id="period" value={periodId} onChange={(e) => setPeriodId(e.target.value)}>
        {periods.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      {shownError ? (
        <p className="err" role="alert">
          {shownError.deciding && shownError.err instanceof ApiError && shownError.err.code === 'BAD_USER_INPUT'
            ? t('errNominationDecided')
            : errorText(shownError.err, t, lang)}
        </p>
      ) : null}
      {!rounds ? <p aria-busy="true">{t('loading')}</p> : rounds.length === 0 ? <p>{t('noTeamRounds')}</p> : null}
      <div className="table-scroll" role="region" aria-label={t('teamCaption')} tabIndex={0}>
        <table className="team">
          <caption className="sr">{t('teamCaption')}</caption>
          <TableHead
            columns={[
              t('colEmployee'),
              t('colStatus'),
              t('colSupervisor'),
              t('colPeers'),
              t('colNominations'),
              t('colResult'),
              t('colActions'),
            ]}
          />
          <tbody>
            {(rounds ?? []).map((r) => {
              const peers = r.reviewers?.filter((a) => a.relation === 'PEER') ?? [];
              return (
                <tr key={r.id}>
                  <th scope="row">{r.employee.name}</th>
                  <td>{label(STATUS_LABEL, r.status, lang)}</td>
                  <td>{r.progress?.supervisorSubmitted ? t('yes') : t('no')}</td>
                  <td>
                    {r.progress?.peersSubmitted ?? <abbr title={t('hiddenBelowMin')}>–</abbr>}/{r.progress?.peersApproved ?? '–'}
                  </td>
                  <td>
                    {peers.length ? (
                      <ul className="plain">
                        {peers.map((a) => (
                          <li key={a.id}>
                            {a.reviewer?.name ?? '—'} <span className={STATE_BADGE[a.state] ?? 'badge'}>{stateText(a.state)}</span>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      t('noPeers')
                    )}
                  </td>
                  <td>
                    {r.result ? (
                      <>
                        {t('predikatLine')}
                        <strong>{label(PREDIKAT_LABEL, r.result.predikat, lang, true)}</strong> (
                        {t('perilakuShort', { score: fmt(r.result.perilakuScore) })})
                        <div>
                          {t('hasilKerja')} {label(RATING_LABEL, r.result.hasilKerjaRating, lang)}
                        </div>
                        {r.overrideReason ? <div className="where-inline">{wp('overrideShown', { reason: r.overrideReason })}</div> : null}
                        {r.status === 'SCORED' && r.reviewers ? <RoundReportButton roundId={r.id} name={r.employee.name} /> : null}
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>
                    {r.status === 'OPEN' && r.reviewers ? (
                      <>
                        <button
                          className="secondary"
                          aria-expanded={managing === r.id}
                          aria-controls={managing === r.id ? `reviewers-panel-${r.id}` : undefined}
                          aria-label={tm('manageLabel', { name: r.employee.name })}
                          onClick={() => setManaging(managing === r.id ? null : r.id)}
                        >
                          {tm('manage')}
                        </button>{' '}
                        {closing === r.id ? (
                          <CloseRoundForm
                            round={r}
                            hasAgreedPlan={agreedPlans.has(r.employee.id)}
                            onClosed={() => {
                              setError(null);
                              setClosing(null);
                            }}
                            onError={(err) => setError({ err })}
                          />
                        ) : (
                          <button className="secondary" onClick={() => setClosing(r.id)}>
                            {t('closeRoundOf', { name: r.employee.name })}
                          </button>
                        )}
                      </>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {managed ? (
        <div id={`reviewers-panel-${managed.id}`}>
          <ReviewersPanel round={managed} onClose={() => setManaging(null)} />
        </div>
      ) : null}
    </section>
  );
}
