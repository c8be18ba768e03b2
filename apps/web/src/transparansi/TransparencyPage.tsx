import { lineChart } from '../../../../libs/charts/src/line-chart';
import { gql } from '../shared/gql';
import { PublicLoadScreen, usePublicLoad } from '../shared/public-load';
import { Lang, T, useT, useTitle } from '../shared/i18n';
import { LangSwitch } from '../shared/LangSwitch';
import { TableHead } from '../shared/TableHead';
import { day, decimal, grade } from '../ikm/format';
import { PUBLIC_TRANSPARENCY, PublicTransparency, TRANSPARENCY_MESSAGES, TransparencyPeriod } from './messages';

type Key = keyof (typeof TRANSPARENCY_MESSAGES)['id'];

/** The trend as a small line chart (libs/charts geometry) with the same figures in a table for screen readers and print. */
function Trend({ name, trend, t, lang }: { name: string; trend: TransparencyPeriod[]; t: T<Key>; lang: Lang }) {
  const chart = lineChart(
    trend.map((p) => ({ label: p.name, value: p.ikmConverted })),
    { width: 320, height: 120, domain: { min: 25, max: 100 }, ticks: [25, 50, 75, 100], left: 30 },
  );
  return (
    <figure className="trend">
      <svg viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-label={t('trend', { name })} focusable="false">
        {chart.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={chart.plot.x} x2={chart.plot.x + chart.plot.width} y1={tick.at} y2={tick.at} className="grid" />
            <text x={chart.plot.x - 4} y={tick.at + 4} textAnchor="end" className="tick">
              {tick.value}
            </text>
          </g>
        ))}
        <path d={chart.path} className="line" fill="none" />
        {chart.points.map((p) => (p.y === null ? null : <circle key={p.label} cx={p.x} cy={p.y} r={3} className="dot" />))}
      </svg>
      <figcaption className="sr">{t('trendCaption')}</figcaption>
      <table className="periods compact">
        <TableHead columns={[t('colPeriod'), t('colIkm'), t('colMutu')]} />
        <tbody>
          {trend.map((p) => (
            <tr key={p.periodId}>
              <th scope="row">{p.name}</th>
              <td>{p.ikmConverted === null ? '—' : decimal(p.ikmConverted, lang)}</td>
              <td>{p.mutu ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** The public transparency page of an agency (/transparansi/<agencyId>): no login, phone-first. */
export function TransparencyPage({ agencyId }: { agencyId: string }) {
  const { t, lang } = useT(TRANSPARENCY_MESSAGES);
  const { state, reload } = usePublicLoad(
    () => gql<{ publicTransparency: PublicTransparency }>(PUBLIC_TRANSPARENCY, { a: agencyId }).then((d) => d.publicTransparency),
    agencyId,
  );
  useTitle(state.step === 'ready' ? t('titleFor', { name: state.data.agencyName }) : t('pageTitle'));

  if (state.step !== 'ready') {
    const words = { kicker: t('kicker'), loading: t('loading'), notFound: t('notFound'), failed: t('failed'), retry: t('retry') };
    return <PublicLoadScreen state={state} onRetry={reload} words={words} />;
  }

  const { data } = state;
  return (
    <main className="ikm transparency">
      <LangSwitch />
      <p className="kicker">{t('kicker')}</p>
      <h1>{data.agencyName}</h1>
      <p className="where">{t('intro')}</p>
      <section aria-labelledby="units-heading">
        <h2 id="units-heading">{t('units')}</h2>
        {data.units.length ? (
          <ul className="units">
            {data.units.map((u) => (
              <li key={u.unitId} className="card">
                <h3>{u.unitName}</h3>
                <p className="hint">
                  {t('latest', { period: u.latest.name })}
                  {u.latest.startsOn && u.latest.endsOn ? ` (${day(u.latest.startsOn, lang)} – ${day(u.latest.endsOn, lang)})` : ''}
                </p>
                <div className="score">
                  <p className="figure">
                    <span className="label">{t('ikm')}</span>
                    <span className="value">{u.latest.ikmConverted === null ? '—' : decimal(u.latest.ikmConverted, lang)}</span>{' '}
                    <span className="unit">{t('outOf100')}</span>
                  </p>
                  <p className="figure">
                    <span className="label">{t('mutu')}</span>
                    <span className="grade">{grade(u.latest, lang)}</span>
                  </p>
                </div>
                <p className="respondents">{t('respondents', { n: u.latest.respondents })}</p>
                {u.trend.length > 1 ? <Trend name={u.unitName} trend={u.trend} t={t} lang={lang} /> : null}
              </li>
            ))}
          </ul>
        ) : (
          <div className="notice empty" role="status">
            <p>
              <b>{t('noUnits')}</b>
            </p>
            <p>{t('noUnitsHint')}</p>
          </div>
        )}
      </section>
      <section aria-labelledby="follow-ups-heading">
        <h2 id="follow-ups-heading">{t('followUps')}</h2>
        <p className="hint">{t('followUpsHint')}</p>
        {data.followUps.length ? (
          <ul className="follow-ups">
            {data.followUps.map((a) => (
              <li key={a.id} className="card">
                <p className="fu-head">
                  <span className={`fu-status ${a.status.toLowerCase()}`}>{t(a.status)}</span>{' '}
                  <span className="hint">
                    {t('colDue')}: {day(a.dueOn, lang)}
                  </span>
                </p>
                <p className="fu-action">{a.action}</p>
                <dl className="fu-facts">
                  <dt>{t('colElement')}</dt>
                  <dd>
                    {a.elementCode} {a.elementName}
                  </dd>
                  <dt>{t('colWhere')}</dt>
                  <dd>
                    {a.servicePointName}, {a.unitName} · {a.periodName}
                  </dd>
                </dl>
              </li>
            ))}
          </ul>
        ) : (
          <p className="notice empty" role="status">
            {t('noFollowUps')}
          </p>
        )}
      </section>
      <p className="explain">{t('explain')}</p>
    </main>
  );
}
