import { useState } from 'react';
import { roundHalfAwayFromZero } from '../../../../../../libs/scoring/src/rounding';
import { type Lang, useT } from '../../../shared/i18n';
import { graphql, useGqlQuery } from '../../graphql';
import { label, PREDIKAT_LABEL } from '../../messages';
import { PeriodSelect } from '../common/PeriodSelect';
import { QueryState } from '../common/QueryState';
import { UnitSelect } from '../rounds/UnitSelect';
import { CsvDownload } from './CsvDownload';
import { RECOGNITION_MESSAGES } from './recognitionMessages';

const AWARD_CANDIDATES = graphql(`
  query AdminAwardCandidates($periodId: ID!, $unitId: ID, $limit: Int!) {
    awardCandidates(periodId: $periodId, unitId: $unitId, limit: $limit) {
      roundsConsidered
      eligible
      rule {
        minPeers
      }
      candidates {
        rank
        roundId
        employeeName
        employeeNip
        position
        unitName
        predikat
        perilakuScore
        hasilKerjaScore
        reasons {
          source
          count
          score
          weight
        }
      }
    }
  }
`);

const LIMITS = [5, 10, 20, 50];

export const num = (n: number | null | undefined, lang: Lang) => {
  if (n === null || n === undefined) return '—';
  const text = roundHalfAwayFromZero(n, 2).toFixed(2);
  return lang === 'id' ? text.replace('.', ',') : text;
};

/** Lesson hours as written: whole hours plain, else one decimal (8,5 jam). */
export const hoursText = (h: number, lang: Lang) => {
  const text = Number.isInteger(h) ? String(h) : h.toFixed(1);
  return lang === 'id' ? text.replace('.', ',') : text;
};

/** Penghargaan (/app/admin/awards): a period's award candidates in a unit tree, with their reasons; CSV for the decision. */
export function AwardsPage() {
  const { t, lang } = useT(RECOGNITION_MESSAGES);
  const [periodId, setPeriodId] = useState('');
  const [unitId, setUnitId] = useState('');
  const [limit, setLimit] = useState(10);
  const q = useGqlQuery(AWARD_CANDIDATES, { periodId, unitId: unitId || null, limit }, { enabled: Boolean(periodId) });
  const data = q.data?.awardCandidates;
  return (
    <section aria-labelledby="awards-heading">
      <h2 id="awards-heading">{t('awardsHeading')}</h2>
      <p>{t('awardsIntro')}</p>
      <PeriodSelect id="awards-period" value={periodId} onChange={setPeriodId} />
      {periodId ? (
        <div className="row">
          <UnitSelect id="awards-unit" label={t('scope')} value={unitId} onChange={setUnitId} anyLabel={t('wholeAgency')} />
          <div>
            <label className="block" htmlFor="awards-limit">
              {t('limit')}
            </label>
            <select id="awards-limit" className="field" value={limit} onChange={(e) => setLimit(Number(e.target.value))}>
              {LIMITS.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          </div>
        </div>
      ) : null}
      {periodId ? (
        <QueryState loading={q.isPending} error={q.error} empty={false} emptyText="" onRetry={() => void q.refetch()}>
          {data ? (
            <>
              <p className="hint">{t('rule', { minPeers: data.rule.minPeers })}</p>
              <p role="status">{t('considered', { rounds: data.roundsConsidered, eligible: data.eligible })}</p>
              <CsvDownload path="/api/awards.csv" params={{ periodId, unitId, limit: String(limit) }} fileName="penghargaan.csv" />
              {data.candidates.length ? (
                <div className="table-scroll" role="region" aria-labelledby="awards-heading" tabIndex={0}>
                  <table className="team">
                    <thead>
                      <tr>
                        <th scope="col">{t('colRank')}</th>
                        <th scope="col">{t('colEmployee')}</th>
                        <th scope="col">{t('colUnit')}</th>
                        <th scope="col">{t('colPredikat')}</th>
                        <th scope="col">{t('colPerilaku')}</th>
                        <th scope="col">{t('colHasilKerja')}</th>
                        <th scope="col">{t('colReasons')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.candidates.map((c) => (
                        <tr key={c.roundId}>
                          <td>{c.rank}</td>
                          <th scope="row">
                            {c.employeeName}
                            <br />
                            <span className="where">
                              {c.employeeNip} · {c.position}
                            </span>
                          </th>
                          <td>{c.unitName}</td>
                          <td>{label(PREDIKAT_LABEL, c.predikat, lang, true)}</td>
                          <td>{num(c.perilakuScore, lang)}</td>
                          <td>{num(c.hasilKerjaScore, lang)}</td>
                          <td>
                            <ul>
                              {c.reasons.map((r) => (
                                <li key={r.source}>
                                  {t('reason', {
                                    source: t(`src${r.source}` as 'srcPEER'),
                                    score: num(r.score, lang),
                                    count: r.count,
                                    weight: num(r.weight, lang),
                                  })}
                                </li>
                              ))}
                            </ul>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : (
                <p className="empty">{t('noCandidates')}</p>
              )}
            </>
          ) : null}
        </QueryState>
      ) : null}
    </section>
  );
}
