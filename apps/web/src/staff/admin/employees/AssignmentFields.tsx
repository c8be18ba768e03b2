import { useId } from 'react';
import { useT } from '../../../shared/i18n';
import { EmployeeSelect, UnitSelect } from '../shared/pickers';
import { Choice } from '../shared/SearchSelect';
import { EMPLOYEE_MESSAGES, roleKey, RoleName, ROLES } from './employeeMessages';

export interface Assignment {
  position: string;
  unit: Choice | null;
  supervisor: Choice | null;
  roles: RoleName[];
  email: string;
}

/** What creating and editing an employee share: position, unit, supervisor, roles, email. */
export function AssignmentFields({ value, onChange }: { value: Assignment; onChange: (v: Assignment) => void }) {
  const { t } = useT(EMPLOYEE_MESSAGES);
  const positionId = useId();
  const emailId = useId();
  const set = (patch: Partial<Assignment>) => onChange({ ...value, ...patch });
  return (
    <>
      <label className="block" htmlFor={positionId}>
        {t('position')}
      </label>
      <input id={positionId} className="field" value={value.position} onChange={(e) => set({ position: e.target.value })} />
      <UnitSelect label={t('unit')} value={value.unit} onChange={(unit) => set({ unit })} />
      <EmployeeSelect label={t('supervisor')} value={value.supervisor} onChange={(supervisor) => set({ supervisor })} clearable />
      <fieldset className="roles">
        <legend>{t('roles')}</legend>
        {ROLES.map((r) => (
          <label key={r}>
            <input
              type="checkbox"
              checked={value.roles.includes(r)}
              onChange={(e) => set({ roles: e.target.checked ? [...value.roles, r] : value.roles.filter((x) => x !== r) })}
            />{' '}
            {t(roleKey(r))}
          </label>
        ))}
      </fieldset>
      <label className="block" htmlFor={emailId}>
        {t('email')}
      </label>
      <input
        id={emailId}
        className="field"
        type="email"
        autoComplete="off"
        value={value.email}
        onChange={(e) => set({ email: e.target.value })}
      />
    </>
  );
}
