import { useEffect, useRef, useState } from 'react';
import { TableHead } from '../../shared/TableHead';
import { useT } from '../../shared/i18n';
import { useGqlMutation, useGqlQuery } from '../graphql';
import { STAFF_MESSAGES } from '../messages';
import { Feedback, Note, thisYear, YearPicker } from './common';
import { Decide } from './Decide';
import { Missing } from './Missing';
import { Monitoring, TeamLine } from './Monitoring';
import { PlanBody } from './PlanBody';
import { RealisationCard } from './RealisationCard';
import { Versions } from './Versions';
import { WP_MESSAGES } from './workPlanMessages';
import { AGREE_WORK_PLAN, CREATE_WORK_PLAN, PLAN_QUERIES, TEAM_WORK_PLANS, WORK_PLAN_REALISATIONS } from './workPlanOperations';

/** The supervisor's page: the team's plans of a year (who has none), one plan to agree and its reports to verify or return, monitoring. */
export function TeamWorkPlans() {
  const { t } = useT(WP_MESSAGES);
  const loading = useT(STAFF_MESSAGES).t('loading');
  const [year, setYear] = useState(thisYear());
  const [openId, setOpenId] = useState<string | null>(null);
  const [notice, setNotice] = useState<Note>(null);
  const [error, setError] = useState<unknown>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const backRef = useRef<string | null>(null);
  const linesQuery = useGqlQuery(TEAM_WORK_PLANS, { year });
  const lines: TeamLine[] | undefined = linesQuery.data?.teamWorkPlans;
  const realisationsQuery = useGqlQuery(WORK_PLAN_REALISATIONS, { workPlanId: openId ?? '' }, { enabled: !!openId });
  const realisations = (openId && realisationsQuery.data?.realisations) || [];
  const agree = useGqlMutation(AGREE_WORK_PLAN, PLAN_QUERIES);
  const create = useGqlMutation(CREATE_WORK_PLAN, PLAN_QUERIES);
  const shownError = error ?? linesQuery.error ?? realisationsQuery.error;
  useEffect(() => {
    if (openId) headingRef.current?.focus();
    else if (backRef.current) document.getElementById(backRef.current)?.focus();
  }, [openId]);
  // Mutations resolve after the queries they change have refetched, so the notice describes the page.
  const reload = (n: Note) => {
    setError(null);
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
        <Feedback notice={notice} error={shownError} />
        <PlanBody
          plan={open}
          heading={t('planOf', { name: open.employee.name, year: open.year })}
          onDone={reload}
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
                    await agree.mutateAsync({ workPlanId: open.id });
                    reload({ key: 'agreed', params: { name: open.employee.name } });
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
      <YearPicker
        id="team-plan-year"
        year={year}
        onChange={(y) => {
          setYear(y);
          setOpenId(null);
        }}
      />
      <h2>{t('teamPlansHeading', { year })}</h2>
      <Feedback notice={notice} error={shownError} />
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
                                const d = await create.mutateAsync({ input: { employeeId: l.employee.id, year } });
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
