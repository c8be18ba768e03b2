import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../shared/gql';
import { Params, useT } from '../../shared/i18n';
import { staffGql } from '../api';
import { CloseRoundForm } from '../team/CloseRoundForm';
import { errorText, label, PREDIKAT_LABEL, RATING_LABEL, STAFF_MESSAGES, StaffKey, STATUS_LABEL } from '../messages';
import { Notice } from '../Notice';
import { WP_MESSAGES } from '../work-plans/workPlanMessages';
import { TableHead } from '../../shared/TableHead';

const fmt = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : (Math.round(n * 100 + Number.EPSILON * Math.sign(n)) / 100).toFixed(2);

interface TeamRound {
  id: string;
  status: string;
  employee: { id: string; name: string };
  overrideReason: string | null;
  /** peersSubmitted is null for a supervisor higher up the line while below the anonymity minimum. */
  progress: { supervisorSubmitted: boolean; peersApproved: number; peersSubmitted: number | null; nominationsPending: number } | null;
  reviewers: Array<{ id: string; relation: string; state: string; reviewer: { name: string } | null }> | null;
  result: { predikat: string | null; perilakuScore: number | null; hasilKerjaRating: string | null } | null;
}
interface PendingNomination {
  id: string;
  reviewer: { name: string } | null;
  round: { id: string; employee: { name: string } };
}

const STATE_BADGE: Record<string, string> = { NOMINATED: 'badge', APPROVED: 'badge ok', REJECTED: 'badge no' };

/** My team's rounds (/app/team): nominations to decide, reviewers, closing. */
export function TeamPage() {
  const { t, lang } = useT(STAFF_MESSAGES);
  const wp = useT(WP_MESSAGES).t;
  const [periods, setPeriods] = useState<Array<{ id: string; name: string; startsOn: string }>>([]);
  const [periodId, setPeriodId] = useState('');
  const [rounds, setRounds] = useState<TeamRound[] | null>(null);
  const [pending, setPending] = useState<PendingNomination[]>([]);
  const [closing, setClosing] = useState<string | null>(null);
  // Employees with an agreed work plan (SKP) of the period's year: a chosen hasil kerja rating overrides it.
  const [agreedPlans, setAgreedPlans] = useState<Set<string>>(new Set());
  // Whether the API computes hasil kerja from the plan (RoundResult.hasilKerjaSource exists): then the rating may be left out.
  const [computedHasilKerja, setComputedHasilKerja] = useState(false);
  // Kept as the error / message key and put into words at render time (the language may change).
  const [error, setError] = useState<{ err: unknown; deciding?: boolean } | null>(null);
  const [notice, setNotice] = useState<{ key: StaffKey; params?: Params } | null>(null);
  useEffect(() => {
    staffGql(`{ myRounds { id result { hasilKerjaSource } } }`).then(
      () => setComputedHasilKerja(true),
      () => setComputedHasilKerja(false),
    );
    staffGql<{ periods: typeof periods }>(`{ periods { id name startsOn } }`)
      .then((d) => {
        setPeriods(d.periods);
        setPeriodId(d.periods[0]?.id ?? '');
        if (!d.periods.length) setRounds([]);
      })
      .catch((err: unknown) => setError({ err }));
  }, []);
  const load = useCallback(() => {
    void staffGql<{ nominationsWaitingForMe: PendingNomination[] }>(
      `{ nominationsWaitingForMe { id reviewer { name } round { id employee { name } } } }`,
    )
      .then((d) => setPending(d.nominationsWaitingForMe))
      .catch(() => undefined);
    if (!periodId) return;
    void staffGql<{ teamRounds: TeamRound[] }>(
      `query($p: ID!) { teamRounds(periodId: $p) { id status overrideReason employee { id name } progress { supervisorSubmitted peersApproved peersSubmitted nominationsPending } reviewers { id relation state reviewer { name } } result { predikat perilakuScore hasilKerjaRating } } }`,
      { p: periodId },
    )
      .then((d) => setRounds(d.teamRounds))
      .catch(() => undefined);
  }, [periodId]);
  const year = Number(periods.find((p) => p.id === periodId)?.startsOn.slice(0, 4) ?? 0);
  useEffect(() => {
    if (!year) return;
    staffGql<{ teamWorkPlans: Array<{ employee: { id: string }; workPlan: { status: string } | null }> }>(
      `query($y: Int!) { teamWorkPlans(year: $y) { employee { id } workPlan { status } } }`,
      { y: year },
    )
      .then((d) => setAgreedPlans(new Set(d.teamWorkPlans.filter((l) => l.workPlan?.status === 'AGREED').map((l) => l.employee.id))))
      .catch(() => setAgreedPlans(new Set()));
  }, [year, closing]);
  useEffect(() => {
    load();
    const timer = setInterval(load, 3000);
    return () => clearInterval(timer);
  }, [load]);
  const decide = async (n: PendingNomination, approve: boolean) => {
    setError(null);
    setNotice(null);
    try {
      await staffGql(`mutation($i: DecideNominationInput!) { decideNomination(input: $i) { id state } }`, {
        i: { assignmentId: n.id, approve },
      });
      setNotice({ key: approve ? 'approvedNotice' : 'rejectedNotice', params: { reviewer: n.reviewer?.name ?? '' } });
      load();
    } catch (err) {
      setError({ err, deciding: true });
      load();
    }
  };
  const stateText = (state: string) =>
    t(state === 'APPROVED' ? 'stateAPPROVED' : state === 'REJECTED' ? 'stateREJECTED' : 'stateNOMINATED');
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
                    <button aria-label={t('approveLabel', names)} onClick={() => void decide(n, true)}>
                      {t('approve')}
                    </button>
                    <button className="secondary" aria-label={t('rejectLabel', names)} onClick={() => void decide(n, false)}>
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
      <label htmlFor="period">{t('period')} </label>
      <select id="period" value={periodId} onChange={(e) => setPeriodId(e.target.value)}>
        {periods.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      {error ? (
        <p className="err" role="alert">
          {error.deciding && error.err instanceof ApiError && error.err.code === 'BAD_USER_INPUT'
            ? t('errNominationDecided')
            : errorText(error.err, t, lang)}
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
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>
                    {r.status === 'OPEN' && r.reviewers ? (
                      closing === r.id ? (
                        <CloseRoundForm
                          round={r}
                          hasAgreedPlan={agreedPlans.has(r.employee.id)}
                          computedHasilKerja={computedHasilKerja}
                          onClosed={() => {
                            setError(null);
                            setClosing(null);
                            load();
                          }}
                          onError={(err) => setError({ err })}
                        />
                      ) : (
                        <button className="secondary" onClick={() => setClosing(r.id)}>
                          {t('closeRoundOf', { name: r.employee.name })}
                        </button>
                      )
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
