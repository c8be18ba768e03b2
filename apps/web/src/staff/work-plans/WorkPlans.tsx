import { useCallback, useEffect, useRef, useState } from 'react';
import { Lang, Params, useT } from '../../shared/i18n';
import { staffGql } from '../api';
import { errorText, STAFF_MESSAGES } from '../messages';
import { METHODS, WP_MESSAGES, WpKey } from './workPlanMessages';
import './work-plans.css';
import { TableHead } from '../../shared/TableHead';

/** The work plan (SKP) pages: the employee's plan and monthly reports; the supervisor's team plans, verification and monitoring. */

interface Indicator {
  id: string;
  name: string;
  unit: string;
  target: number;
  weight: number;
  direction: string;
  aggregation: string;
  source: string;
  method: string;
}
interface PlanVersion {
  version: number;
  reason: string | null;
  createdByName: string;
  createdAt: string;
  agreedByName: string | null;
  agreedAt: string | null;
}
export interface Plan {
  id: string;
  year: number;
  status: 'DRAFT' | 'AGREED';
  version: number;
  agreedAt: string | null;
  employee: { id: string; name: string };
  indicators: Indicator[];
  missingReports: Array<{ indicatorId: string; month: string }>;
  versions: PlanVersion[];
}
interface ThreadEvent {
  id: string;
  action: string;
  actorName: string;
  value: number | null;
  note: string | null;
  evidenceUrl: string | null;
  at: string;
}
interface Realisation {
  id: string;
  indicatorId: string;
  month: string;
  value: number;
  note: string | null;
  evidenceUrl: string | null;
  status: 'SUBMITTED' | 'VERIFIED' | 'RETURNED';
  feedback: string | null;
  thread: ThreadEvent[];
}

const INDICATOR_FIELDS = 'id name unit target weight direction aggregation source method';
export const PLAN_FIELDS = `id year status version agreedAt employee { id name } indicators { ${INDICATOR_FIELDS} } missingReports { indicatorId month } versions { version reason createdByName createdAt agreedByName agreedAt }`;
const REALISATION_FIELDS =
  'id indicatorId month value note evidenceUrl status feedback thread { id action actorName value note evidenceUrl at }';

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');
const num = (n: number, lang: Lang) => n.toLocaleString(locale(lang), { maximumFractionDigits: 2 });
const when = (at: string, lang: Lang) => new Date(at).toLocaleString(locale(lang), { dateStyle: 'medium', timeStyle: 'short' });
export const monthName = (month: string, lang: Lang) =>
  new Date(`${month}-01T12:00:00`).toLocaleDateString(locale(lang), { month: 'long', year: 'numeric' });
const thisYear = () => new Date().getFullYear();
/** The months of a year that have begun, newest first (YYYY-MM). */
function monthsOf(year: number): string[] {
  const now = new Date();
  const last = year < now.getFullYear() ? 12 : year > now.getFullYear() ? 0 : now.getMonth() + 1;
  return Array.from({ length: last }, (_, i) => `${year}-${String(last - i).padStart(2, '0')}`);
}
const STATUS_BADGE: Record<string, string> = { SUBMITTED: 'badge', VERIFIED: 'badge ok', RETURNED: 'badge no' };

type Note = { key: WpKey; params?: Params } | null;

/** What the last action did (role=status) and what failed (role=alert). */
function Feedback({ notice, error }: { notice: Note; error: unknown }) {
  const { t, lang } = useT(WP_MESSAGES);
  const staff = useT(STAFF_MESSAGES).t;
  return (
    <>
      {notice ? (
        <p className="notice ok" role="status">
          {t(notice.key, notice.params)}
        </p>
      ) : null}
      {error ? (
        <p className="err" role="alert">
          {typeof error === 'object' && error && 'wp' in error
            ? t((error as { wp: WpKey }).wp, (error as { params?: Params }).params)
            : errorText(error, staff, lang)}
        </p>
      ) : null}
    </>
  );
}

function YearPicker({ year, onChange, id }: { year: number; onChange: (y: number) => void; id: string }) {
  const { t } = useT(WP_MESSAGES);
  const now = thisYear();
  return (
    <p>
      <label htmlFor={id}>{t('year')} </label>
      <select id={id} value={year} onChange={(e) => onChange(Number(e.target.value))}>
        {[now - 1, now, now + 1].map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </p>
  );
}

function IndicatorTable({
  plan,
  editable,
  onEdit,
  onRemove,
}: {
  plan: Plan;
  editable: boolean;
  onEdit: (i: Indicator) => void;
  onRemove: (i: Indicator) => void;
}) {
  const { t, lang } = useT(WP_MESSAGES);
  if (!plan.indicators.length) return <p className="where">{t('noIndicators')}</p>;
  return (
    <div className="table-scroll" role="region" aria-label={t('indicatorsCaption')} tabIndex={0}>
      <table className="team">
        <caption className="sr">{t('indicatorsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colName')}</th>
            <th scope="col">{t('colTarget')}</th>
            <th scope="col">{t('colWeight')}</th>
            <th scope="col">{t('colDirection')}</th>
            <th scope="col">{t('colAggregation')}</th>
            <th scope="col">{t('colSource')}</th>
            <th scope="col">{t('colMethod')}</th>
            {editable ? <th scope="col">{t('colActions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {plan.indicators.map((i) => (
            <tr key={i.id}>
              <th scope="row">{i.name}</th>
              <td>
                {num(i.target, lang)} {i.unit}
              </td>
              <td>{num(i.weight, lang)}</td>
              <td>{t(`dir${i.direction}` as WpKey)}</td>
              <td>{t(`agg${i.aggregation}` as WpKey)}</td>
              <td>{t(`src${i.source}` as WpKey)}</td>
              <td>{(METHODS as readonly string[]).includes(i.method) ? t(`method${i.method}` as WpKey) : i.method}</td>
              {editable ? (
                <td>
                  <span className="row">
                    <button className="secondary" aria-label={t('editLabel', { name: i.name })} onClick={() => onEdit(i)}>
                      {t('edit')}
                    </button>
                    <button className="secondary" aria-label={t('removeLabel', { name: i.name })} onClick={() => onRemove(i)}>
                      {t('remove')}
                    </button>
                  </span>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const EMPTY_INDICATOR = {
  name: '',
  unit: '',
  target: '',
  weight: '1',
  direction: 'HIGHER_IS_BETTER',
  aggregation: 'SUM',
  source: 'MANUAL',
  method: 'DATA_ANALYSIS',
};

/** Adds an indicator to a DRAFT plan, or replaces the fields of one. */
function IndicatorForm({
  plan,
  editing,
  onDone,
  onCancel,
}: {
  plan: Plan;
  editing: Indicator | null;
  onDone: (note: Note) => void;
  onCancel: () => void;
}) {
  const { t } = useT(WP_MESSAGES);
  const [f, setF] = useState(EMPTY_INDICATOR);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    setF(editing ? { ...editing, target: String(editing.target), weight: String(editing.weight) } : EMPTY_INDICATOR);
    setError(null);
    if (editing) nameRef.current?.focus();
  }, [editing]);
  const set = (k: keyof typeof EMPTY_INDICATOR) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const field = (k: keyof typeof EMPTY_INDICATOR) => `ind-${k}`;
  const select = (k: 'direction' | 'aggregation' | 'source' | 'method', label: WpKey, options: string[], prefix: string) => (
    <>
      <label className="block" htmlFor={field(k)}>
        {t(label)}
      </label>
      <select id={field(k)} className="field" value={f[k]} onChange={set(k)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {t(`${prefix}${o}` as WpKey)}
          </option>
        ))}
        {k === 'method' && !(METHODS as readonly string[]).includes(f.method) ? <option value={f.method}>{f.method}</option> : null}
      </select>
    </>
  );
  return (
    <form
      className="admin-form"
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        const target = Number(f.target.replace(',', '.'));
        const weight = Number(f.weight.replace(',', '.'));
        if (!(target > 0)) return setError({ wp: 'errNumber', params: { field: t('fTarget') } });
        if (!(weight > 0)) return setError({ wp: 'errNumber', params: { field: t('fWeight') } });
        const fields = {
          name: f.name,
          unit: f.unit,
          target,
          weight,
          direction: f.direction,
          aggregation: f.aggregation,
          source: f.source,
          method: f.method,
        };
        setBusy(true);
        try {
          if (editing) {
            await staffGql(`mutation($i: UpdateIndicatorInput!) { updateIndicator(input: $i) { id } }`, {
              i: { indicatorId: editing.id, ...fields },
            });
            onDone({ key: 'indicatorSaved', params: { name: f.name.trim() } });
          } else {
            await staffGql(`mutation($i: AddIndicatorInput!) { addIndicator(input: $i) { id } }`, {
              i: { workPlanId: plan.id, ...fields },
            });
            setF(EMPTY_INDICATOR);
            onDone({ key: 'indicatorAdded', params: { name: f.name.trim() } });
          }
        } catch (err) {
          setError(err);
        } finally {
          setBusy(false);
        }
      }}
    >
      <fieldset>
        <legend>{editing ? t('editIndicatorHeading', { name: editing.name }) : t('addIndicatorHeading')}</legend>
        <label className="block" htmlFor={field('name')}>
          {t('fName')}
        </label>
        <input
          ref={nameRef}
          id={field('name')}
          className="field"
          required
          minLength={3}
          maxLength={300}
          value={f.name}
          onChange={set('name')}
        />
        <div className="row">
          <span className="grow">
            <label className="block" htmlFor={field('unit')}>
              {t('fUnit')}
            </label>
            <input id={field('unit')} className="field" required maxLength={50} value={f.unit} onChange={set('unit')} />
          </span>
          <span className="grow">
            <label className="block" htmlFor={field('target')}>
              {t('fTarget')}
            </label>
            <input id={field('target')} className="field" required inputMode="decimal" value={f.target} onChange={set('target')} />
          </span>
          <span className="grow">
            <label className="block" htmlFor={field('weight')}>
              {t('fWeight')}
            </label>
            <input id={field('weight')} className="field" required inputMode="decimal" value={f.weight} onChange={set('weight')} />
          </span>
        </div>
        {select('direction', 'fDirection', ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'], 'dir')}
        {select('aggregation', 'fAggregation', ['SUM', 'AVERAGE', 'LAST'], 'agg')}
        {select('source', 'fSource', ['MANUAL', 'CITIZEN_SATISFACTION', 'SERVICE_COMPLETION_TIME'], 'src')}
        {select('method', 'fMethod', [...METHODS], 'method')}
        <Feedback notice={null} error={error} />
        <p className="row">
          <button type="submit" disabled={busy}>
            {editing ? t('saveIndicator') : t('addIndicator')}
          </button>
          {editing ? (
            <button type="button" className="secondary" onClick={onCancel}>
              {t('cancel')}
            </button>
          ) : null}
        </p>
      </fieldset>
    </form>
  );
}

function Versions({ plan }: { plan: Plan }) {
  const { t, lang } = useT(WP_MESSAGES);
  return (
    <section aria-labelledby="versions-heading">
      <h3 id="versions-heading">{t('versionsHeading')}</h3>
      <ol>
        {plan.versions.map((v) => (
          <li key={v.version}>
            {t('versionItem', { version: v.version, by: v.createdByName, date: when(v.createdAt, lang) })} ·{' '}
            {v.agreedAt ? t('versionAgreed', { by: v.agreedByName ?? '—', date: when(v.agreedAt, lang) }) : t('versionNotAgreed')}
            {v.reason ? <div className="where">{t('versionReason', { reason: v.reason })}</div> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** One realisation: value, status, the supervisor's latest feedback and the whole thread. */
function RealisationCard({ r, indicator, children }: { r: Realisation; indicator: Indicator | undefined; children?: React.ReactNode }) {
  const { t, lang } = useT(WP_MESSAGES);
  const name = indicator?.name ?? '—';
  const month = monthName(r.month, lang);
  return (
    <li className="realisation">
      <h4>
        {t('realisationTitle', { indicator: name, month })} <span className={STATUS_BADGE[r.status]}>{t(`rs${r.status}` as WpKey)}</span>
      </h4>
      <p>
        {t('valueLine', { value: num(r.value, lang), unit: indicator?.unit ?? '', target: indicator ? num(indicator.target, lang) : '—' })}
      </p>
      {r.status === 'RETURNED' && r.feedback ? <p className="notice error">{t('feedbackLine', { feedback: r.feedback })}</p> : null}
      <ol className="thread" aria-label={t('threadLabel', { indicator: name, month })}>
        {r.thread.map((e) => (
          <li key={e.id}>
            <strong>{t(`act${e.action}` as WpKey)}</strong> {t('eventLine', { by: e.actorName, date: when(e.at, lang) })}
            {e.value !== null ? ` · ${t('eventValue', { value: num(e.value, lang) })}` : null}
            {e.note ? <> · “{e.note}”</> : null}
            {e.evidenceUrl ? (
              <>
                {' '}
                ·{' '}
                <a href={e.evidenceUrl} target="_blank" rel="noopener noreferrer">
                  {t('evidence')}
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      {children}
    </li>
  );
}

/** The supervisor's decision on a submitted realisation: verify, or return with feedback (required). */
function Decide({ r, indicator, onDone }: { r: Realisation; indicator: Indicator | undefined; onDone: (n: Note) => void }) {
  const { t, lang } = useT(WP_MESSAGES);
  const [feedback, setFeedback] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const names = { indicator: indicator?.name ?? '—', month: monthName(r.month, lang) };
  const id = `fb-${r.id}`;
  const decide = async (decision: 'VERIFIED' | 'RETURNED') => {
    setError(null);
    if (decision === 'RETURNED' && !feedback.trim()) {
      setError({ wp: 'feedbackRequired' });
      document.getElementById(id)?.focus();
      return;
    }
    setBusy(true);
    try {
      await staffGql(`mutation($i: VerifyRealisationInput!) { verifyRealisation(input: $i) { id status } }`, {
        i: { realisationId: r.id, decision, feedback: feedback.trim() || undefined },
      });
      onDone({ key: decision === 'VERIFIED' ? 'verifiedNotice' : 'returnedNotice', params: names });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="decide">
      <label className="block" htmlFor={id}>
        {t('feedbackFor', names)}
      </label>
      <textarea id={id} rows={2} className="field" value={feedback} maxLength={2000} onChange={(e) => setFeedback(e.target.value)} />
      <Feedback notice={null} error={error} />
      <p className="row">
        <button disabled={busy} aria-label={t('verifyLabel', names)} onClick={() => void decide('VERIFIED')}>
          {t('verify')}
        </button>
        <button disabled={busy} className="secondary" aria-label={t('returnLabel', names)} onClick={() => void decide('RETURNED')}>
          {t('returnIt')}
        </button>
      </p>
    </div>
  );
}

function Missing({ plan }: { plan: Plan }) {
  const { t, lang } = useT(WP_MESSAGES);
  if (plan.status !== 'AGREED') return null;
  const byId = new Map(plan.indicators.map((i) => [i.id, i.name]));
  return (
    <section
      className={plan.missingReports.length ? 'notice error missing-reports' : 'notice missing-reports'}
      aria-labelledby={`missing-${plan.id}`}
    >
      <h3 id={`missing-${plan.id}`}>{t('missingHeading')}</h3>
      {plan.missingReports.length ? (
        <ul>
          {plan.missingReports.map((m) => (
            <li key={`${m.indicatorId}-${m.month}`}>
              {t('missingItem', { indicator: byId.get(m.indicatorId) ?? '—', month: monthName(m.month, lang) })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('noMissing')}</p>
      )}
    </section>
  );
}

/** The plan's header, indicators (editable while DRAFT), versions; shared by the employee's and the supervisor's pages. */
function PlanBody({
  plan,
  heading,
  reload,
  headingRef,
}: {
  plan: Plan;
  heading: string;
  reload: (n: Note) => void | Promise<void>;
  headingRef?: React.Ref<HTMLHeadingElement>;
}) {
  const { t, lang } = useT(WP_MESSAGES);
  const [editing, setEditing] = useState<Indicator | null>(null);
  const [error, setError] = useState<unknown>(null);
  const draft = plan.status === 'DRAFT';
  return (
    <>
      <h2 ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      <p className="row">
        <span className={draft ? 'badge' : 'badge ok'}>{t(`status${plan.status}`)}</span>
        <span>{t('versionLine', { version: plan.version })}</span>
        {plan.agreedAt ? <span>{t('agreedLine', { date: when(plan.agreedAt, lang) })}</span> : null}
      </p>
      <IndicatorTable
        plan={plan}
        editable={draft}
        onEdit={setEditing}
        onRemove={async (i) => {
          setError(null);
          try {
            await staffGql(`mutation($id: ID!) { removeIndicator(indicatorId: $id) { id } }`, { id: i.id });
            if (editing?.id === i.id) setEditing(null);
            reload({ key: 'indicatorRemoved', params: { name: i.name } });
          } catch (err) {
            setError(err);
          }
        }}
      />
      <Feedback notice={null} error={error} />
      {draft ? (
        <IndicatorForm
          plan={plan}
          editing={editing}
          onCancel={() => setEditing(null)}
          onDone={(n) => {
            setEditing(null);
            reload(n);
          }}
        />
      ) : null}
    </>
  );
}

function Revise({ plan, onDone }: { plan: Plan; onDone: (n: Note) => void }) {
  const { t } = useT(WP_MESSAGES);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  return (
    <details>
      <summary>{t('reviseHeading')}</summary>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setError(null);
          try {
            await staffGql(`mutation($i: ReviseWorkPlanInput!) { reviseWorkPlan(input: $i) { id } }`, {
              i: { workPlanId: plan.id, reason },
            });
            setReason('');
            onDone({ key: 'revised' });
          } catch (err) {
            setError(err);
          }
        }}
      >
        <p className="where">{t('reviseHelp')}</p>
        <label className="block" htmlFor={`revise-${plan.id}`}>
          {t('reviseReason')}
        </label>
        <textarea
          id={`revise-${plan.id}`}
          className="field"
          rows={2}
          required
          minLength={5}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <Feedback notice={null} error={error} />
        <p>
          <button type="submit" className="secondary">
            {t('revise')}
          </button>
        </p>
      </form>
    </details>
  );
}

interface ReportDraft {
  indicatorId: string;
  month: string;
  value: string;
  note: string;
  evidenceUrl: string;
}

/** The employee's page: the plan of a year (created when none), indicators while DRAFT, monthly reports and their threads. */
export function MyWorkPlan({ me }: { me: { id: string } }) {
  const { t, lang } = useT(WP_MESSAGES);
  const [year, setYear] = useState(thisYear());
  const [plan, setPlan] = useState<Plan | null | undefined>(undefined);
  const [realisations, setRealisations] = useState<Realisation[]>([]);
  const [notice, setNotice] = useState<Note>(null);
  const [error, setError] = useState<unknown>(null);
  const [report, setReport] = useState<ReportDraft>({ indicatorId: '', month: '', value: '', note: '', evidenceUrl: '' });
  const [busy, setBusy] = useState(false);
  const valueRef = useRef<HTMLInputElement>(null);
  const loading = useT(STAFF_MESSAGES).t('loading');
  const load = useCallback(async () => {
    try {
      const d = await staffGql<{ myWorkPlan: Plan | null }>(`query($y: Int!) { myWorkPlan(year: $y) { ${PLAN_FIELDS} } }`, { y: year });
      setPlan(d.myWorkPlan);
      if (d.myWorkPlan) {
        const r = await staffGql<{ realisations: Realisation[] }>(
          `query($p: ID!) { realisations(workPlanId: $p) { ${REALISATION_FIELDS} } }`,
          {
            p: d.myWorkPlan.id,
          },
        );
        setRealisations(r.realisations);
      } else setRealisations([]);
    } catch (err) {
      setError(err);
    }
  }, [year]);
  useEffect(() => {
    setPlan(undefined);
    setNotice(null);
    setError(null);
    void load();
  }, [load]);
  // The notice follows the reloaded plan, so what it says is on the page when it is announced.
  const reload = async (n: Note) => {
    setError(null);
    await load();
    setNotice(n);
  };
  const manual = plan?.indicators.filter((i) => i.source === 'MANUAL') ?? [];
  const months = monthsOf(year);
  const indicatorId = report.indicatorId || manual[0]?.id || '';
  const month = report.month || months[0] || '';
  const byId = new Map(plan?.indicators.map((i) => [i.id, i]) ?? []);
  return (
    <section>
      <YearPicker id="plan-year" year={year} onChange={setYear} />
      <Feedback notice={notice} error={error} />
      {plan === undefined ? (
        error ? null : (
          <p aria-busy="true">{loading}</p>
        )
      ) : plan === null ? (
        <div className="notice">
          <h2>{t('planHeading', { year })}</h2>
          <p>{t('noPlan', { year })}</p>
          <button
            onClick={async () => {
              setError(null);
              try {
                await staffGql(`mutation($i: CreateWorkPlanInput!) { createWorkPlan(input: $i) { id } }`, {
                  i: { employeeId: me.id, year },
                });
                await reload({ key: 'planCreated' });
              } catch (err) {
                setError(err);
              }
            }}
          >
            {t('createPlan', { year })}
          </button>
        </div>
      ) : (
        <>
          <PlanBody plan={plan} heading={t('planHeading', { year })} reload={reload} />
          <Missing plan={plan} />
          {plan.status === 'AGREED' ? (
            manual.length && months.length ? (
              <form
                className="admin-form"
                onSubmit={async (e) => {
                  e.preventDefault();
                  setError(null);
                  setNotice(null);
                  const value = Number(report.value.replace(',', '.'));
                  if (report.value.trim() === '' || !(value >= 0)) {
                    setError({ wp: 'errNumber', params: { field: t('fValue') } });
                    return valueRef.current?.focus();
                  }
                  setBusy(true);
                  try {
                    await staffGql(`mutation($i: ReportRealisationInput!) { reportRealisation(input: $i) { id status } }`, {
                      i: { indicatorId, month, value, note: report.note || undefined, evidenceUrl: report.evidenceUrl || undefined },
                    });
                    setReport({ indicatorId, month, value: '', note: '', evidenceUrl: '' });
                    await reload({
                      key: 'reportSent',
                      params: { month: monthName(month, lang), indicator: byId.get(indicatorId)?.name ?? '' },
                    });
                  } catch (err) {
                    setError(err);
                  } finally {
                    setBusy(false);
                  }
                }}
              >
                <fieldset>
                  <legend>{t('reportHeading')}</legend>
                  <p className="where">{t('reportHelp')}</p>
                  <label className="block" htmlFor="rep-indicator">
                    {t('fIndicator')}
                  </label>
                  <select
                    id="rep-indicator"
                    className="field"
                    value={indicatorId}
                    onChange={(e) => setReport({ ...report, indicatorId: e.target.value })}
                  >
                    {manual.map((i) => (
                      <option key={i.id} value={i.id}>
                        {i.name}
                      </option>
                    ))}
                  </select>
                  <div className="row">
                    <span className="grow">
                      <label className="block" htmlFor="rep-month">
                        {t('fMonth')}
                      </label>
                      <select
                        id="rep-month"
                        className="field"
                        value={month}
                        onChange={(e) => setReport({ ...report, month: e.target.value })}
                      >
                        {months.map((m) => (
                          <option key={m} value={m}>
                            {monthName(m, lang)}
                          </option>
                        ))}
                      </select>
                    </span>
                    <span className="grow">
                      <label className="block" htmlFor="rep-value">
                        {t('fValue')} ({byId.get(indicatorId)?.unit})
                      </label>
                      <input
                        ref={valueRef}
                        id="rep-value"
                        className="field"
                        inputMode="decimal"
                        value={report.value}
                        onChange={(e) => setReport({ ...report, value: e.target.value })}
                      />
                    </span>
                  </div>
                  <label className="block" htmlFor="rep-note">
                    {t('fNote')}
                  </label>
                  <textarea
                    id="rep-note"
                    className="field"
                    rows={2}
                    maxLength={2000}
                    value={report.note}
                    onChange={(e) => setReport({ ...report, note: e.target.value })}
                  />
                  <label className="block" htmlFor="rep-evidence">
                    {t('fEvidence')}
                  </label>
                  <input
                    id="rep-evidence"
                    className="field"
                    type="url"
                    inputMode="url"
                    value={report.evidenceUrl}
                    onChange={(e) => setReport({ ...report, evidenceUrl: e.target.value })}
                  />
                  <p>
                    <button type="submit" disabled={busy}>
                      {busy ? t('sending') : t('sendReport')}
                    </button>
                  </p>
                </fieldset>
              </form>
            ) : (
              <p className="where">{t('noManual')}</p>
            )
          ) : (
            <p className="where">{t('notAgreedYet')}</p>
          )}
          {plan.status === 'AGREED' ? (
            <section aria-labelledby="realisations-heading">
              <h3 id="realisations-heading">{t('realisationsHeading')}</h3>
              {realisations.length ? (
                <ul className="plain realisations">
                  {realisations.map((r) => {
                    const indicator = byId.get(r.indicatorId);
                    return (
                      <RealisationCard key={r.id} r={r} indicator={indicator}>
                        {r.status === 'RETURNED' ? (
                          <button
                            className="secondary"
                            aria-label={t('correctLabel', { indicator: indicator?.name ?? '—', month: monthName(r.month, lang) })}
                            onClick={() => {
                              setReport({
                                indicatorId: r.indicatorId,
                                month: r.month,
                                value: String(r.value),
                                note: r.note ?? '',
                                evidenceUrl: r.evidenceUrl ?? '',
                              });
                              valueRef.current?.focus();
                              valueRef.current?.scrollIntoView({ block: 'center' });
                            }}
                          >
                            {t('correct')}
                          </button>
                        ) : null}
                      </RealisationCard>
                    );
                  })}
                </ul>
              ) : (
                <p className="where">{t('noRealisations')}</p>
              )}
            </section>
          ) : null}
          {plan.status === 'AGREED' ? <Revise plan={plan} onDone={reload} /> : null}
          <Versions plan={plan} />
        </>
      )}
    </section>
  );
}

interface TeamLine {
  employee: { id: string; name: string; position: string };
  workPlan: Plan | null;
}

/** A month's target of an indicator for monitoring: a SUM indicator's annual target spread over 12 months. */
const monthTarget = (i: Indicator) => (i.aggregation === 'SUM' ? i.target / 12 : i.target);
/** Capaian of one month against that target (lower-is-better inverted), capped at 120% as in DOMAIN.md. */
function capaian(i: Indicator, value: number): number {
  const target = monthTarget(i);
  const c = i.direction === 'LOWER_IS_BETTER' ? (value <= 0 ? 1.2 : target / value) : value / target;
  return Math.min(c, 1.2);
}

function Monitoring({ lines, year }: { lines: TeamLine[]; year: number }) {
  const { t, lang } = useT(WP_MESSAGES);
  const months = monthsOf(year);
  const [month, setMonth] = useState(months[0] ?? '');
  const [data, setData] = useState<Record<string, Realisation[]>>({});
  const agreed = lines.filter((l) => l.workPlan?.status === 'AGREED');
  const key = agreed.map((l) => l.workPlan!.id).join(',');
  useEffect(() => setMonth(monthsOf(year)[0] ?? ''), [year]);
  useEffect(() => {
    if (!month || !key) return setData({});
    let live = true;
    void Promise.all(
      key.split(',').map((id) =>
        staffGql<{ realisations: Realisation[] }>(
          `query($p: ID!, $m: String) { realisations(workPlanId: $p, month: $m) { ${REALISATION_FIELDS} } }`,
          {
            p: id,
            m: month,
          },
        ).then((d) => [id, d.realisations] as const),
      ),
    )
      .then((all) => live && setData(Object.fromEntries(all)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [key, month]);
  if (!months.length) return null;
  const reported = agreed.filter((l) => (data[l.workPlan!.id] ?? []).length > 0).length;
  return (
    <section aria-labelledby="monitoring-heading">
      <h3 id="monitoring-heading">{t('monitoringHeading')}</h3>
      <p>
        <label htmlFor="mon-month">{t('fMonth')} </label>
        <select id="mon-month" value={month} onChange={(e) => setMonth(e.target.value)}>
          {months.map((m) => (
            <option key={m} value={m}>
              {monthName(m, lang)}
            </option>
          ))}
        </select>
      </p>
      {agreed.length ? (
        <>
          <p role="status">{t('monitoringSummary', { reported, total: agreed.length })}</p>
          <div className="table-scroll" role="region" aria-label={t('monitoringCaption', { month: monthName(month, lang) })} tabIndex={0}>
            <table className="team">
              <caption className="sr">{t('monitoringCaption', { month: monthName(month, lang) })}</caption>
              <TableHead
                columns={[t('colEmployee'), t('colName'), t('colMonthTarget'), t('colRealisation'), t('colStatus'), t('colCapaian')]}
              />
              <tbody>
                {agreed.flatMap((l) =>
                  l.workPlan!.indicators.map((i, n) => {
                    const r = (data[l.workPlan!.id] ?? []).find((x) => x.indicatorId === i.id);
                    const c = r ? capaian(i, r.value) : null;
                    return (
                      <tr key={i.id}>
                        {n === 0 ? (
                          <th scope="row" rowSpan={l.workPlan!.indicators.length}>
                            {l.employee.name}
                          </th>
                        ) : null}
                        <td>{i.name}</td>
                        <td>
                          {num(monthTarget(i), lang)} {i.unit}
                        </td>
                        <td>{r ? `${num(r.value, lang)} ${i.unit}` : '—'}</td>
                        <td>
                          {r ? (
                            <span className={STATUS_BADGE[r.status]}>{t(`rs${r.status}` as WpKey)}</span>
                          ) : i.source === 'MANUAL' ? (
                            <span className="badge no">{t('notReported')}</span>
                          ) : (
                            t('automatic')
                          )}
                        </td>
                        <td>{c === null ? '—' : `${num(c * 100, lang)}% (${c < 1 ? t('behind') : t('onTarget')})`}</td>
                      </tr>
                    );
                  }),
                )}
              </tbody>
            </table>
          </div>
          <p className="where">{t('monthTargetHelp')}</p>
        </>
      ) : (
        <p className="where">{t('noAgreedPlans')}</p>
      )}
    </section>
  );
}

/** The supervisor's page: the team's plans of a year (who has none), one plan to agree and its reports to verify or return, monitoring. */
export function TeamWorkPlans() {
  const { t } = useT(WP_MESSAGES);
  const loading = useT(STAFF_MESSAGES).t('loading');
  const [year, setYear] = useState(thisYear());
  const [lines, setLines] = useState<TeamLine[] | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [realisations, setRealisations] = useState<Realisation[]>([]);
  const [notice, setNotice] = useState<Note>(null);
  const [error, setError] = useState<unknown>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const backRef = useRef<string | null>(null);
  const load = useCallback(async () => {
    try {
      const d = await staffGql<{ teamWorkPlans: TeamLine[] }>(
        `query($y: Int!) { teamWorkPlans(year: $y) { employee { id name position } workPlan { ${PLAN_FIELDS} } } }`,
        { y: year },
      );
      setLines(d.teamWorkPlans);
    } catch (err) {
      setError(err);
    }
  }, [year]);
  const loadRealisations = useCallback(async () => {
    if (!openId) return setRealisations([]);
    try {
      const d = await staffGql<{ realisations: Realisation[] }>(
        `query($p: ID!) { realisations(workPlanId: $p) { ${REALISATION_FIELDS} } }`,
        {
          p: openId,
        },
      );
      setRealisations(d.realisations);
    } catch (err) {
      setError(err);
    }
  }, [openId]);
  useEffect(() => {
    setLines(null);
    setOpenId(null);
    void load();
  }, [load]);
  useEffect(() => {
    void loadRealisations();
  }, [loadRealisations]);
  useEffect(() => {
    if (openId) headingRef.current?.focus();
    else if (backRef.current) document.getElementById(backRef.current)?.focus();
  }, [openId]);
  const reload = async (n: Note) => {
    setError(null);
    await Promise.all([load(), loadRealisations()]);
    setNotice(n);
  };
  const open = lines?.find((l) => l.workPlan?.id === openId)?.workPlan ?? null;
  if (open) {
    const byId = new Map(open.indicators.map((i) => [i.id, i]));
    const waiting = realisations.filter((r) => r.status === 'SUBMITTED');
    const others = realisations.filter((r) => r.status !== 'SUBMITTED');
    return (
      <section>
        <p>
          <button className="secondary" onClick={() => setOpenId(null)}>
            {t('backToTeam')}
          </button>
        </p>
        <Feedback notice={notice} error={error} />
        <PlanBody
          plan={open}
          heading={t('planOf', { name: open.employee.name, year: open.year })}
          reload={reload}
          headingRef={headingRef}
        />
        {open.status === 'DRAFT' ? (
          open.indicators.length ? (
            <p>
              <button
                aria-label={t('agreeLabel', { name: open.employee.name })}
                onClick={async () => {
                  setError(null);
                  setNotice(null);
                  try {
                    await staffGql(`mutation($id: ID!) { agreeWorkPlan(workPlanId: $id) { id status } }`, { id: open.id });
                    await reload({ key: 'agreed', params: { name: open.employee.name } });
                  } catch (err) {
                    setError(err);
                  }
                }}
              >
                {t('agree')}
              </button>
            </p>
          ) : (
            <p className="where">{t('needIndicators')}</p>
          )
        ) : null}
        <Missing plan={open} />
        {open.status === 'AGREED' || realisations.length ? (
          <>
            <section aria-labelledby="to-verify-heading">
              <h3 id="to-verify-heading">{t('toVerifyHeading')}</h3>
              {waiting.length ? (
                <ul className="plain realisations">
                  {waiting.map((r) => (
                    <RealisationCard key={r.id} r={r} indicator={byId.get(r.indicatorId)}>
                      <Decide r={r} indicator={byId.get(r.indicatorId)} onDone={reload} />
                    </RealisationCard>
                  ))}
                </ul>
              ) : (
                <p className="where">{t('nothingToVerify')}</p>
              )}
            </section>
            {others.length ? (
              <section aria-labelledby="decided-heading">
                <h3 id="decided-heading">{t('realisationsHeading')}</h3>
                <ul className="plain realisations">
                  {others.map((r) => (
                    <RealisationCard key={r.id} r={r} indicator={byId.get(r.indicatorId)} />
                  ))}
                </ul>
              </section>
            ) : null}
          </>
        ) : null}
        <Versions plan={open} />
      </section>
    );
  }
  return (
    <section>
      <YearPicker id="team-plan-year" year={year} onChange={setYear} />
      <h2>{t('teamPlansHeading', { year })}</h2>
      <Feedback notice={notice} error={error} />
      {!lines ? (
        <p aria-busy="true">{loading}</p>
      ) : !lines.length ? (
        <p>{t('noTeam')}</p>
      ) : (
        <>
          <div className="table-scroll" role="region" aria-label={t('teamPlansCaption')} tabIndex={0}>
            <table className="team">
              <caption className="sr">{t('teamPlansCaption')}</caption>
              <TableHead columns={[t('colEmployee'), t('colPlan'), t('colIndicators'), t('colMissing'), t('colActions')]} />
              <tbody>
                {lines.map((l) => {
                  const p = l.workPlan;
                  const buttonId = `plan-${l.employee.id}`;
                  return (
                    <tr key={l.employee.id}>
                      <th scope="row">
                        {l.employee.name} <small>({l.employee.position})</small>
                      </th>
                      <td>
                        {p ? (
                          <>
                            <span className={p.status === 'AGREED' ? 'badge ok' : 'badge'}>{t(`status${p.status}`)}</span>{' '}
                            {t('versionLine', { version: p.version })}
                          </>
                        ) : (
                          <span className="badge no">{t('none')}</span>
                        )}
                      </td>
                      <td>{p ? p.indicators.length : '—'}</td>
                      <td>
                        {p && p.missingReports.length ? (
                          <span className="badge no">{p.missingReports.length}</span>
                        ) : p?.status === 'AGREED' ? (
                          '0'
                        ) : (
                          '—'
                        )}
                      </td>
                      <td>
                        {p ? (
                          <button
                            id={buttonId}
                            className="secondary"
                            onClick={() => {
                              backRef.current = buttonId;
                              setNotice(null);
                              setError(null);
                              setOpenId(p.id);
                            }}
                          >
                            {t('openPlan', { name: l.employee.name })}
                          </button>
                        ) : (
                          <button
                            id={buttonId}
                            className="secondary"
                            onClick={async () => {
                              setError(null);
                              try {
                                const d = await staffGql<{ createWorkPlan: { id: string } }>(
                                  `mutation($i: CreateWorkPlanInput!) { createWorkPlan(input: $i) { id } }`,
                                  { i: { employeeId: l.employee.id, year } },
                                );
                                await load();
                                backRef.current = buttonId;
                                setOpenId(d.createWorkPlan.id);
                              } catch (err) {
                                setError(err);
                              }
                            }}
                          >
                            {t('createPlanFor', { name: l.employee.name })}
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <Monitoring lines={lines} year={year} />
        </>
      )}
    </section>
  );
}
