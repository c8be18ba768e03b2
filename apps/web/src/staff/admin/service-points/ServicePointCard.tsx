import { useId, useState } from 'react';
import { useT } from '../../../shared/i18n';
import type { AdminSetupServicePointsQuery } from '../../gql/graphql';
import { useGqlMutation } from '../../graphql';
import { ConfirmButton } from '../shared/ConfirmDialog';
import { EmployeeSelect } from '../shared/pickers';
import { Done, ErrorLine } from '../shared/QueryState';
import { Choice } from '../shared/SearchSelect';
import { SETUP_MESSAGES } from './setupMessages';
import { ARCHIVE_POINT, ASSIGN_STAFF, POINT_QUERIES, REMOVE_STAFF } from './setupOperations';

type Point = AdminSetupServicePointsQuery['servicePoints'][number];

/** One service point: its officers (add, remove) and archiving, each removal confirmed. */
export function ServicePointCard({ point }: { point: Point }) {
  const { t } = useT(SETUP_MESSAGES);
  const headingId = useId();
  const [done, setDone] = useState<string | null>(null);
  const archive = useGqlMutation(ARCHIVE_POINT, POINT_QUERIES);
  const live = !point.archivedAt;
  return (
    <li className="admin-section">
      <section aria-labelledby={headingId}>
        <h3 id={headingId}>
          {point.name} {live ? null : <span className="badge no">{t('archivedBadge')}</span>}
        </h3>
        <p className="where-inline">{point.unit.name}</p>
        <h4>{t('staffHeading')}</h4>
        {point.staff.length === 0 ? <p className="empty">{t('noStaff')}</p> : null}
        <ul className="admin-list">
          {point.staff.map((s) => (
            <StaffItem key={s.id} point={point} staff={s} live={live} onDone={setDone} />
          ))}
        </ul>
        {live ? <AssignOfficer point={point} onDone={setDone} /> : null}
        <Done text={done} />
        {live ? (
          <p className="admin-actions">
            <ConfirmButton
              label={t('archive', { name: point.name })}
              title={t('archiveTitle', { name: point.name })}
              body={t('archiveBody')}
              confirm={t('archiveConfirm')}
              mutation={archive}
              variables={{ id: point.id }}
              onDone={() => setDone(t('archivedDone', { name: point.name }))}
            />
          </p>
        ) : null}
      </section>
    </li>
  );
}

function StaffItem(props: { point: Point; staff: Point['staff'][number]; live: boolean; onDone: (text: string) => void }) {
  const { t } = useT(SETUP_MESSAGES);
  const remove = useGqlMutation(REMOVE_STAFF, POINT_QUERIES);
  const s = props.staff;
  return (
    <li className="admin-item">
      <div className="admin-main">
        <strong className="admin-name">{s.name}</strong>
        <br />
        <small className="where-inline">
          {s.nip} · {s.position}
        </small>
      </div>
      {props.live ? (
        <ConfirmButton
          label={t('remove', { name: s.name })}
          title={t('removeTitle', { name: s.name, point: props.point.name })}
          body={t('removeBody')}
          confirm={t('removeConfirm')}
          mutation={remove}
          variables={{ input: { servicePointId: props.point.id, employeeId: s.id } }}
          onDone={() => props.onDone(t('removed', { name: s.name }))}
        />
      ) : null}
    </li>
  );
}

function AssignOfficer({ point, onDone }: { point: Point; onDone: (text: string) => void }) {
  const { t } = useT(SETUP_MESSAGES);
  const [officer, setOfficer] = useState<Choice | null>(null);
  const assign = useGqlMutation(ASSIGN_STAFF, POINT_QUERIES);
  return (
    <form
      className="admin-form"
      aria-label={`${t('assign')} · ${point.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!officer) return;
        assign.mutate(
          { input: { servicePointId: point.id, employeeId: officer.id } },
          {
            onSuccess: () => {
              onDone(t('assigned', { name: officer.label }));
              setOfficer(null);
            },
          },
        );
      }}
    >
      <EmployeeSelect label={t('officer')} value={officer} onChange={setOfficer} />
      <ErrorLine error={assign.error} />
      <button type="submit" disabled={!officer || assign.isPending}>
        {t('assign')}
      </button>
    </form>
  );
}
