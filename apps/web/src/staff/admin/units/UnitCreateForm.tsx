import { FormEvent, useId, useState } from 'react';
import { useT } from '../../../shared/i18n';
import { useGqlMutation } from '../../graphql';
import { UnitSelect } from '../shared/pickers';
import { ErrorLine, Done } from '../shared/QueryState';
import { Choice } from '../shared/SearchSelect';
import { kindKey, SHARED_MESSAGES, UNIT_KINDS } from '../shared/sharedMessages';
import { UNIT_MESSAGES } from './unitMessages';
import { CREATE_UNIT, UNIT_QUERIES } from './unitOperations';

/** A new unit: name, kind and parent (the unit chosen in the tree unless another is picked). */
export function UnitCreateForm({ parent: initialParent }: { parent: Choice | null }) {
  const { t } = useT(UNIT_MESSAGES);
  const shared = useT(SHARED_MESSAGES).t;
  const [name, setName] = useState('');
  const [kind, setKind] = useState<(typeof UNIT_KINDS)[number]>('KECAMATAN');
  const [parent, setParent] = useState<Choice | null>(initialParent);
  const [problem, setProblem] = useState<'nameRule' | 'parentRequired' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const create = useGqlMutation(CREATE_UNIT, UNIT_QUERIES);
  const nameId = useId();
  const kindId = useId();
  const headingId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const trimmed = name.trim();
    const issue = trimmed.length < 2 || trimmed.length > 150 ? 'nameRule' : !parent ? 'parentRequired' : null;
    setProblem(issue);
    if (issue || !parent) return;
    create.mutate(
      { input: { name: trimmed, kind, parentId: parent.id } },
      {
        onSuccess: (d) => {
          setDone(t('created', { name: d.createUnit.name }));
          setName('');
        },
      },
    );
  };
  return (
    <form className="admin-section admin-form" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 id={headingId}>{t('createHeading')}</h3>
      <div className="row">
        <div className="grow">
          <label className="block" htmlFor={nameId}>
            {t('name')}
          </label>
          <input id={nameId} className="field" value={name} onChange={(e) => setName(e.target.value)} required maxLength={150} />
        </div>
        <div className="grow">
          <label className="block" htmlFor={kindId}>
            {shared('kind')}
          </label>
          <select id={kindId} className="field" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            {UNIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {shared(kindKey(k))}
              </option>
            ))}
          </select>
        </div>
      </div>
      <UnitSelect label={t('parent')} value={parent} onChange={setParent} />
      {problem ? (
        <p className="err" role="alert">
          {t(problem)}
        </p>
      ) : (
        <ErrorLine error={create.error} />
      )}
      <Done text={done} />
      <button type="submit" disabled={create.isPending} aria-busy={create.isPending}>
        {create.isPending ? shared('saving') : t('create')}
      </button>
    </form>
  );
}
