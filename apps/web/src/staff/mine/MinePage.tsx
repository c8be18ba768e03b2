import { useT } from '../../shared/i18n';
import { graphql, useGqlQuery } from '../graphql';
import { errorText, label, PREDIKAT_LABEL, RATING_LABEL, STAFF_MESSAGES, STATUS_LABEL } from '../messages';
import { Nominations } from '../mine/Nominations';
import { useMe } from '../app/me';
import { RoundReportButton } from '../reports/RoundReportButton';

const fmt = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : (Math.round(n * 100 + Number.EPSILON * Math.sign(n)) / 100).toFixed(2);

/** feedback.submitted is null for peers and subordinates below the anonymity minimum. */
const MY_ROUNDS = graphql(`
  query MyRounds {
    myRounds {
      id
      status
      period {
        name
      }
      progress {
        peersApproved
        nominationsPending
      }
      peerNominations {
        id
        reviewerId
        reviewerName
        reviewerPosition
        state
        nominatedByMe
        createdAt
      }
      result {
        predikat
        perilakuScore
        perilakuRating
        hasilKerjaRating
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
`);

/** Nominations are decided by the supervisor meanwhile: keep the statuses current. */
const REFRESH_MS = 4000;

/** My rounds and results (/app/mine). */
export function MinePage() {
  const { t, lang } = useT(STAFF_MESSAGES);
  const me = useMe();
  const query = useGqlQuery(MY_ROUNDS, {}, { refetchInterval: REFRESH_MS });
  const rounds = query.data?.myRounds;
  const failed = query.error;
  if (failed && !rounds)
    return (
      <p className="err" role="alert">
        {errorText(failed, t, lang)}
      </p>
    );
  if (!rounds) return <p aria-busy="true">{t('loading')}</p>;
  if (!rounds.length)
    return (
      <section>
        <p>{t('noRounds')}</p>
      </section>
    );
  return (
    <section>
      {rounds.map((r) => (
        <article key={r.id} className="notice">
          <h2>
            {r.period.name} · {label(STATUS_LABEL, r.status, lang)}
          </h2>
          {r.result ? (
            <p>
              {t('predikatLine')}
              <strong>{label(PREDIKAT_LABEL, r.result.predikat, lang, true)}</strong> ·{' '}
              {t('resultLine', {
                score: fmt(r.result.perilakuScore),
                rating: label(RATING_LABEL, r.result.perilakuRating, lang),
                hasilKerja: label(RATING_LABEL, r.result.hasilKerjaRating, lang),
              })}
            </p>
          ) : (
            <p>{t('resultLater')}</p>
          )}
          {r.status === 'SCORED' ? <RoundReportButton roundId={r.id} name={`${me.name} · ${r.period.name}`} /> : null}
          {r.status === 'OPEN' ? (
            <Nominations me={{ id: me.id, supervisorId: me.supervisor?.id ?? null }} round={r} />
          ) : null}
          {r.feedback?.map((f) => (
            <div key={f.relation}>
              <h3>
                {t(`rel${f.relation}` as 'relPEER')}
                {f.submitted === null ? null : ` (${f.submitted})`}
              </h3>
              {f.submitted === null ? <p className="where">{t('hiddenBelowMin')}</p> : null}
              {!f.commentsVisible ? <p className="where">{t('anonymity')}</p> : null}
              <ul>
                {f.comments.map((c, i) => (
                  <li key={i}>
                    {c.strengths ? <>👍 {c.strengths} </> : null}
                    {c.improvements ? <>💡 {c.improvements}</> : null}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </article>
      ))}
    </section>
  );
}
