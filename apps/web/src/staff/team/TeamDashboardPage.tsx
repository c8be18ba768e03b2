import { useRef, useState } from 'react';
import { useT } from '../../shared/i18n';
import { TableHead } from '../../shared/TableHead';
import { session } from '../api';
import { isAdmin, useMe } from '../app/me';
import { graphql, useGqlQuery } from '../graphql';
import { errorText, label, PREDIKAT_LABEL, RATING_LABEL, STAFF_MESSAGES, STATUS_LABEL } from '../messages';
import { DASHBOARD_MESSAGES, DashboardKey } from './dashboardMessages';
import { PredikatChart } from './PredikatChart';
import { TeamMemberPanel } from './TeamMemberPanel';
import './team-dashboard.css';

/** Rows per page of the table (the server pages too: PageInput.first). */
const PAGE_SIZE = 25;

const DASHBOARD_PERIODS = graphql(`
  query DashboardPeriods {
    periods {
      id
      name
      startsOn
    }
  }
`);

const TEAM_DASHBOARD = graphql(`
  query TeamDashboard($p: ID!, $u: ID, $page: PageInput) {
    teamDashboard(periodId: $p, unitId: $u, page: $page) {
      periodId
      rows {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          roundId
          employeeName
          position
          unitName
          status
          reviewsExpected
          reviewsSubmitted
          perilakuScore
          perilakuRating
          hasilKerjaScore
          hasilKerjaRating
          predikat
        }
      }
      predikatDistribution {
        predikat
        count
      }
      waitingReviewers {
        roundId
        reviewerId
        reviewerName
        relation
        employeeName
      }
      totals {
        people
        open
        closed
        scored
        reviewsExpected
        reviewsSubmitted
        rowsWithHiddenCounts
      }
      unitChoices {
        id
        path
      }
    }
  }
`);

export const fmt2 = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : (Math.round(n * 100 + Number.EPSILON * Math.sign(n)) / 100).toFixed(2);

/** Fetches the export with the staff token and hands it to the browser as a download. */
async function download(format: 'csv' | 'xlsx', periodId: string, unitId: string): Promise<void> {
  const query = new URLSearchParams({ periodId, ...(unitId ? { unitId } : {}) });
  const token = session.get();
  const res = await fetch(`/api/team-dashboard.${format}?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(`export ${res.status}`);
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `dasbor-tim.${format}`;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The team dashboard (/app/team/dashboard, issue 15): per person the round status, reviews, ratings
 * and predikat; the predikat distribution; who has not reviewed yet; a drill-down; CSV and XLSX.
 */
export function TeamDashboardPage() {
  const { t, lang } = useT(DASHBOARD_MESSAGES);
  const staff = useT(STAFF_MESSAGES).t;
  const admin = isAdmin(useMe());
  const periodsQuery = useGqlQuery(DASHBOARD_PERIODS, {});
  const periods = periodsQuery.data?.periods ?? [];
  const [chosenPeriod, setPeriod] = useState<string | null>(null);
  const periodId = chosenPeriod ?? periods[0]?.id ?? '';
  const [unitId, setUnit] = useState('');
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors[cursors.length - 1];
  const dashboardQuery = useGqlQuery(
    TEAM_DASHBOARD,
    { p: periodId, u: unitId || null, page: { first: PAGE_SIZE, after } },
    { enabled: Boolean(periodId), placeholderData: (previous) => previous },
  );
  const [member, setMember] = useState<{ roundId: string; name: string } | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState(false);
  const d = dashboardQuery.data?.teamDashboard;
  const rows = d?.rows.nodes ?? [];
  const from = (cursors.length - 1) * PAGE_SIZE;
  const relation = (r: string) => t(`rel${r}` as DashboardKey);
  const filterChanged = () => {
    setCursors([null]);
    setMember(null);
  };
  const exportAs = async (format: 'csv' | 'xlsx') => {
    setExporting(true);
    setExportError(false);
    try {
      await download(format, periodId, unitId);
    } catch {
      setExportError(true);
    } finally {
      setExporting(false);
    }
  };
  const bars = (d?.predikatDistribution ?? []).map((c) => ({
    label: c.predikat ? label(PREDIKAT_LABEL, c.predikat, lang) : t('notScored'),
    count: c.count,
    muted: !c.predikat,
  }));
  const error = periodsQuery.error ?? dashboardQuery.error;
  return (
    <section className="team-dashboard" aria-labelledby="dashboard-heading">
      <h2 id="dashboard-heading">{t('heading')}</h2>
      <p className="where">{t('intro')}</p>
      <form className="dashboard-filters" aria-label={t('filters')} onSubmit={(e) => e.preventDefault()}>
        <div>
          <label className="block" htmlFor="dash-period">
            {t('period')}
          </label>
          <select
            id="dash-period"
            value={periodId}
            onChange={(e) => {
              setPeriod(e.target.value);
              filterChanged();
            }}
          >
            {periods.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        {d?.unitChoices.length ? (
          <div>
            <label className="block" htmlFor="dash-unit">
              {t('unit')}
            </label>
            <select
              id="dash-unit"
              value={unitId}
              onChange={(e) => {
                setUnit(e.target.value);
                filterChanged();
              }}
            >
              <option value="">{admin ? t('allUnitsAdmin') : t('allUnits')}</option>
              {d.unitChoices.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.path}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="row dashboard-export" role="group" aria-label={t('export')}>
          <button type="button" className="secondary" disabled={!periodId || exporting} onClick={() => void exportAs('csv')}>
            {t('exportCsv')}
          </button>
          <button type="button" className="secondary" disabled={!periodId || exporting} onClick={() => void exportAs('xlsx')}>
            {t('exportXlsx')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {exporting ? <p>{t('exporting')}</p> : null}
        {exportError ? (
          <p className="err" role="alert">
            {t('exportFailed')}
          </p>
        ) : null}
      </div>
      {error ? (
        <div className="notice error" role="alert">
          <p>
            {t('failed')} {errorText(error, staff, lang)}
          </p>
          <button
            type="button"
            className="secondary"
            onClick={() => void (periodsQuery.error ? periodsQuery.refetch() : dashboardQuery.refetch())}
          >
            {t('retry')}
          </button>
        </div>
      ) : periodsQuery.data && !periods.length ? (
        <p>{t('noPeriods')}</p>
      ) : !d ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : d.totals.people === 0 ? (
        <p className="notice">{t('empty')}</p>
      ) : (
        <>
          <section aria-labelledby="dash-totals">
            <h3 id="dash-totals" className="sr">
              {t('totals')}
            </h3>
            <dl className="dashboard-totals">
              <div>
                <dt>{t('people')}</dt>
                <dd>{d.totals.people}</dd>
              </div>
              <div>
                <dt>{t('open')}</dt>
                <dd>{d.totals.open}</dd>
              </div>
              <div>
                <dt>{t('closed')}</dt>
                <dd>{d.totals.closed}</dd>
              </div>
              <div>
                <dt>{t('scored')}</dt>
                <dd>{d.totals.scored}</dd>
              </div>
              <div>
                <dt>{t('reviews')}</dt>
                <dd>{t('reviewsOf', { submitted: d.totals.reviewsSubmitted, expected: d.totals.reviewsExpected })}</dd>
              </div>
            </dl>
            {d.totals.rowsWithHiddenCounts ? <p className="where">{t('hiddenRows', { n: d.totals.rowsWithHiddenCounts })}</p> : null}
          </section>
          <div className="dashboard-grid">
            <section aria-labelledby="dash-chart">
              <h3 id="dash-chart">{t('chartHeading')}</h3>
              <PredikatChart
                bars={bars}
                title={t('chartHeading')}
                summary={t('chartLabel', { summary: bars.map((b) => `${b.label} ${b.count}`).join(', ') })}
              />
            </section>
            <section aria-labelledby="dash-waiting">
              <h3 id="dash-waiting">{t('waitingHeading')}</h3>
              <p className="where">{t('waitingIntro')}</p>
              {d.waitingReviewers.length ? (
                <ul className="plain waiting-list">
                  {d.waitingReviewers.map((w) => (
                    <li key={`${w.roundId}:${w.reviewerId}`}>
                      {t('waitingItem', { reviewer: w.reviewerName, employee: w.employeeName, relation: relation(w.relation) })}
                    </li>
                  ))}
                </ul>
              ) : (
                <p>{t('waitingNone')}</p>
              )}
            </section>
          </div>
          <div className="table-scroll" role="region" aria-label={t('tableCaption')} tabIndex={0}>
            <table className="team dashboard-table">
              <caption className="sr">{t('tableCaption')}</caption>
              <TableHead
                columns={[t('colEmployee'), t('colStatus'), t('colReviews'), t('colPerilaku'), t('colHasilKerja'), t('colPredikat')]}
              />
              <tbody>
                {rows.map((r) => (
                  <tr key={r.roundId} className={member?.roundId === r.roundId ? 'chosen' : undefined}>
                    <th scope="row">
                      <button
                        type="button"
                        className="link"
                        aria-label={t('detailsOf', { name: r.employeeName })}
                        aria-expanded={member?.roundId === r.roundId}
                        onClick={(e) => {
                          opener.current = e.currentTarget;
                          setMember(member?.roundId === r.roundId ? null : { roundId: r.roundId, name: r.employeeName });
                        }}
                      >
                        {r.employeeName}
                      </button>
                      <div className="where-inline">{t('position', { position: r.position, unit: r.unitName })}</div>
                    </th>
                    <td>{label(STATUS_LABEL, r.status, lang)}</td>
                    <td>
                      {r.reviewsSubmitted === null ? <abbr title={t('hidden')}>–</abbr> : r.reviewsSubmitted}/{r.reviewsExpected}
                    </td>
                    <td>
                      {fmt2(r.perilakuScore)}
                      {r.perilakuRating ? <div className="where-inline">{label(RATING_LABEL, r.perilakuRating, lang)}</div> : null}
                    </td>
                    <td>
                      {r.hasilKerjaScore === null ? (r.hasilKerjaRating ? '' : '—') : fmt2(r.hasilKerjaScore)}
                      {r.hasilKerjaRating ? <div className="where-inline">{label(RATING_LABEL, r.hasilKerjaRating, lang)}</div> : null}
                    </td>
                    <td>
                      {r.predikat ? (
                        <strong>{label(PREDIKAT_LABEL, r.predikat, lang, true)}</strong>
                      ) : (
                        <span className="where-inline">{t('notScored')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="row pager" aria-label={t('pageOf', { from: from + 1, to: from + rows.length, total: d.rows.totalCount })}>
            <span>{t('pageOf', { from: from + 1, to: from + rows.length, total: d.rows.totalCount })}</span>
            <button type="button" className="secondary" disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
              {t('prev')}
            </button>
            <button
              type="button"
              className="secondary"
              disabled={!d.rows.pageInfo.hasNextPage}
              onClick={() => setCursors([...cursors, d.rows.pageInfo.endCursor])}
            >
              {t('next')}
            </button>
          </nav>
          {member ? (
            <TeamMemberPanel
              roundId={member.roundId}
              name={member.name}
              onClose={() => {
                setMember(null);
                opener.current?.focus();
              }}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
