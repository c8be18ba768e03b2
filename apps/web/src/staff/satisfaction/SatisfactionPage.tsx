import { useState } from 'react';
import { Link } from 'react-router';
import { BarChart } from '../charts/BarChart';
import { useT, useTitle, type Lang, type T } from '../../shared/i18n';
import { useGqlQuery } from '../graphql';
import type { SatisfactionReportPageQuery } from '../gql/graphql';
import { ErrorLine } from '../admin/shared/QueryState';
import { TrendChart } from '../mine/TrendChart';
import { decimal } from './format';
import { SATISFACTION_REPORT } from './satisfactionOperations';
import { SATISFACTION_MESSAGES } from './satisfactionMessages';
import { PeriodPicker, ServicePointPicker } from './ServicePointPeriodPickers';
import './satisfaction.css';

type Report = SatisfactionReportPageQuery['satisfactionReport'];
type Key = keyof (typeof SATISFACTION_MESSAGES)['id'];
type ProfileRow = Report['profile']['sex'][number];

/** NRR runs 1–4 (PermenPANRB 14/2017); the converted IKM 25–100. */
const NRR_DOMAIN = { min: 1, max: 4 };
const IKM_DOMAIN = { min: 25, max: 100 };
const IKM_TICKS = [25, 50, 75, 100];

/** The nine elements' NRR as SVG bars from libs/charts (the PDF report draws the same layout), the weakest emphasised. */
function ElementChart({ report, t, lang }: { report: Report; t: T<Key>; lang: Lang }) {
  const summary = t('satElementsChart', {
    list: report.elements.map((e) => `${e.code} ${e.nrr === null || e.nrr === undefined ? '–' : decimal(e.nrr, lang)}`).join(', '),
  });
  return (
    <BarChart
      className="element-chart"
      rows={report.elements.map((e) => ({ label: e.code, value: e.nrr ?? null, highlight: e.code === report.weakestElement }))}
      options={{ domain: NRR_DOMAIN, rowHeight: 26, labelWidth: () => 44, valueWidth: 48, ticks: [1, 2, 3, 4], axisHeight: 22 }}
      summary={summary}
      format={(n) => decimal(n, lang)}
      highlightColour="#b45309"
    />
  );
}

function ProfileTable({ caption, rows, t, lang }: { caption: string; rows: ProfileRow[]; t: T<Key>; lang: Lang }) {
  return (
    <table className="profile">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{caption}</th>
          <th scope="col">{t('satColCount')}</th>
          <th scope="col">{t('satColPercent')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td>{r.count}</td>
            <td>{decimal(r.percent, lang, 1)}%</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ReportView({ report, t, lang }: { report: Report; t: T<Key>; lang: Lang }) {
  const weakest = report.elements.find((e) => e.code === report.weakestElement);
  const fmt = (n: number | null | undefined, places = 2) => (n === null || n === undefined ? '–' : decimal(n, lang, places));
  return (
    <>
      <dl className="sat-figures">
        <div>
          <dt>{t('satIkm')}</dt>
          <dd>{fmt(report.ikmConverted)}</dd>
        </div>
        <div>
          <dt>{t('satMutu')}</dt>
          <dd>{report.mutu ?? '–'}</dd>
        </div>
        <div>
          <dt>{t('satKinerja')}</dt>
          <dd>{report.kinerja ?? '–'}</dd>
        </div>
        <div>
          <dt>{t('satRespondents')}</dt>
          <dd>{report.respondents}</dd>
        </div>
      </dl>
      {weakest ? (
        <p className="weakest" role="note">
          {t('satWeakest', { code: weakest.code, label: weakest.label, nrr: fmt(weakest.nrr) })}{' '}
          <Link to="/follow-up">{t('satLinkFollowUp')}</Link>
        </p>
      ) : null}

      <h3>{t('satElementsHeading')}</h3>
      <ElementChart report={report} t={t} lang={lang} />
      <table>
        <thead>
          <tr>
            <th scope="col">{t('satColElement')}</th>
            <th scope="col">{t('satColRespondents')}</th>
            <th scope="col">{t('satColNrr')}</th>
            <th scope="col">{t('satColWeighted')}</th>
          </tr>
        </thead>
        <tbody>
          {report.elements.map((e) => (
            <tr key={e.code} className={e.code === report.weakestElement ? 'weakest-row' : undefined}>
              <th scope="row">
                {e.code} {e.label}
              </th>
              <td>{e.respondents}</td>
              <td>{fmt(e.nrr)}</td>
              <td>{fmt(e.weightedNrr, 3)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('satTrendHeading')}</h3>
      <TrendChart
        points={report.trend.map((p) => ({ label: p.periodName, value: p.ikmConverted ?? null }))}
        label={t('satTrendChart', { list: report.trend.map((p) => `${p.periodName} ${fmt(p.ikmConverted)} ${p.mutu ?? ''}`).join(', ') })}
        format={(n) => fmt(n)}
        domain={IKM_DOMAIN}
        ticks={IKM_TICKS}
      />
      <table>
        <thead>
          <tr>
            <th scope="col">{t('satColPeriod')}</th>
            <th scope="col">{t('satRespondents')}</th>
            <th scope="col">{t('satIkm')}</th>
            <th scope="col">{t('satMutu')}</th>
          </tr>
        </thead>
        <tbody>
          {report.trend.map((p) => (
            <tr key={p.periodId}>
              <th scope="row">{p.periodName}</th>
              <td>{p.respondents}</td>
              <td>{fmt(p.ikmConverted)}</td>
              <td>{p.mutu ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('satProfileHeading')}</h3>
      <div className="profiles">
        <ProfileTable caption={t('satAgeBands')} rows={report.profile.ageBands} t={t} lang={lang} />
        <ProfileTable caption={t('satSex')} rows={report.profile.sex} t={t} lang={lang} />
        <ProfileTable caption={t('satEducation')} rows={report.profile.education} t={t} lang={lang} />
        <ProfileTable caption={t('satOccupation')} rows={report.profile.occupation} t={t} lang={lang} />
      </div>

      <h3>{t('satQuickHeading')}</h3>
      <p>{report.quickCount ? t('satQuickBody', { n: report.quickCount, mean: fmt(report.quickMean) }) : t('satQuickNone')}</p>
    </>
  );
}

/**
 * Service satisfaction for unit heads and ADMIN: a service point's IKM in a period with the nine
 * elements as bars (the weakest named), the trend over the last periods, the respondent profile
 * tabulated as the regulation's report does, and the kiosk's quick figure; links to the citizens'
 * comments, the follow-up plan and the PDF report.
 */
export function SatisfactionPage() {
  const { t, lang } = useT(SATISFACTION_MESSAGES);
  useTitle(t('satHeading'));
  const [servicePointId, setServicePointId] = useState('');
  const [periodId, setPeriodId] = useState('');
  const q = useGqlQuery(SATISFACTION_REPORT, { servicePointId, periodId }, { enabled: Boolean(servicePointId && periodId) });
  const report = q.data?.satisfactionReport;
  return (
    <section className="satisfaction">
      <h2>{t('satHeading')}</h2>
      <p>{t('satIntro')}</p>
      <div className="filters">
        <ServicePointPicker id="sat-point" value={servicePointId} onChange={setServicePointId} />
        <PeriodPicker id="sat-period" value={periodId} onChange={setPeriodId} />
      </div>
      <p className="links">
        <Link to="/comments">{t('satLinkComments')}</Link> · <Link to="/reports">{t('satLinkReport')}</Link>
      </p>
      {q.error ? (
        <div>
          <ErrorLine error={q.error} />
          <button onClick={() => void q.refetch()}>{t('retry')}</button>
        </div>
      ) : q.isFetching && !report ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : report ? (
        report.respondents === 0 && report.quickCount === 0 ? (
          <p className="empty">{t('satNoRatings')}</p>
        ) : (
          <ReportView report={report} t={t} lang={lang} />
        )
      ) : null}
    </section>
  );
}
