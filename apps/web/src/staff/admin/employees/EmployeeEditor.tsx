import { FormEvent, useId, useState } from 'react';
import { useT } from '../../../shared/i18n';
import type { AdminEmployeeQuery } from '../../gql/graphql';
import { useGqlMutation, useGqlQuery } from '../../graphql';
import { ConfirmButton } from '../shared/ConfirmDialog';
import { Done, ErrorLine, ListState } from '../shared/QueryState';
import { Assignment, AssignmentFields } from './AssignmentFields';
import { EmployeeHistory } from './EmployeeHistory';
import { EMPLOYEE_MESSAGES, RoleName } from './employeeMessages';
import { EMPLOYEE, EMPLOYEE_QUERIES, SET_PASSWORD, UPDATE_EMPLOYEE } from './employeeOperations';

type Loaded = AdminEmployeeQuery['employee'];

/** One employee: edit, deactivate (confirmed) or activate, reset the password, position history. */
export function EmployeeEditor({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useT(EMPLOYEE_MESSAGES);
  const q = useGqlQuery(EMPLOYEE, { id });
  const headingId = useId();
  const e = q.data?.employee;
  if (!e) return <ListState loading={q.isLoading} error={q.error} empty={null} />;
  return (
    <section className="admin-section" aria-labelledby={headingId}>
      <div className="row">
        <h3 id={headingId} className="grow">
          {t('editHeading', { name: e.name })}
        </h3>
        <button type="button" className="secondary" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <p>
        NIP {e.nip} · {t(e.active ? 'active' : 'inactive')} · {t('account')}: {t(e.hasAccount ? 'hasAccount' : 'noAccount')}
      </p>
      <EditForm key={`${e.id}-${e.position}-${e.unit.id}`} employee={e} />
      <ActiveToggle employee={e} />
      <ResetPassword id={e.id} />
      <EmployeeHistory history={e.history} />
    </section>
  );
}

function EditForm({ employee: e }: { employee: Loaded }) {
  const { t } = useT(EMPLOYEE_MESSAGES);
  const initial: Assignment = {
    position: e.position,
    unit: { id: e.unit.id, label: e.unit.name },
    supervisor: e.supervisor ? { id: e.supervisor.id, label: e.supervisor.name, hint: e.supervisor.nip } : null,
    roles: e.roles as RoleName[],
    email: e.email ?? '',
  };
  const [value, setValue] = useState(initial);
  const [done, setDone] = useState<string | null>(null);
  const update = useGqlMutation(UPDATE_EMPLOYEE, EMPLOYEE_QUERIES);
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    setDone(null);
    const email = value.email.trim();
    update.mutate(
      {
        input: {
          id: e.id,
          ...(value.position.trim() !== e.position ? { position: value.position.trim() } : {}),
          ...(value.unit && value.unit.id !== e.unit.id ? { unitId: value.unit.id } : {}),
          ...(value.supervisor?.id !== e.supervisor?.id
            ? value.supervisor
              ? { supervisorId: value.supervisor.id }
              : { clearSupervisor: true }
            : {}),
          ...([...value.roles].sort().join() !== [...e.roles].sort().join() ? { roles: value.roles } : {}),
          ...(email !== (e.email ?? '') ? (email ? { email } : { clearEmail: true }) : {}),
        },
      },
      { onSuccess: () => setDone(t('saved')) },
    );
  };
  return (
    <form className="admin-form" onSubmit={submit} aria-label={t('save')}>
      <AssignmentFields value={value} onChange={setValue} />
      <ErrorLine error={update.error} />
      <Done text={done} />
      <button type="submit" disabled={update.isPending}>
        {t('save')}
      </button>
    </form>
  );
}

function ActiveToggle({ employee: e }: { employee: Loaded }) {
  const { t } = useT(EMPLOYEE_MESSAGES);
  const [done, setDone] = useState<string | null>(null);
  const deactivate = useGqlMutation(UPDATE_EMPLOYEE, EMPLOYEE_QUERIES);
  const activate = useGqlMutation(UPDATE_EMPLOYEE, EMPLOYEE_QUERIES);
  return (
    <div className="admin-actions">
      {e.active ? (
        <ConfirmButton
          label={t('deactivate')}
          title={t('deactivateTitle', { name: e.name })}
          body={t('deactivateBody')}
          confirm={t('deactivate')}
          mutation={deactivate}
          variables={{ input: { id: e.id, active: false } }}
          onDone={() => setDone(t('deactivated'))}
        />
      ) : (
        <button
          type="button"
          className="secondary"
          disabled={activate.isPending}
          onClick={() => activate.mutate({ input: { id: e.id, active: true } }, { onSuccess: () => setDone(t('activated')) })}
        >
          {t('activate')}
        </button>
      )}
      <ErrorLine error={activate.error} />
      <Done text={done} />
    </div>
  );
}

function ResetPassword({ id }: { id: string }) {
  const { t } = useT(EMPLOYEE_MESSAGES);
  const [password, setPassword] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const reset = useGqlMutation(SET_PASSWORD, EMPLOYEE_QUERIES);
  const headingId = useId();
  const pwId = useId();
  return (
    <form
      className="admin-form"
      aria-labelledby={headingId}
      onSubmit={(ev) => {
        ev.preventDefault();
        setDone(null);
        reset.mutate(
          { employeeId: id, password },
          {
            onSuccess: () => {
              setPassword('');
              setDone(t('resetDone'));
            },
          },
        );
      }}
    >
      <h4 id={headingId}>{t('resetHeading')}</h4>
      <label className="block" htmlFor={pwId}>
        {t('newPassword')}
      </label>
      <input
        id={pwId}
        className="field"
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(ev) => setPassword(ev.target.value)}
      />
      <ErrorLine error={reset.error} />
      <Done text={done} />
      <button type="submit" disabled={reset.isPending || !password}>
        {t('reset')}
      </button>
    </form>
  );
}
