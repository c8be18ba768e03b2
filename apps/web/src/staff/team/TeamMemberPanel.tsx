import { useEffect, useRef } from 'react';
import { useT } from '../../shared/i18n';
import { TableHead } from '../../shared/TableHead';
import { graphql, useGqlQuery } from '../graphql';
import { errorText, label, PREDIKAT_LABEL, RATING_LABEL, STAFF_MESSAGES, STATUS_LABEL } from '../messages';
import { DASHBOARD_MESSAGES, DashboardKey } from './dashboardMessages';
import { fmt2 } from './TeamDashboardPage';

const TEAM_MEMBER = graphql(`
  query TeamMember($r: ID!) {
    teamMember(roundId: $r) {
      roundId
      employeeName
      employeeNip
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
      sources {
        source
        count
        score
        counted
      }
      pendingReviewers {
        reviewerName
        relation
      }
    }
  }
`);

/** The drill-down of one person of the dashboard: their round's figures per source, as disclosed, and who has not reviewed. */
export function TeamMemberPanel({ roundId, name, onClose }: { roundId: string; name: string; onClose: () => void }) {
  const { t, lang } = useT(DASHBOARD_MESSAGES);
  const staff = useT(STAFF_MESSAGES).t;
  const query = useGqlQuery(TEAM_MEMBER, { r: roundId });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [roundId]);
  const m = query.data?.teamMember;
  return (
    <section className="member-panel" aria-labelledby="member-heading">
      <div className="row">
        <h3 id="member-heading" tabIndex={-1} ref={heading}>
          {t('memberHeading', { name })}
        </h3>
        <button type="button" className="secondary" onClick={onClose}>
          {t('memberClose')}
        </button>
      </div>
      {query.error ? (
        <p className="err" role="alert">
          {errorText(query.error, staff, lang)}
        </p>
      ) : !m ? (
        <p aria-busy="true">{t('memberLoading')}</p>
      ) : (
        <>
          <p className="where">
            {m.employeeNip} · {t('position', { position: m.position, unit: m.unitName })}
          </p>
          <dl className="dashboard-totals">
            <div>
              <dt>{t('colStatus')}</dt>
              <dd>{label(STATUS_LABEL, m.status, lang)}</dd>
            </div>
            <div>
              <dt>{t('colReviews')}</dt>
              <dd>
                {m.reviewsSubmitted === null ? <abbr title={t('hidden')}>–</abbr> : m.reviewsSubmitted}/{m.reviewsExpected}
              </dd>
            </div>
            <div>
              <dt>{t('colPerilaku')}</dt>
              <dd>
                {fmt2(m.perilakuScore)} {m.perilakuRating ? `(${label(RATING_LABEL, m.perilakuRating, lang)})` : ''}
              </dd>
            </div>
            <div>
              <dt>{t('colHasilKerja')}</dt>
              <dd>
                {m.hasilKerjaScore === null ? '' : fmt2(m.hasilKerjaScore)}{' '}
                {m.hasilKerjaRating ? `(${label(RATING_LABEL, m.hasilKerjaRating, lang)})` : '—'}
              </dd>
            </div>
            <div>
              <dt>{t('colPredikat')}</dt>
              <dd>{m.predikat ? label(PREDIKAT_LABEL, m.predikat, lang, true) : t('notScored')}</dd>
            </div>
          </dl>
          {m.sources.length ? (
            <div className="table-scroll" role="region" aria-label={t('sourcesCaption')} tabIndex={0}>
              <table className="team">
                <caption>{t('sourcesCaption')}</caption>
                <TableHead columns={[t('colSource'), t('colCount'), t('colScore'), t('colCounted')]} />
                <tbody>
                  {m.sources.map((s) => (
                    <tr key={s.source}>
                      <th scope="row">{t(`src${s.source}` as DashboardKey)}</th>
                      <td>{s.count}</td>
                      <td>{s.score === null ? <abbr title={t('hidden')}>–</abbr> : fmt2(s.score)}</td>
                      <td>{s.counted ? t('yes') : t('no')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>{t('noSources')}</p>
          )}
          {m.pendingReviewers.length ? (
            <p>
              {t('pendingOf', {
                names: m.pendingReviewers.map((p) => `${p.reviewerName} (${t(`rel${p.relation}` as DashboardKey)})`).join(', '),
              })}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
