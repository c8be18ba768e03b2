import { FormEvent, useId, useState } from 'react';
import { useT } from '../../../shared/i18n';
import { useGqlMutation } from '../../graphql';
import { Done, ErrorLine } from '../shared/QueryState';
import { SHARED_MESSAGES } from '../shared/sharedMessages';
import { Assignment, AssignmentFields } from './AssignmentFields';
import { EMPLOYEE_MESSAGES } from './employeeMessages';
import { CREATE_EMPLOYEE, EMPLOYEE_QUERIES } from './employeeOperations';

const EMPTY: Assignment = { position: '', unit: null, supervisor: null, roles: ['EMPLOYEE'], email: '' };

/** A new employee: NIP, name, initial password, then what every employee has. */
export function EmployeeCreateForm({ onCreated }: { onCreated: (id: string) => void }) {
  const { t } = useT(EMPLOYEE_MESSAGES);
  const shared = useT(SHARED_MESSAGES).t;
  const [nip, setNip] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [assignment, setAssignment] = useState<Assignment>(EMPTY);
  const [unitMissing, setUnitMissing] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const create = useGqlMutation(CREATE_EMPLOYEE, EMPLOYEE_QUERIES);
  const headingId = useId();
  const nipId = useId();
  const nameId = useId();
  const pwId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    setUnitMissing(!assignment.unit);
    if (!assignment.unit) return;
    create.mutate(
      {
        input: {
          nip: nip.trim(),
          name: name.trim(),
          position: assignment.position.trim(),
          unitId: assignment.unit.id,
          supervisorId: assignment.supervisor?.id ?? null,
          roles: assignment.roles,
          email: assignment.email.trim() || null,
          password: password || null,
        },
      },
      {
        onSuccess: (d) => {
          setDone(t('created', { name: d.createEmployee.name }));
          setNip('');
          setName('');
          setPassword('');
          setAssignment(EMPTY);
          onCreated(d.createEmployee.id);
        },
      },
    );
  };
  return (
    <form className="admin-section admin-form" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 id={headingId}>{t('createHeading')}</h3>
      <label className="block" htmlFor={nipId}>
        {t('nip')}
      </label>
      <input id={nipId} className="field" inputMode="numeric" value={nip} onChange={(e) => setNip(e.target.value)} />
      <label className="block" htmlFor={nameId}>
        {t('name')}
      </label>
      <input id={nameId} className="field" value={name} onChange={(e) => setName(e.target.value)} />
      <AssignmentFields value={assignment} onChange={setAssignment} />
      <label className="block" htmlFor={pwId}>
        {t('password')}
      </label>
      <input
        id={pwId}
        className="field"
        type="password"
        autoComplete="new-password"
        aria-describedby={`${pwId}-rule`}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <p id={`${pwId}-rule`} className="hint">
        {t('passwordRule')}
      </p>
      {unitMissing ? (
        <p className="err" role="alert">
          {t('unitRequired')}
        </p>
      ) : (
        <ErrorLine error={create.error} />
      )}
      <Done text={done} />
      <button type="submit" disabled={create.isPending}>
        {create.isPending ? shared('saving') : t('create')}
      </button>
    </form>
  );
}
