import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../shared/gql';
import { Params, useT, useTitle } from '../shared/i18n';
import { LangSwitch } from '../shared/LangSwitch';
import { Admin } from './Admin';
import { session, staffGql } from './api';
import { CloseRoundForm } from './CloseRoundForm';
import { errorText, label, PREDIKAT_LABEL, RATING_LABEL, STAFF_MESSAGES, StaffKey, STATUS_LABEL, VALUE_GLOSS } from './messages';
import { Notice } from './Notice';
import { NotificationBell } from './Notifications';
import { Nominations, OwnRound, PEER_NOMINATION_FIELDS } from './Nominations';
import { WP_MESSAGES } from './workPlanMessages';
import { MyWorkPlan, TeamWorkPlans } from './WorkPlans';
import { DESK_MESSAGES } from './desk/deskMessages';
import { DeskServicePoint, ServiceDesk } from './desk/ServiceDesk';
import { TableHead } from '../shared/TableHead';

interface Me {
  id: string;
  name: string;
  position: string;
  roles: string[];
  supervisor: { id: string } | null;
  /** The service points whose counter this person works (the service desk tab). */
  desk: DeskServicePoint[];
}
type Tab = 'waiting' | 'team' | 'teamPlans' | 'mine' | 'plan' | 'desk' | 'admin';

const fmt = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : (Math.round(n * 100 + Number.EPSILON * Math.sign(n)) / 100).toFixed(2);

function Login({ onIn }: { onIn: () => void }) {
  const { t, lang } = useT(STAFF_MESSAGES);
  const [nip, setNip] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  return (
    <main>
      <LangSwitch />
      <h1>{t('signInHeading')}</h1>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          setError(null);
          try {
            const d = await staffGql<{ login: { accessToken: string } }>(
              `mutation($n: String!, $p: String!) { login(nip: $n, password: $p) { accessToken } }`,
              { n: nip.trim(), p: password },
            );
            session.set(d.login.accessToken);
            onIn();
          } catch (err) {
            setError(err);
          } finally {
            setBusy(false);
          }
        }}
      >
        <label className="block" htmlFor="nip">
          {t('nip')}
        </label>
        <input
          id="nip"
          inputMode="numeric"
          autoComplete="username"
          value={nip}
          onChange={(e) => setNip(e.target.value)}
          className="field"
        />
        <label className="block" htmlFor="password">
          {t('password')}
        </label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          className="field"
        />
        {error ? (
          <p className="err" role="alert">
            {errorText(error, t, lang)}
          </p>
        ) : null}
        <p>
          <button type="submit" disabled={busy}>
            {busy ? t('signingIn') : t('signIn')}
          </button>
        </p>
      </form>
    </main>
  );
}

interface Item {
  value: string;
  name: string;
  description: string;
  anchors: string[];
}

/** The BerAKHLAK form: descriptions and anchors visible (from the server, in Indonesian), 1–5 per value. */
function ReviewForm({ roundId, relation, onDone }: { roundId: string; relation: string; onDone: () => void }) {
  const { t, lang } = useT(STAFF_MESSAGES);
  const [round, setRound] = useState<{ employee: { name: string }; positionAtOpen: string; instrument: { items: Item[] } } | null>(null);
  const [scores, setScores] = useState<Record<string, number>>({});
  const [strengths, setStrengths] = useState('');
  const [improvements, setImprovements] = useState('');
  const [error, setError] = useState<{ missing: string } | { err: unknown } | null>(null);
  useEffect(() => {
    staffGql<{ round: typeof round }>(
      `query($id: ID!) { round(id: $id) { employee { name } positionAtOpen instrument { items { value name description anchors } } } }`,
      { id: roundId },
    )
      .then((d) => setRound(d.round))
      .catch((err: unknown) => setError({ err }));
  }, [roundId]);
  const valueName = (i: Item) => (lang === 'en' && VALUE_GLOSS[i.value] ? `${i.name} (${VALUE_GLOSS[i.value]})` : i.name);
  const errorLine = error ? (
    <p className="err" role="alert">
      {'missing' in error ? t('scoreMissing', { name: error.missing }) : errorText(error.err, t, lang)}
    </p>
  ) : null;
  if (!round) return errorLine ?? <p aria-busy="true">{t('loadingForm')}</p>;
  const supervisor = relation === 'SUPERVISOR';
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        const missing = round.instrument.items.find((i) => !scores[i.value]);
        if (missing) return setError({ missing: valueName(missing) });
        try {
          await staffGql(`mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`, {
            i: {
              roundId,
              scores: round.instrument.items.map((i) => ({ value: i.value, score: scores[i.value] })),
              strengths: strengths || undefined,
              improvements: improvements || undefined,
            },
          });
          onDone();
        } catch (err) {
          setError({ err });
        }
      }}
    >
      <h2>
        {t('reviewFor', { name: round.employee.name })} <small>({round.positionAtOpen})</small>
      </h2>
      {round.instrument.items.map((item) => (
        <fieldset key={item.value}>
          <legend>{valueName(item)}</legend>
          <p className="where" lang="id">
            {item.description}
          </p>
          <div className="choices five">
            {item.anchors.map((anchor, i) => (
              <label className="choice" key={i} title={anchor}>
                <input
                  type="radio"
                  name={item.value}
                  value={i + 1}
                  checked={scores[item.value] === i + 1}
                  onChange={() => setScores({ ...scores, [item.value]: i + 1 })}
                  aria-describedby={`${item.value}-${i}`}
                />
                <span>
                  <b>{i + 1}</b>
                  <small id={`${item.value}-${i}`} lang="id">
                    {anchor}
                  </small>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <label className="block" htmlFor="strengths">
        {t('strengths')}
        {supervisor ? t('required') : ''}
      </label>
      <textarea id="strengths" rows={3} value={strengths} onChange={(e) => setStrengths(e.target.value)} />
      <label className="block" htmlFor="improvements">
        {t('improvements')}
        {supervisor ? t('required') : ''}
      </label>
      <textarea id="improvements" rows={3} value={improvements} onChange={(e) => setImprovements(e.target.value)} />
      {errorLine}
      <p>
        <button type="submit">{t('sendReview')}</button>
      </p>
    </form>
  );
}

function Waiting() {
  const { t, lang } = useT(STAFF_MESSAGES);
  const [items, setItems] = useState<Array<{ id: string; relation: string; round: { id: string; employee: { name: string } } }> | null>(
    null,
  );
  const [failed, setFailed] = useState<unknown>(null);
  const [open, setOpen] = useState<{ roundId: string; relation: string } | null>(null);
  const [done, setDone] = useState(false);
  const load = useCallback(
    () =>
      staffGql<{ reviewsWaitingForMe: NonNullable<typeof items> }>(`{ reviewsWaitingForMe { id relation round { id employee { name } } } }`)
        .then((d) => {
          setItems(d.reviewsWaitingForMe);
          setFailed(null);
        })
        .catch((err: unknown) => setFailed(err)),
    [],
  );
  useEffect(() => void load(), [load]);
  if (open)
    return (
      <ReviewForm
        {...open}
        onDone={() => {
          setOpen(null);
          setDone(true);
          void load();
        }}
      />
    );
  if (failed && !items)
    return (
      <p className="err" role="alert">
        {errorText(failed, t, lang)}
      </p>
    );
  if (!items) return <p aria-busy="true">{t('loading')}</p>;
  const as = (relation: string) =>
    t(relation === 'SUPERVISOR' ? 'asSupervisor' : relation === 'PEER' ? 'asPeer' : relation === 'SELF' ? 'asSelf' : 'asSubordinate');
  return (
    <section>
      {done ? (
        <p className="notice ok" role="status">
          {t('reviewSent')}
        </p>
      ) : null}
      {items.length === 0 ? <p>{t('nothingWaiting')}</p> : null}
      <ul className="cards">
        {items.map((a) => (
          <li key={a.id}>
            <span>
              {a.round.employee.name} <small>({as(a.relation)})</small>
            </span>
            <button onClick={() => setOpen({ roundId: a.round.id, relation: a.relation })}>
              {t('reviewName', { name: a.round.employee.name })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

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

function Team() {
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

interface MyRound extends OwnRound {
  status: string;
  period: { name: string };
  result: { predikat: string | null; perilakuScore: number | null; perilakuRating: string | null; hasilKerjaRating: string } | null;
  feedback: Array<{
    relation: string;
    /** Null for peers and subordinates below the anonymity minimum. */
    submitted: number | null;
    commentsVisible: boolean;
    comments: Array<{ strengths: string | null; improvements: string | null }>;
  }> | null;
}

function Mine({ me }: { me: Me }) {
  const { t, lang } = useT(STAFF_MESSAGES);
  const [rounds, setRounds] = useState<MyRound[] | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const load = useCallback(
    () =>
      staffGql<{ myRounds: MyRound[] }>(
        `{ myRounds { id status period { name } progress { peersApproved nominationsPending } ${PEER_NOMINATION_FIELDS} result { predikat perilakuScore perilakuRating hasilKerjaRating } feedback { relation submitted commentsVisible comments { strengths improvements } } } }`,
      )
        .then((d) => {
          setRounds(d.myRounds);
          setFailed(null);
        })
        .catch((err: unknown) => setFailed(err)),
    [],
  );
  useEffect(() => {
    void load();
    // Nominations are decided by the supervisor meanwhile: keep the statuses current.
    const timer = setInterval(() => void load(), 4000);
    return () => clearInterval(timer);
  }, [load]);
  if (failed && !rounds)
    return (
      <p className="err" role="alert">
        {errorText(failed, t, lang)}
      </p>
    );
  if (!rounds) return <p aria-busy="true">{t('loading')}</p>;
  if (!rounds.length)
    return (
      <section>
        <p>{t('noRounds')}</p>
      </section>
    );
  return (
    <section>
      {rounds.map((r) => (
        <article key={r.id} className="notice">
          <h2>
            {r.period.name} · {label(STATUS_LABEL, r.status, lang)}
          </h2>
          {r.result ? (
            <p>
              {t('predikatLine')}
              <strong>{label(PREDIKAT_LABEL, r.result.predikat, lang, true)}</strong> ·{' '}
              {t('resultLine', {
                score: fmt(r.result.perilakuScore),
                rating: label(RATING_LABEL, r.result.perilakuRating, lang),
                hasilKerja: label(RATING_LABEL, r.result.hasilKerjaRating, lang),
              })}
            </p>
          ) : (
            <p>{t('resultLater')}</p>
          )}
          {r.status === 'OPEN' ? (
            <Nominations me={{ id: me.id, supervisorId: me.supervisor?.id ?? null }} round={r} onChange={() => void load()} />
          ) : null}
          {r.feedback?.map((f) => (
            <div key={f.relation}>
              <h3>
                {t(`rel${f.relation}` as 'relPEER')}
                {f.submitted === null ? null : ` (${f.submitted})`}
              </h3>
              {f.submitted === null ? <p className="where">{t('hiddenBelowMin')}</p> : null}
              {!f.commentsVisible ? <p className="where">{t('anonymity')}</p> : null}
              <ul>
                {f.comments.map((c, i) => (
                  <li key={i}>
                    {c.strengths ? <>👍 {c.strengths} </> : null}
                    {c.improvements ? <>💡 {c.improvements}</> : null}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </article>
      ))}
    </section>
  );
}

/** Staff pages (/app): login, reviews waiting for me, my team's rounds, my rounds (peer nominations) and results. */
export function StaffApp() {
  const { t } = useT(STAFF_MESSAGES);
  const wp = useT(WP_MESSAGES).t;
  const desk = useT(DESK_MESSAGES).t;
  const [me, setMe] = useState<Me | null>(null);
  const [signedIn, setSignedIn] = useState(Boolean(session.get()));
  const [tab, setTab] = useState<Tab>('waiting');
  useTitle(t('pageTitle'));
  useEffect(() => {
    if (!signedIn) return;
    staffGql<{ me: Omit<Me, 'desk'>; deskServicePoints: DeskServicePoint[] }>(
      `{ me { id name position roles supervisor { id } } deskServicePoints { id name unitName } }`,
    )
      .then((d) => setMe({ ...d.me, desk: d.deskServicePoints }))
      .catch(() => setSignedIn(false));
  }, [signedIn]);
  if (!signedIn) return <Login onIn={() => setSignedIn(true)} />;
  if (!me)
    return (
      <main aria-busy="true">
        <LangSwitch />
        <p>{t('loading')}</p>
      </main>
    );
  const leads = me.roles.includes('SUPERVISOR') || me.roles.includes('ADMIN');
  const tabs: Array<[Tab, string]> = [
    ['waiting', t('tabWaiting')],
    ...(leads
      ? ([
          ['team', t('tabTeam')],
          ['teamPlans', wp('tabTeamPlans')],
        ] as Array<[Tab, string]>)
      : []),
    ['mine', t('tabMine')],
    ['plan', wp('tabPlan')],
    ...(me.desk.length ? ([['desk', desk('tabDesk')]] as Array<[Tab, string]>) : []),
    ...(me.roles.includes('ADMIN') ? ([['admin', t('tabAdmin')]] as Array<[Tab, string]>) : []),
  ];
  return (
    <main className="wide">
      <header className="row">
        <h1>Kinerja360</h1>
        <span>
          {me.name} · {me.position}
        </span>
        <NotificationBell />
        <button
          className="secondary"
          onClick={async () => {
            await staffGql(`mutation { logout }`).catch(() => undefined);
            session.clear();
            setSignedIn(false);
            setMe(null);
          }}
        >
          {t('signOut')}
        </button>
        <LangSwitch />
      </header>
      <nav className="row" aria-label={t('menu')}>
        {tabs.map(([id, text]) => (
          <button
            key={id}
            className={id === tab ? '' : 'secondary'}
            aria-current={id === tab ? 'page' : undefined}
            onClick={() => setTab(id)}
          >
            {text}
          </button>
        ))}
      </nav>
      {tab === 'waiting' ? (
        <Waiting />
      ) : tab === 'team' ? (
        <Team />
      ) : tab === 'teamPlans' && leads ? (
        <TeamWorkPlans />
      ) : tab === 'plan' ? (
        <MyWorkPlan me={me} />
      ) : tab === 'desk' && me.desk.length ? (
        <ServiceDesk me={me} points={me.desk} />
      ) : tab === 'admin' && me.roles.includes('ADMIN') ? (
        <Admin />
      ) : (
        <Mine me={me} />
      )}
    </main>
  );
}
