import { useState, type FormEvent } from 'react';
import { useT } from '../../../shared/i18n';
import { TableHead } from '../../../shared/TableHead';
import type { AdminScoringPoliciesQuery, PolicySourceRuleInput } from '../../gql/graphql';
import { graphql, useGqlMutation } from '../../graphql';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ErrorLine } from '../common/QueryState';
import { INSTRUMENT_MESSAGES, type InstrumentKey } from './instrumentMessages';

const PUBLISH_POLICY = graphql(`
  mutation AdminPublishScoringPolicy($input: PublishScoringPolicyInput!) {
    publishScoringPolicy(input: $input) {
      version
      code
    }
  }
`);

type Current = AdminScoringPoliciesQuery['currentScoringPolicy'];

/** The next policy version, starting from the current one; the server checks the rules. */
export function PublishPolicyForm({ current, onPublished }: { current: Current; onPublished: (code: string) => void }) {
  const { t } = useT(INSTRUMENT_MESSAGES);
  const [code, setCode] = useState(current.code.replace(/_V\d+$/, ''));
  const [nums, setNums] = useState({
    anonymityMin: String(current.anonymityMin),
    capaianCap: String(current.capaianCap),
    perilakuSesuai: String(current.perilaku.sesuai),
    perilakuDiAtas: String(current.perilaku.diAtas),
    hasilSesuai: String(current.hasilKerja.sesuai),
    hasilDiAtas: String(current.hasilKerja.diAtas),
  });
  const [sources, setSources] = useState(
    current.sources.map((s) => ({ source: s.source, weight: String(s.weight), minCount: String(s.minCount) })),
  );
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const publish = useGqlMutation(PUBLISH_POLICY, ['AdminScoringPolicies']);
  const input = {
    code: code.trim(),
    anonymityMin: Number(nums.anonymityMin),
    capaianCap: Number(nums.capaianCap),
    perilaku: { sesuai: Number(nums.perilakuSesuai), diAtas: Number(nums.perilakuDiAtas) },
    hasilKerja: { sesuai: Number(nums.hasilSesuai), diAtas: Number(nums.hasilDiAtas) },
    sources: sources.map((s): PolicySourceRuleInput => ({ source: s.source, weight: Number(s.weight), minCount: Number(s.minCount) })),
    reason: reason.trim(),
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    publish.reset();
    setConfirming(true);
  };
  const num = (key: keyof typeof nums, step: string) => (
    <div className="grow" key={key}>
      <label className="block" htmlFor={`policy-${key}`}>
        {t(key)}
      </label>
      <input
        id={`policy-${key}`}
        className="field"
        type="number"
        step={step}
        inputMode="decimal"
        value={nums[key]}
        onChange={(e) => setNums((n) => ({ ...n, [key]: e.target.value }))}
      />
    </div>
  );
  const setSource = (i: number, patch: Partial<(typeof sources)[number]>) =>
    setSources((all) => all.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <form className="admin-form" onSubmit={submit} aria-labelledby="policy-new" noValidate>
      <h4 id="policy-new">{t('newPolicy')}</h4>
      <label className="block" htmlFor="policy-code">
        {t('code')}
      </label>
      <input id="policy-code" className="field" value={code} onChange={(e) => setCode(e.target.value.toUpperCase())} />
      <div className="row">
        {num('anonymityMin', '1')}
        {num('capaianCap', '0.01')}
      </div>
      <div className="row">
        {num('perilakuSesuai', '0.01')}
        {num('perilakuDiAtas', '0.01')}
      </div>
      <div className="row">
        {num('hasilSesuai', '0.01')}
        {num('hasilDiAtas', '0.01')}
      </div>
      <div className="table-scroll" role="region" aria-label={t('sourcesCaption')} tabIndex={0}>
        <table className="team">
          <caption className="sr">{t('sourcesCaption')}</caption>
          <TableHead columns={[t('colSource'), t('colWeight'), t('colMinCount')]} />
          <tbody>
            {sources.map((s, i) => {
              const name = t(`source${s.source}` as InstrumentKey);
              return (
                <tr key={s.source}>
                  <th scope="row">{name}</th>
                  <td>
                    <input
                      className="field"
                      type="number"
                      step="0.01"
                      aria-label={t('weightOf', { source: name })}
                      value={s.weight}
                      onChange={(e) => setSource(i, { weight: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      className="field"
                      type="number"
                      step="1"
                      aria-label={t('minCountOf', { source: name })}
                      value={s.minCount}
                      onChange={(e) => setSource(i, { minCount: e.target.value })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <label className="block" htmlFor="policy-reason">
        {t('reason')}
      </label>
      <textarea id="policy-reason" className="field" rows={3} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
      <ErrorLine error={publish.error} />
      <p>
        <button type="submit" disabled={publish.isPending}>
          {t('publishPolicy')}
        </button>
      </p>
      {confirming ? (
        <ConfirmDialog
          title={t('publishPolicyTitle', { code: input.code })}
          body={<p>{t('publishPolicyBody')}</p>}
          confirm={publish.isPending ? t('publishing') : t('publishPolicy')}
          busy={publish.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            publish.mutate(
              { input },
              {
                onSuccess: (d) => {
                  setReason('');
                  onPublished(d.publishScoringPolicy.code);
                },
                onSettled: () => setConfirming(false),
              },
            )
          }
        />
      ) : null}
    </form>
  );
}
