import { useState } from 'react';
import { useT } from '../../../shared/i18n';
import { TableHead } from '../../../shared/TableHead';
import { graphql, useGqlQuery } from '../../graphql';
import { QueryState } from '../common/QueryState';
import { INSTRUMENT_MESSAGES } from './instrumentMessages';
import { PublishPolicyForm } from './PublishPolicyForm';
import { day } from '../common/format';

export const SCORING_POLICIES = graphql(`
  query AdminScoringPolicies {
    scoringPolicies {
      version
      code
      isDefault
      publishedAt
      reason
      publishedBy {
        name
      }
    }
    currentScoringPolicy {
      version
      code
      anonymityMin
      capaianCap
      perilaku {
        sesuai
        diAtas
      }
      hasilKerja {
        sesuai
        diAtas
      }
      sources {
        source
        weight
        minCount
      }
    }
  }
`);

/** The scoring policy's versions, newest first, and publishing the next one. */
export function ScoringPolicySection() {
  const { t } = useT(INSTRUMENT_MESSAGES);
  const q = useGqlQuery(SCORING_POLICIES, {});
  const [published, setPublished] = useState<string | null>(null);
  const versions = [...(q.data?.scoringPolicies ?? [])].sort((a, b) => b.version - a.version);
  const current = q.data?.currentScoringPolicy;
  return (
    <section className="admin-section" aria-labelledby="policy-heading">
      <h3 id="policy-heading">{t('policyHeading')}</h3>
      <p className="hint">{t('policyHelp')}</p>
      <QueryState loading={q.isPending} error={q.error} empty={false} emptyText="" onRetry={() => void q.refetch()}>
        <div className="table-scroll" role="region" aria-label={t('versionsCaption')} tabIndex={0}>
          <table className="team">
            <caption className="sr">{t('versionsCaption')}</caption>
            <TableHead columns={[t('colVersion'), t('colCode'), t('colPublished'), t('colReason')]} />
            <tbody>
              {versions.map((v) => (
                <tr key={v.version}>
                  <th scope="row">
                    {v.version}
                    {v.version === current?.version ? <span className="badge ok">{t('current')}</span> : null}
                  </th>
                  <td>{v.code}</td>
                  <td>{v.isDefault ? t('projectDefault') : `${day(v.publishedAt)} · ${v.publishedBy?.name ?? ''}`}</td>
                  <td>{v.reason ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {published ? (
          <p className="notice ok" role="status">
            {t('policyPublished', { code: published })}
          </p>
        ) : null}
        {current ? <PublishPolicyForm current={current} onPublished={setPublished} /> : null}
      </QueryState>
    </section>
  );
}
