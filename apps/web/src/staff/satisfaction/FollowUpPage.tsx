import { FormEvent, useId, useState } from 'react';
import { useT, useTitle, type Lang, type T } from '../../shared/i18n';
import { useGqlMutation, useGqlQuery } from '../graphql';
import type { FollowUpPlanQuery, FollowUpStatus } from '../gql/graphql';
import { useMe } from '../app/me';
import { QueryState } from '../admin/common/QueryState';
import { Done, ErrorLine } from '../admin/shared/QueryState';
import { day, decimal, signed } from './format';
import { CREATE_FOLLOW_UP, FOLLOW_UP_OWNERS, FOLLOW_UP_PLAN, SET_FOLLOW_UP_STATUS, UPDATE_FOLLOW_UP } from './satisfactionOperations';
import { SATISFACTION_MESSAGES } from './satisfactionMessages';
import { PeriodPicker, ServicePointPicker } from './ServicePointPeriodPickers';
import './satisfaction.css';

type Plan = FollowUpPlanQuery['followUpPlan'];
type Action = Plan['actions'][number];
type Key = keyof (typeof SATISFACTION_MESSAGES)['id'];
const STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE'] as FollowUpStatus[];
const REFETCH = ['FollowUpPlan'];

interface Draft {
  id: string | null;
  elementCode: string;
  action: string;
  ownerId: string;
  ownerName: string;
  dueOn: string;
  status: FollowUpStatus;
  published: boolean;
}

function change(a: Action, t: T<Key>, lang: Lang): string {
  const now = a.change.nrrThisPeriod === null ? t('changeUnrated') : decimal(a.change.nrrThisPeriod, lang);
  if (a.change.nrrNextPeriod === null || a.change.delta === null) return t('changeNone', { now });
  return t('changeBoth', { now, next: decimal(a.change.nrrNextPeriod, lang), delta: signed(a.change.delta, lang) });
}

/** Add or edit an action: element, text, owner (myself or a colleague found by name), due date, status, published. */
function ActionForm({ plan, draft, onClose, onSaved }: { plan: Plan; draft: Draft; onClose: () => void; onSaved: () => void }) {
  const { t } = useT(SATISFACTION_MESSAGES);
  const me = useMe();
  const ids = {
    element: useId(),
    action: useId(),
    owner: useId(),
    ownerSearch: useId(),
    due: useId(),
    status: useId(),
    published: useId(),
  };
  const [d, setD] = useState<Draft>(draft);
  const [ownerSearch, setOwnerSearch] = useState('');
  const owners = useGqlQuery(FOLLOW_UP_OWNERS, { search: ownerSearch.trim() }, { enabled: ownerSearch.trim().length >= 2 });
  const create = useGqlMutation(CREATE_FOLLOW_UP, REFETCH);
  const update = useGqlMutation(UPDATE_FOLLOW_UP, REFETCH);
  const busy = create.isPending || update.isPending;
  const options = [
    { id: me.id, name: `${t('ownerMe')} (${me.name})` },
    ...(d.ownerId && d.ownerId !== me.id ? [{ id: d.ownerId, name: d.ownerName }] : []),
    ...(owners.data?.colleagues ?? [])
      .filter((c) => c.id !== d.ownerId && c.id !== me.id)
      .map((c) => ({ id: c.id, name: `${c.name} — ${c.position}` })),
  ];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const fields = {
      elementCode: d.elementCode,
      action: d.action.trim(),
      ownerId: d.ownerId || me.id,
      dueOn: d.dueOn,
      status: d.status,
      published: d.published,
    };
    if (d.id) update.mutate({ input: { id: d.id, ...fields } }, { onSuccess: onSaved });
    else create.mutate({ input: { servicePointId: plan.servicePointId, periodId: plan.period.id, ...fields } }, { onSuccess: onSaved });
  };
  return (
    <form className="card action-form" onSubmit={submit} aria-labelledby={`${ids.action}-h`}>
      <h3 id={`${ids.action}-h`}>{d.id ? t('editHeading') : t('addHeading')}</h3>
      <p>
        <label className="block" htmlFor={ids.element}>
          {t('element')}
        </label>
        <select id={ids.element} className="field" value={d.elementCode} onChange={(e) => setD({ ...d, elementCode: e.target.value })}>
          {plan.elements.map((e) => (
            <option key={e.code} value={e.code}>
              {e.code} {e.name}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label className="block" htmlFor={ids.action}>
          {t('action')}
        </label>
        <textarea
          id={ids.action}
          className="field"
          rows={3}
          required
          minLength={5}
          maxLength={1000}
          value={d.action}
          onChange={(e) => setD({ ...d, action: e.target.value })}
        />
      </p>
      <p>
        <label className="block" htmlFor={ids.ownerSearch}>
          {t('ownerSearch')}
        </label>
        <input
          id={ids.ownerSearch}
          type="search"
          className="field"
          value={ownerSearch}
          maxLength={100}
          onChange={(e) => setOwnerSearch(e.target.value)}
        />
      </p>
      <p>
        <label className="block" htmlFor={ids.owner}>
          {t('owner')}
        </label>
        <select
          id={ids.owner}
          className="field"
          value={d.ownerId || me.id}
          onChange={(e) => setD({ ...d, ownerId: e.target.value, ownerName: options.find((o) => o.id === e.target.value)?.name ?? '' })}
        >
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </p>
      <div className="row">
        <p>
          <label className="block" htmlFor={ids.due}>
            {t('due')}
          </label>
          <input
            id={ids.due}
            type="date"
            className="field"
            required
            min={plan.period.startsOn}
            value={d.dueOn}
            onChange={(e) => setD({ ...d, dueOn: e.target.value })}
          />
        </p>
        <p>
          <label className="block" htmlFor={ids.status}>
            {t('colStatus')}
          </label>
          <select
            id={ids.status}
            className="field"
            value={d.status}
            onChange={(e) => setD({ ...d, status: e.target.value as FollowUpStatus })}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(s)}
              </option>
            ))}
          </select>
        </p>
      </div>
      <p>
        <input id={ids.published} type="checkbox" checked={d.published} onChange={(e) => setD({ ...d, published: e.target.checked })} />{' '}
        <label htmlFor={ids.published}>{t('published')}</label>
      </p>
      <ErrorLine error={create.error ?? update.error} />
      <div className="row">
        <button type="submit" disabled={busy} aria-busy={busy}>
          {t('save')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

function StatusSelect({ a, onDone }: { a: Action; onDone: (text: string) => void }) {
  const { t } = useT(SATISFACTION_MESSAGES);
  const id = useId();
  const set = useGqlMutation(SET_FOLLOW_UP_STATUS, REFETCH);
  return (
    <>
      <label htmlFor={id} className="sr">
        {t('setStatus')}
      </label>
      <select
        id={id}
        className="field"
        value={a.status}
        disabled={set.isPending}
        onChange={(e) =>
          set.mutate({ input: { id: a.id, status: e.target.value as FollowUpStatus } }, { onSuccess: () => onDone(t('doneStatus')) })
        }
      >
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(s)}
          </option>
        ))}
      </select>
      <ErrorLine error={set.error} />
    </>
  );
}

function PlanBody({ plan }: { plan: Plan }) {
  const { t, lang } = useT(SATISFACTION_MESSAGES);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const blank = (elementCode: string): Draft => ({
    id: null,
    elementCode,
    action: '',
    ownerId: '',
    ownerName: '',
    dueOn: plan.period.endsOn,
    status: 'PLANNED' as FollowUpStatus,
    published: false,
  });
  return (
    <>
      <section className="card" aria-labelledby="weakest-heading">
        <h3 id="weakest-heading">{t('weakest')}</h3>
        {plan.suggested.length ? (
          <ul className="weakest">
            {plan.suggested.map((e) => (
              <li key={e.code}>
                <b>{e.code}</b> {e.name}: {decimal(e.nrr ?? 0, lang)}{' '}
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setDraft(blank(e.code))}
                  aria-label={`${t('planFor')} ${e.code} ${e.name}`}
                >
                  {t('planFor')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty">{t('weakestNone')}</p>
        )}
        <p className="hint">{plan.nextPeriod ? t('nextPeriod', { name: plan.nextPeriod.name }) : t('noNextPeriod')}</p>
        <p>
          <a href={`/transparansi/${plan.agencyId}`} target="_blank" rel="noreferrer">
            {t('publicPage')}
          </a>
        </p>
      </section>
      <Done text={done} />
      <section aria-labelledby="actions-heading">
        <div className="row spread">
          <h3 id="actions-heading">{t('actions')}</h3>
          <button type="button" onClick={() => setDraft(blank(plan.suggested[0]?.code ?? 'U1'))}>
            {t('addHeading')}
          </button>
        </div>
        {draft ? (
          <ActionForm
            key={draft.id ?? `new-${draft.elementCode}`}
            plan={plan}
            draft={draft}
            onClose={() => setDraft(null)}
            onSaved={() => {
              setDraft(null);
              setDone(t('doneSaved'));
            }}
          />
        ) : null}
        {plan.actions.length ? (
          <div className="table-scroll" role="region" aria-labelledby="actions-heading" tabIndex={0}>
            <table className="plan">
              <thead>
                <tr>
                  <th scope="col">{t('colElement')}</th>
                  <th scope="col">{t('colAction')}</th>
                  <th scope="col">{t('colOwner')}</th>
                  <th scope="col">{t('colDue')}</th>
                  <th scope="col">{t('colStatus')}</th>
                  <th scope="col">{t('colChange')}</th>
                  <th scope="col">{t('colPublished')}</th>
                  <th scope="col">
                    <span className="sr">{t('edit')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {plan.actions.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      {a.elementCode} <span className="hint block">{a.elementName}</span>
                    </th>
                    <td>{a.action}</td>
                    <td>{a.owner.name}</td>
                    <td>{day(a.dueOn, lang)}</td>
                    <td>
                      <StatusSelect a={a} onDone={setDone} />
                    </td>
                    <td>{change(a, t, lang)}</td>
                    <td>{a.published ? t('yes') : t('no')}</td>
                    <td>
                      <button
                        type="button"
                        className="secondary"
                        aria-label={`${t('edit')}: ${a.action}`}
                        onClick={() =>
                          setDraft({
                            id: a.id,
                            elementCode: a.elementCode,
                            action: a.action,
                            ownerId: a.owner.id,
                            ownerName: a.owner.name,
                            dueOn: a.dueOn,
                            status: a.status,
                            published: a.published,
                          })
                        }
                      >
                        {t('edit')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="empty" role="status">
            {t('noActions')}
          </p>
        )}
      </section>
    </>
  );
}

/** /app/follow-up: the follow-up plan (rencana tindak lanjut) of a service point and period, for unit heads and ADMIN. */
export function FollowUpPage() {
  const { t } = useT(SATISFACTION_MESSAGES);
  useTitle(`${t('followUpHeading')} — Kinerja360`);
  const ids = { sp: useId(), period: useId() };
  const [servicePointId, setServicePointId] = useState('');
  const [periodId, setPeriodId] = useState('');
  const ready = Boolean(servicePointId && periodId);
  const q = useGqlQuery(FOLLOW_UP_PLAN, { servicePointId, periodId }, { enabled: ready });
  return (
    <section className="satisfaction" aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">{t('followUpHeading')}</h2>
      <p className="hint">{t('followUpIntro')}</p>
      <div className="filters">
        <ServicePointPicker id={ids.sp} value={servicePointId} onChange={setServicePointId} />
        <PeriodPicker id={ids.period} value={periodId} onChange={setPeriodId} />
      </div>
      {ready ? (
        <QueryState loading={q.isPending} error={q.error} empty={false} emptyText="" onRetry={() => void q.refetch()}>
          {q.data ? <PlanBody plan={q.data.followUpPlan} /> : null}
        </QueryState>
      ) : null}
    </section>
  );
}
