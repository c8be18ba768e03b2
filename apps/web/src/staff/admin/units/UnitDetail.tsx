import { FormEvent, useId, useState } from 'react';
import { useT } from '../../../shared/i18n';
import { useGqlMutation, useGqlQuery } from '../../graphql';
import { ConfirmButton } from '../shared/ConfirmDialog';
import { UnitSelect } from '../shared/pickers';
import { Done, ErrorLine, ListState } from '../shared/QueryState';
import { Choice } from '../shared/SearchSelect';
import { kindKey, SHARED_MESSAGES, UNIT_KINDS } from '../shared/sharedMessages';
import { UnitHistory } from './UnitHistory';
import { UNIT_MESSAGES } from './unitMessages';
import { ARCHIVE_UNIT, MOVE_UNIT, UNIT, UNIT_QUERIES, UPDATE_UNIT } from './unitOperations';

/** The chosen unit: rename (and kind), move, archive (confirmed), and its history. */
export function UnitDetail({ id, onArchived }: { id: string; onArchived: () => void }) {
  const { t } = useT(UNIT_MESSAGES);
  const q = useGqlQuery(UNIT, { id });
  const unit = q.data?.unit;
  const headingId = useId();
  if (!unit) return <ListState loading={q.isLoading} error={q.error} empty={null} />;
  const root = unit.kind === 'AGENCY' || !unit.parentId;
  return (
    <section className="admin-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('detailHeading', { name: unit.name })}</h3>
      {unit.archivedAt ? null : <RenameForm key={`r-${unit.id}`} unit={unit} />}
      {root ? <p className="hint">{t('rootNote')}</p> : null}
      {!root && !unit.archivedAt ? (
        <>
          <MoveForm key={`m-${unit.id}`} id={unit.id} parent={unit.parent ? { id: unit.parent.id, label: unit.parent.name } : null} />
          <ArchiveUnit id={unit.id} name={unit.name} onArchived={onArchived} />
        </>
      ) : null}
      <UnitHistory history={unit.history} />
    </section>
  );
}

function RenameForm({ unit }: { unit: { id: string; name: string; kind: string } }) {
  const { t } = useT(UNIT_MESSAGES);
  const shared = useT(SHARED_MESSAGES).t;
  const [name, setName] = useState(unit.name);
  const [kind, setKind] = useState(unit.kind);
  const [done, setDone] = useState<string | null>(null);
  const update = useGqlMutation(UPDATE_UNIT, UNIT_QUERIES);
  const nameId = useId();
  const kindId = useId();
  const headingId = useId();
  const root = unit.kind === 'AGENCY';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    update.mutate(
      { input: { id: unit.id, name: name.trim(), ...(root ? {} : { kind: kind as (typeof UNIT_KINDS)[number] }) } },
      { onSuccess: () => setDone(t('renamed')) },
    );
  };
  return (
    <form className="admin-form" aria-labelledby={headingId} onSubmit={submit}>
      <h4 id={headingId}>{t('renameHeading')}</h4>
      <div className="row">
        <div className="grow">
          <label className="block" htmlFor={nameId}>
            {t('name')}
          </label>
          <input id={nameId} className="field" value={name} onChange={(e) => setName(e.target.value)} maxLength={150} />
        </div>
        {root ? null : (
          <div className="grow">
            <label className="block" htmlFor={kindId}>
              {shared('kind')}
            </label>
            <select id={kindId} className="field" value={kind} onChange={(e) => setKind(e.target.value)}>
              {UNIT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {shared(kindKey(k))}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <ErrorLine error={update.error} />
      <Done text={done} />
      <button type="submit" disabled={update.isPending}>
        {t('rename')}
      </button>
    </form>
  );
}

function MoveForm({ id, parent }: { id: string; parent: Choice | null }) {
  const { t } = useT(UNIT_MESSAGES);
  const [target, setTarget] = useState<Choice | null>(parent);
  const [done, setDone] = useState<string | null>(null);
  const move = useGqlMutation(MOVE_UNIT, UNIT_QUERIES);
  const headingId = useId();
  return (
    <form
      className="admin-form"
      aria-labelledby={headingId}
      onSubmit={(e) => {
        e.preventDefault();
        setDone(null);
        if (target) move.mutate({ input: { id, parentId: target.id } }, { onSuccess: () => setDone(t('moved')) });
      }}
    >
      <h4 id={headingId}>{t('moveHeading')}</h4>
      <UnitSelect label={t('newParent')} value={target} onChange={setTarget} />
      <ErrorLine error={move.error} />
      <Done text={done} />
      <button type="submit" disabled={move.isPending || !target || target.id === parent?.id}>
        {t('move')}
      </button>
    </form>
  );
}

function ArchiveUnit({ id, name, onArchived }: { id: string; name: string; onArchived: () => void }) {
  const { t } = useT(UNIT_MESSAGES);
  const archive = useGqlMutation(ARCHIVE_UNIT, UNIT_QUERIES);
  const headingId = useId();
  return (
    <div aria-labelledby={headingId} role="group">
      <h4 id={headingId}>{t('archiveHeading')}</h4>
      <p className="hint">{t('archiveHint')}</p>
      <ConfirmButton
        label={t('archive')}
        title={t('archiveTitle', { name })}
        body={t('archiveBody')}
        confirm={t('archive')}
        mutation={archive}
        variables={{ id }}
        onDone={onArchived}
      />
    </div>
  );
}
