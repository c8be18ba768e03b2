import { useState } from 'react';
import { roundHalfAwayFromZero } from '../../../../../libs/scoring/src/rounding';
import { type Lang, useT } from '../../shared/i18n';
import { graphql, useGqlQuery } from '../graphql';
import type { MyResultsQuery } from '../gql/graphql';
import { errorText, label, PREDIKAT_LABEL, RATING_LABEL, STAFF_MESSAGES, VALUE_GLOSS } from '../messages';
import { RESULTS_MESSAGES } from './resultsMessages';
import { TrendChart } from './TrendChart';
import './results.css';

const MY_RESULTS = graphql(`
  query MyResults($page: PageInput) {
    myResults(page: $page) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        period {
          id
          name
          startsOn
          endsOn
        }
        result {
          predikat
          perilakuScore
          perilakuRating
          hasilKerjaScore
          hasilKerjaRating
          sources {
            source
            count
            score
            weight
            counted
            ci95 {
              low
              high
            }
            minimum
            status
          }
        }
        valueGaps {
          value
          self
          others
          gap
        }
        feedback {
          relation
          submitted
          commentsVisible
          comments {
            strengths
            improvements
          }
        }
      }
    }
  }
`);

type Round = MyResultsQuery['myResults']['nodes'][number];
type Source = NonNullable<Round['result']>['sources'][number];

/** Periods per page (the trend spans one page). */
const PAGE = 12;
/** The sources every round is expected to have; a missing one had no input at all. */
const EXPECTED = ['SUPERVISOR', 'PEER', 'PUBLIC'] as const;
const ORDER = ['SUPERVISOR', 'PEER', 'PUBLIC', 'SUBORDINATE', 'SELF'];
const VALUE_NAME: Record<string, string> = {
  BERORIENTASI_PELAYANAN: 'Berorientasi Pelayanan',
  AKUNTABEL: 'Akuntabel',
  KOMPETEN: 'Kompeten',
  HARMONIS: 'Harmonis',
  LOYAL: 'Loyal',
  ADAPTIF: 'Adaptif',
  KOLABORATIF: 'Kolaboratif',
};

function num(n: number | null | undefined, lang: Lang, places = 2): string {
  if (n === null || n === undefined) return '—';
  const text = roundHalfAwayFromZero(n, places).toFixed(places);
  return lang === 'id' ? text.replace('.', ',') : text;
}

/** My results (/app/mine/results): per scored period the predikat, each source, self versus others, feedback; the trend. */
export function MyResultsPage() {
  const { t, lang } = useT(RESULTS_MESSAGES);
  const staff = useT(STAFF_MESSAGES).t;
  // Cursors of the pages seen so far: the last one is the page shown.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors[cursors.length - 1];
  const query = useGqlQuery(MY_RESULTS, { page: { first: PAGE, after } });
  const data = query.data?.myResults;
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      {query.error && !data ? (
        <p className="err" role="alert">
          {errorText(query.error, staff, lang)}
        </p>
      ) : !data ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : !data.nodes.length ? (
        <p className="empty" role="status">
          {t('empty')}
        </p>
      ) : (
        <>
          <Trend rounds={data.nodes} />
          <p className="where">{t('pageOf', { n: data.totalCount })}</p>
          {data.nodes.map((r) => (
            <PeriodResult key={r.id} round={r} />
          ))}
          <div className="row">
            {cursors.length > 1 ? (
              <button type="button" className="secondary" onClick={() => setCursors(cursors.slice(0, -1))}>
                {t('newer')}
              </button>
            ) : null}
            {data.pageInfo.hasNextPage ? (
              <button type="button" className="secondary" onClick={() => setCursors([...cursors, data.pageInfo.endCursor ?? null])}>
                {t('older')}
              </button>
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}

function Trend({ rounds }: { rounds: Round[] }) {
  const { t, lang } = useT(RESULTS_MESSAGES);
  const points = [...rounds].reverse().map((r) => ({ label: r.period.name, value: r.result?.perilakuScore ?? null }));
  return (
    <section aria-labelledby="trend-heading" className="notice">
      <h3 id="trend-heading">{t('trendHeading')}</h3>
      <TrendChart
        points={points}
        format={(n) => num(n, lang, 1)}
        label={t('trendLabel', {
          points: points.map((p) => `${p.label} ${p.value === null ? t('noScore') : num(p.value, lang)}`).join('; '),
        })}
      />
      <details>
        <summary>{t('trendTable')}</summary>
        <table className="team">
          <thead>
            <tr>
              <th scope="col">{t('period')}</th>
              <th scope="col">{t('perilaku')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p, i) => (
              <tr key={i}>
                <td>{p.label}</td>
                <td>{num(p.value, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

function PeriodResult({ round }: { round: Round }) {
  const { t, lang } = useT(RESULTS_MESSAGES);
  const r = round.result;
  const headingId = `period-${round.id}`;
  if (!r) return null;
  const perilaku =
    r.perilakuScore === null || r.perilakuScore === undefined
      ? r.predikat
        ? t('noScore')
        : t('withheld')
      : `${num(r.perilakuScore, lang)} · ${label(RATING_LABEL, r.perilakuRating, lang)}`;
  return (
    <article className="notice" aria-labelledby={headingId}>
      <h3 id={headingId}>{round.period.name}</h3>
      <dl className="result-summary">
        <dt>{t('predikat')}</dt>
        <dd>
          <strong>{r.predikat ? label(PREDIKAT_LABEL, r.predikat, lang, true) : t('withheld')}</strong>
        </dd>
        <dt>{t('perilaku')}</dt>
        <dd>{perilaku}</dd>
        <dt>{t('hasilKerja')}</dt>
        <dd>
          {r.hasilKerjaScore === null || r.hasilKerjaScore === undefined ? '' : `${num(r.hasilKerjaScore, lang)} · `}
          {label(RATING_LABEL, r.hasilKerjaRating, lang)}
        </dd>
      </dl>
      <Sources sources={r.sources} headingId={`${headingId}-src`} />
      <Gaps gaps={round.valueGaps ?? []} headingId={`${headingId}-gap`} />
      <Feedback feedback={round.feedback ?? []} headingId={`${headingId}-fb`} />
    </article>
  );
}

function sourceNote(s: Source | undefined, source: string, t: ReturnType<typeof useT<keyof (typeof RESULTS_MESSAGES)['id']>>['t']): string {
  if (!s) return t('noInput');
  if (s.status === 'BELOW_MINIMUM')
    return t(source === 'PUBLIC' ? 'belowMinimumPublic' : 'belowMinimumPeople', { count: s.count, minimum: s.minimum });
  if (s.status === 'NOT_WEIGHTED') return t(source === 'SELF' ? 'notWeightedSelf' : 'notWeighted');
  return s.ci95 ? t('counted') : `${t('counted')} ${t('ciOne')}`;
}

function Sources({ sources, headingId }: { sources: Source[]; headingId: string }) {
  const { t, lang } = useT(RESULTS_MESSAGES);
  const keys = ORDER.filter((k) => (EXPECTED as readonly string[]).includes(k) || sources.some((s) => s.source === k));
  const anyLeftOut = keys.some((k) => {
    const s = sources.find((x) => x.source === k);
    return (EXPECTED as readonly string[]).includes(k) && (!s || s.status === 'BELOW_MINIMUM');
  });
  return (
    <>
      <h4 id={headingId}>{t('sourcesHeading')}</h4>
      <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
        <table className="team">
          <caption className="where">{t('sourcesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colSource')}</th>
              <th scope="col">{t('colN')}</th>
              <th scope="col">{t('colScore')}</th>
              <th scope="col">{t('colCi')}</th>
              <th scope="col">{t('colWeight')}</th>
              <th scope="col">{t('colNote')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => {
              const s = sources.find((x) => x.source === k);
              return (
                <tr key={k}>
                  <th scope="row">{t(`src${k}` as 'srcPEER')}</th>
                  <td>{s ? s.count : 0}</td>
                  <td>{num(s?.score, lang)}</td>
                  <td>{s?.ci95 ? `${num(s.ci95.low, lang)} – ${num(s.ci95.high, lang)}` : '—'}</td>
                  <td>{s?.counted ? num(s.weight, lang) : '0'}</td>
                  <td>{sourceNote(s, k, t)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {anyLeftOut ? <p className="where">{t('redistributed')}</p> : null}
    </>
  );
}

function Gaps({ gaps, headingId }: { gaps: NonNullable<Round['valueGaps']>; headingId: string }) {
  const { t, lang } = useT(RESULTS_MESSAGES);
  const hasSelf = gaps.some((g) => g.self !== null && g.self !== undefined);
  const name = (v: string) => (lang === 'en' && VALUE_GLOSS[v] ? `${VALUE_NAME[v]} (${VALUE_GLOSS[v]})` : (VALUE_NAME[v] ?? v));
  return (
    <>
      <h4 id={headingId}>{t('gapsHeading')}</h4>
      {!hasSelf ? <p className="where">{t('gapsNoSelf')}</p> : null}
      <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
        <table className="team">
          <caption className="where">{t('gapsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colValue')}</th>
              <th scope="col">{t('colSelf')}</th>
              <th scope="col">{t('colOthers')}</th>
              <th scope="col">{t('colGap')}</th>
            </tr>
          </thead>
          <tbody>
            {gaps.map((g) => (
              <tr key={g.value}>
                <th scope="row">{name(g.value)}</th>
                <td>{num(g.self, lang)}</td>
                <td>{num(g.others, lang)}</td>
                <td>{g.gap === null || g.gap === undefined ? '—' : `${g.gap > 0 ? '+' : ''}${num(g.gap, lang)}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Feedback({ feedback, headingId }: { feedback: NonNullable<Round['feedback']>; headingId: string }) {
  const { t } = useT(RESULTS_MESSAGES);
  const visible = feedback.filter((f) => f.relation !== 'SELF').flatMap((f) => (f.commentsVisible ? f.comments : []));
  const hidden = feedback.some((f) => !f.commentsVisible);
  const strengths = visible.map((c) => c.strengths).filter((s): s is string => Boolean(s));
  const improvements = visible.map((c) => c.improvements).filter((s): s is string => Boolean(s));
  return (
    <>
      <h4 id={headingId}>{t('feedbackHeading')}</h4>
      {hidden ? <p className="where">{t('commentsHidden')}</p> : null}
      <div className="two-col">
        <div>
          <h5>{t('strengths')}</h5>
          {strengths.length ? (
            <ul>
              {strengths.map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ul>
          ) : (
            <p className="where">{t('noComments')}</p>
          )}
        </div>
        <div>
          <h5>{t('improvements')}</h5>
          {improvements.length ? (
            <ul>
              {improvements.map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ul>
          ) : (
            <p className="where">{t('noComments')}</p>
          )}
        </div>
      </div>
    </>
  );
}
