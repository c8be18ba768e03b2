import { useState, type FormEvent } from 'react';
import { useT } from '../../../shared/i18n';
import type { PeriodKind } from '../../gql/graphql';
import { graphql, useGqlMutation } from '../../graphql';
import { ErrorLine } from '../common/QueryState';
import { PERIOD_MESSAGES, type PeriodKey } from './periodMessages';

const CREATE_PERIOD = graphql(`
  mutation AdminCreatePeriod($input: CreatePeriodInput!) {
    createPeriod(input: $input) {
      id
      name
    }
  }
`);

const KINDS: PeriodKind[] = ['QUARTERLY', 'MONTHLY', 'ANNUAL'];
const EMPTY = { name: '', kind: 'QUARTERLY' as PeriodKind, startsOn: '', endsOn: '', reviewDeadline: '' };

/** Creating a period; the server checks the dates (and says what is wrong). */
export function CreatePeriodForm() {
  const { t } = useT(PERIOD_MESSAGES);
  const [form, setForm] = useState(EMPTY);
  const [missing, setMissing] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const create = useGqlMutation(CREATE_PERIOD, ['AdminPeriods']);
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setCreated(null);
    const incomplete = !form.name.trim() || !form.startsOn || !form.endsOn;
    setMissing(incomplete);
    if (incomplete) return;
    create.mutate(
      { input: { ...form, name: form.name.trim(), reviewDeadline: form.reviewDeadline || null } },
      {
        onSuccess: (d) => {
          setCreated(d.createPeriod.name);
          setForm(EMPTY);
        },
      },
    );
  };
  const field = (key: 'startsOn' | 'endsOn' | 'reviewDeadline', hint?: string) => (
    <div className="grow">
      <label className="block" htmlFor={`period-${key}`}>
        {t(key)}
      </label>
      <input
        id={`period-${key}`}
        className="field"
        type="date"
        value={form[key]}
        onChange={set(key)}
        aria-describedby={hint}
        required={key !== 'reviewDeadline'}
      />
    </div>
  );
  return (
    <form className="admin-section admin-form" onSubmit={submit} aria-labelledby="period-create" noValidate>
      <h3 id="period-create">{t('createHeading')}</h3>
      <label className="block" htmlFor="period-name">
        {t('name')}
      </label>
      <input
        id="period-name"
        className="field"
        value={form.name}
        onChange={set('name')}
        aria-describedby="period-name-hint"
        required
        maxLength={100}
      />
      <p id="period-name-hint" className="hint">
        {t('nameHint')}
      </p>
      <label className="block" htmlFor="period-kind">
        {t('kind')}
      </label>
      <select id="period-kind" className="field" value={form.kind} onChange={set('kind')}>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kind${k}` as PeriodKey)}
          </option>
        ))}
      </select>
      <div className="row">
        {field('startsOn')}
        {field('endsOn')}
      </div>
      {field('reviewDeadline', 'period-deadline-hint')}
      <p id="period-deadline-hint" className="hint">
        {t('deadlineHint')}
      </p>
      {missing ? (
        <p className="err" role="alert">
          {t('missing')}
        </p>
      ) : (
        <ErrorLine error={create.error} />
      )}
      {created ? (
        <p className="notice ok" role="status">
          {t('created', { name: created })}
        </p>
      ) : null}
      <p>
        <button type="submit" disabled={create.isPending} aria-busy={create.isPending}>
          {create.isPending ? t('creating') : t('create')}
        </button>
      </p>
    </form>
  );
}
