import { FormEvent, useId, useState } from 'react';
import { useT } from '../../../shared/i18n';
import { useGqlMutation } from '../../graphql';
import { UnitSelect } from '../shared/pickers';
import { Done, ErrorLine } from '../shared/QueryState';
import { Choice } from '../shared/SearchSelect';
import { SETUP_MESSAGES } from './setupMessages';
import { CREATE_POINT, POINT_QUERIES } from './setupOperations';

/** A new service point: its name and the unit that owns it. */
export function ServicePointCreateForm() {
  const { t } = useT(SETUP_MESSAGES);
  const [name, setName] = useState('');
  const [unit, setUnit] = useState<Choice | null>(null);
  const [unitMissing, setUnitMissing] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const create = useGqlMutation(CREATE_POINT, POINT_QUERIES);
  const headingId = useId();
  const nameId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    setUnitMissing(!unit);
    if (!unit) return;
    create.mutate(
      { input: { name: name.trim(), unitId: unit.id } },
      {
        onSuccess: (d) => {
          setDone(t('created', { name: d.createServicePoint.name }));
          setName('');
        },
      },
    );
  };
  return (
    <form className="admin-section admin-form" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 id={headingId}>{t('createHeading')}</h3>
      <label className="block" htmlFor={nameId}>
        {t('name')}
      </label>
      <input id={nameId} className="field" value={name} onChange={(e) => setName(e.target.value)} />
      <UnitSelect label={t('unit')} value={unit} onChange={setUnit} />
      {unitMissing ? (
        <p className="err" role="alert">
          {t('unitRequired')}
        </p>
      ) : (
        <ErrorLine error={create.error} />
      )}
      <Done text={done} />
      <button type="submit" disabled={create.isPending}>
        {t('create')}
      </button>
    </form>
  );
}
