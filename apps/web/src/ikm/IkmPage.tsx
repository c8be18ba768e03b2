import { gql } from '../shared/gql';
import { PublicLoadScreen, usePublicLoad } from '../shared/public-load';
import { Lang, T, useT, useTitle } from '../shared/i18n';
import { LangSwitch } from '../shared/LangSwitch';
import { day, decimal, grade, moment } from './format';
import { ELEMENT_GLOSS, IKM_MESSAGES, PUBLIC_SATISFACTION, PublicPeriod, PublicSatisfaction } from './messages';
import { TableHead } from '../shared/TableHead';

type Key = keyof (typeof IKM_MESSAGES)['id'];

function respondents(n: number, t: T<Key>): string {
  return n === 1 ? t('respondent1') : t('respondents', { n });
}

/** An element's official name, with the English gloss in English. */
function elementName(e: { code: string; name: string }, lang: Lang): string {
  return lang === 'en' && ELEMENT_GLOSS[e.code] ? `${e.name} (${ELEMENT_GLOSS[e.code]})` : e.name;
}

/** The nine elements as bars, each with its NRR as text; the weakest one marked and named above. */
function Elements({ period, t, lang }: { period: PublicPeriod; t: T<Key>; lang: Lang }) {
  const weak = period.elements.filter((e) => period.weakest.includes(e.code));
  return (
    <section aria-labelledby="elements-heading">
      <h2 id="elements-heading">{t('elements')}</h2>
      <p className="hint">{t('elementsHint')}</p>
      {weak.length ? (
        <p className="needs-work">
          {t('weakest', { names: weak.map((e) => `${e.code} ${elementName(e, lang)} (${decimal(e.nrr, lang)})`).join('; ') })}
        </p>
      ) : null}
      <ul className="bars">
        {period.elements.map((e) => {
          const isWeak = period.weakest.includes(e.code);
          return (
            <li key={e.code} className={isWeak ? 'weak' : undefined}>
              <div className="bar-label">
                <span>
                  <b>{e.code}</b> {elementName(e, lang)}
                  {isWeak ? <span className="tag">{t('lowest')}</span> : null}
                </span>
                <span className="bar-value">
                  {decimal(e.nrr, lang)}
                  <span className="sr"> {t('outOf4')}</span>
                </span>
              </div>
              <div className="bar" aria-hidden="true">
                <div style={{ width: `${(Math.min(Math.max(e.nrr, 0), 4) / 4) * 100}%` }} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The public page of a service point's IKM (/ikm/<servicePointId>): no login, phone-first. */
export function IkmPage({ servicePointId }: { servicePointId: string }) {
  const { t, lang } = useT(IKM_MESSAGES);
  const { state, reload } = usePublicLoad(
    () =>
      gql<{ publicServicePointSatisfaction: PublicSatisfaction }>(PUBLIC_SATISFACTION, { s: servicePointId }).then(
        (d) => d.publicServicePointSatisfaction,
      ),
    servicePointId,
  );
  useTitle(state.step === 'ready' ? t('titleFor', { name: state.data.servicePointName }) : t('pageTitle'));

  if (state.step !== 'ready') {
    const words = { kicker: t('kicker'), loading: t('loading'), notFound: t('notFound'), failed: t('failed'), retry: t('retry') };
    return <PublicLoadScreen state={state} onRetry={reload} words={words} />;
  }

  const { data } = state;
  const at = data.periods.findIndex((p) => p.respondents > 0 && p.ikmConverted !== null);
  const latest = at >= 0 ? data.periods[at] : null;
  const earlier = at >= 0 ? data.periods.slice(at + 1).filter((p) => p.respondents > 0) : [];
  return (
    <main className="ikm">
      <LangSwitch />
      <p className="kicker">{t('kicker')}</p>
      <h1>
        {data.servicePointName}, {data.unitName}
      </h1>
      <p className="where">{data.agencyName}</p>
      {latest ? (
        <>
          <section className="card" aria-labelledby="latest-heading">
            <h2 id="latest-heading">{t('latest', { period: latest.name })}</h2>
            <p className="hint">{t('range', { from: day(latest.startsOn, lang), to: day(latest.endsOn, lang) })}</p>
            <div className="score">
              <p className="figure">
                <span className="label">{t('ikm')}</span>
                <span className="value">{decimal(latest.ikmConverted as number, lang)}</span> <span className="unit">{t('outOf100')}</span>
              </p>
              <p className="figure">
                <span className="label">{t('mutu')}</span>
                <span className="grade">{grade(latest, lang)}</span>
              </p>
            </div>
            <p className="respondents">{respondents(latest.respondents, t)}</p>
            {latest.quickCount > 0 && latest.quickMean !== null ? (
              <p className="hint">{t('quick', { n: latest.quickCount, mean: decimal(latest.quickMean, lang) })}</p>
            ) : null}
            <p className="hint">{t('updated', { when: moment(latest.updatedAt, lang) })}</p>
          </section>
          <Elements period={latest} t={t} lang={lang} />
          {earlier.length ? (
            <section aria-labelledby="earlier-heading">
              <h2 id="earlier-heading">{t('earlier')}</h2>
              <table className="periods">
                <TableHead columns={[t('colPeriod'), t('colIkm'), t('colMutu'), t('colRespondents')]} />
                <tbody>
                  {earlier.map((p) => (
                    <tr key={p.periodId}>
                      <th scope="row">{p.name}</th>
                      <td>{p.ikmConverted === null ? '—' : decimal(p.ikmConverted, lang)}</td>
                      <td>{grade(p, lang)}</td>
                      <td>{p.respondents}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
        </>
      ) : (
        <div className="notice empty" role="status">
          <p>
            <b>{t('empty')}</b>
          </p>
          <p>{t('emptyHint')}</p>
        </div>
      )}
      <p className="explain">{t('explain')}</p>
    </main>
  );
}
