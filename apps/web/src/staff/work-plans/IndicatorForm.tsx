import { useEffect, useRef, useState } from 'react';
import { useT } from '../../shared/i18n';
import type { Aggregation, Direction, IndicatorSource } from '../gql/graphql';
import { useGqlMutation } from '../graphql';
import { Feedback, Indicator, Note, Plan } from './common';
import { METHODS, WP_MESSAGES, WpKey } from './workPlanMessages';
import { ADD_INDICATOR, PLAN_QUERIES, UPDATE_INDICATOR } from './workPlanOperations';

const EMPTY_INDICATOR = {
  name: '',
  unit: '',
  target: '',
  weight: '1',
  direction: 'HIGHER_IS_BETTER',
  aggregation: 'SUM',
  source: 'MANUAL',
  method: 'DATA_ANALYSIS',
};

/** Adds an indicator to a DRAFT plan, or replaces the fields of one. */
export function IndicatorForm({
  plan,
  editing,
  onDone,
  onCancel,
}: {
  plan: Plan;
  editing: Indicator | null;
  onDone: (note: Note) => void;
  onCancel: () => void;
}) {
  const { t } = useT(WP_MESSAGES);
  const [f, setF] = useState(EMPTY_INDICATOR);
  const [error, setError] = useState<unknown>(null);
  const add = useGqlMutation(ADD_INDICATOR, PLAN_QUERIES);
  const update = useGqlMutation(UPDATE_INDICATOR, PLAN_QUERIES);
  const busy = add.isPending || update.isPending;
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    setF(editing ? { ...editing, target: String(editing.target), weight: String(editing.weight) } : EMPTY_INDICATOR);
    setError(null);
    if (editing) nameRef.current?.focus();
  }, [editing]);
  const set = (k: keyof typeof EMPTY_INDICATOR) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const field = (k: keyof typeof EMPTY_INDICATOR) => `ind-${k}`;
  const select = (k: 'direction' | 'aggregation' | 'source' | 'method', label: WpKey, options: string[], prefix: string) => (
    <>
      <label className="block" htmlFor={field(k)}>
        {t(label)}
      </label>
      <select id={field(k)} className="field" value={f[k]} onChange={set(k)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {t(`${prefix}${o}` as WpKey)}
          </option>
        ))}
        {k === 'method' && !(METHODS as readonly string[]).includes(f.method) ? <option value={f.method}>{f.method}</option> : null}
      </select>
    </>
  );
  return (
    <form
      className="admin-form"
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        const target = Number(f.target.replace(',', '.'));
        const weight = Number(f.weight.replace(',', '.'));
        if (!(target > 0)) return setError({ wp: 'errNumber', params: { field: t('fTarget') } });
        if (!(weight > 0)) return setError({ wp: 'errNumber', params: { field: t('fWeight') } });
        const fields = {
          name: f.name,
          unit: f.unit,
          target,
          weight,
          direction: f.direction as Direction,
          aggregation: f.aggregation as Aggregation,
          source: f.source as IndicatorSource,
          method: f.method,
        };
        try {
          // mutateAsync resolves once the plan has refetched, so the notice describes what is on the page.
          if (editing) {
            await update.mutateAsync({ input: { indicatorId: editing.id, ...fields } });
            onDone({ key: 'indicatorSaved', params: { name: f.name.trim() } });
          } else {
            await add.mutateAsync({ input: { workPlanId: plan.id, ...fields } });
            setF(EMPTY_INDICATOR);
            onDone({ key: 'indicatorAdded', params: { name: f.name.trim() } });
          }
        } catch (err) {
          setError(err);
        }
      }}
    >
      <fieldset>
        <legend>{editing ? t('editIndicatorHeading', { name: editing.name }) : t('addIndicatorHeading')}</legend>
        <label className="block" htmlFor={field('name')}>
          {t('fName')}
        </label>
        <input
          ref={nameRef}
          id={field('name')}
          className="field"
          required
          minLength={3}
          maxLength={300}
          value={f.name}
          onChange={set('name')}
        />
        <div className="row">
          <span className="grow">
            <label className="block" htmlFor={field('unit')}>
              {t('fUnit')}
            </label>
            <input id={field('unit')} className="field" required maxLength={50} value={f.unit} onChange={set('unit')} />
          </span>
          <span className="grow">
            <label className="block" htmlFor={field('target')}>
              {t('fTarget')}
            </label>
            <input id={field('target')} className="field" required inputMode="decimal" value={f.target} onChange={set('target')} />
          </span>
          <span className="grow">
            <label className="block" htmlFor={field('weight')}>
              {t('fWeight')}
            </label>
            <input id={field('weight')} className="field" required inputMode="decimal" value={f.weight} onChange={set('weight')} />
          </span>
        </div>
        {select('direction', 'fDirection', ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'], 'dir')}
        {select('aggregation', 'fAggregation', ['SUM', 'AVERAGE', 'LAST'], 'agg')}
        {select('source', 'fSource', ['MANUAL', 'CITIZEN_SATISFACTION', 'SERVICE_COMPLETION_TIME'], 'src')}
        {select('method', 'fMethod', [...METHODS], 'method')}
        <Feedback notice={null} error={error} />
        <p className="row">
          <button type="submit" disabled={busy}>
            {editing ? t('saveIndicator') : t('addIndicator')}
          </button>
          {editing ? (
            <button type="button" className="secondary" onClick={onCancel}>
              {t('cancel')}
            </button>
          ) : null}
        </p>
      </fieldset>
    </form>
  );
}
