import { useEffect, useRef, useState } from 'react';
import { useT } from '../../shared/i18n';
import { useGqlMutation, useGqlQuery } from '../graphql';
import { STAFF_MESSAGES } from '../messages';
import { Feedback, monthName, monthsOf, Note, thisYear, YearPicker } from './common';
import { Missing } from './Missing';
import { PlanBody } from './PlanBody';
import { RealisationCard } from './RealisationCard';
import { Revise } from './Revise';
import { Versions } from './Versions';
import { WP_MESSAGES } from './workPlanMessages';
import {
  CREATE_WORK_PLAN,
  MY_WORK_PLAN,
  PLAN_QUERIES,
  REALISATION_QUERIES,
  REPORT_REALISATION,
  WORK_PLAN_REALISATIONS,
} from './workPlanOperations';

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
  const [notice, setNotice] = useState<Note>(null);
  const [error, setError] = useState<unknown>(null);
  const [report, setReport] = useState<ReportDraft>({ indicatorId: '', month: '', value: '', note: '', evidenceUrl: '' });
  const valueRef = useRef<HTMLInputElement>(null);
  const loading = useT(STAFF_MESSAGES).t('loading');
  const planQuery = useGqlQuery(MY_WORK_PLAN, { year });
  const plan = planQuery.data?.myWorkPlan;
  const realisationsQuery = useGqlQuery(WORK_PLAN_REALISATIONS, { workPlanId: plan?.id ?? '' }, { enabled: !!plan });
  const realisations = (plan && realisationsQuery.data?.realisations) || [];
  const create = useGqlMutation(CREATE_WORK_PLAN, PLAN_QUERIES);
  const reportRealisation = useGqlMutation(REPORT_REALISATION, REALISATION_QUERIES);
  const busy = reportRealisation.isPending;
  useEffect(() => {
    setNotice(null);
    setError(null);
  }, [year]);
  // Mutations resolve after the queries they change have refetched: the notice follows the reloaded
  // plan, so what it says is on the page when it is announced.
  const reload = (n: Note) => {
    setError(null);
    setNotice(n);
  };
  const shownError = error ?? planQuery.error ?? realisationsQuery.error;
  const manual = plan?.indicators.filter((i) => i.source === 'MANUAL') ?? [];
  const months = monthsOf(year);
  const indicatorId = report.indicatorId || manual[0]?.id || '';
  const month = report.month || months[0] || '';
  const byId = new Map(plan?.indicators.map((i) => [i.id, i]) ?? []);
  return (
    <section>
      <YearPicker id="plan-year" year={year} onChange={setYear} />
      <Feedback notice={notice} error={shownError} />
      {plan === undefined ? (
        shownError ? null : (
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
                await create.mutateAsync({ input: { employeeId: me.id, year } });
                reload({ key: 'planCreated' });
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
          <PlanBody plan={plan} heading={t('planHeading', { year })} onDone={reload} />
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
                  try {
                    await reportRealisation.mutateAsync({
                      input: { indicatorId, month, value, note: report.note || undefined, evidenceUrl: report.evidenceUrl || undefined },
                    });
                    setReport({ indicatorId, month, value: '', note: '', evidenceUrl: '' });
                    reload({
                      key: 'reportSent',
                      params: { month: monthName(month, lang), indicator: byId.get(indicatorId)?.name ?? '' },
                    });
                  } catch (err) {
                    setError(err);
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
