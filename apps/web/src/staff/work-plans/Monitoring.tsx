import { useQueries } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { TableHead } from '../../shared/TableHead';
import { useT } from '../../shared/i18n';
import { request } from '../graphql';
import { Indicator, monthName, monthsOf, num, Plan, Realisation, STATUS_BADGE } from './common';
import { WP_MESSAGES, WpKey } from './workPlanMessages';
import { WORK_PLAN_REALISATIONS } from './workPlanOperations';

export interface TeamLine {
  employee: { id: string; name: string; position: string };
  workPlan?: Plan | null;
}

/** A month's target of an indicator for monitoring: a SUM indicator's annual target spread over 12 months. */
const monthTarget = (i: Indicator) => (i.aggregation === 'SUM' ? i.target / 12 : i.target);
/** Capaian of one month against that target (lower-is-better inverted), capped at 120% as in DOMAIN.md. */
function capaian(i: Indicator, value: number): number {
  const target = monthTarget(i);
  const c = i.direction === 'LOWER_IS_BETTER' ? (value <= 0 ? 1.2 : target / value) : value / target;
  return Math.min(c, 1.2);
}

/** The supervisor's monitoring of a month: every agreed plan's indicators, what was reported and the capaian. */
export function Monitoring({ lines, year }: { lines: TeamLine[]; year: number }) {
  const { t, lang } = useT(WP_MESSAGES);
  const months = monthsOf(year);
  const [month, setMonth] = useState(months[0] ?? '');
  const agreed = lines.filter((l) => l.workPlan?.status === 'AGREED');
  useEffect(() => setMonth(monthsOf(year)[0] ?? ''), [year]);
  // One cached WorkPlanRealisations query per agreed plan and month (the same cache entries a report or a decision makes stale).
  const results = useQueries({
    queries: agreed.map((l) => {
      const variables = { workPlanId: l.workPlan!.id, month };
      return {
        queryKey: ['WorkPlanRealisations', variables] as const,
        queryFn: () => request(WORK_PLAN_REALISATIONS, variables),
        enabled: !!month,
      };
    }),
  });
  const data: Record<string, Realisation[]> = Object.fromEntries(
    agreed.map((l, n) => [l.workPlan!.id, results[n]?.data?.realisations ?? []]),
  );
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

