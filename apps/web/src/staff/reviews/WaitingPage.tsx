import { useCallback, useEffect, useState } from 'react';
import { useT } from '../../shared/i18n';
import { staffGql } from '../api';
import { errorText, STAFF_MESSAGES } from '../messages';
import { ReviewForm } from './ReviewForm';

/** Reviews waiting for me (/app). */
export function WaitingPage() {
  const { t, lang } = useT(STAFF_MESSAGES);
  const [items, setItems] = useState<Array<{ id: string; relation: string; round: { id: string; employee: { name: string } } }> | null>(
    null,
  );
  const [failed, setFailed] = useState<unknown>(null);
  const [open, setOpen] = useState<{ roundId: string; relation: string } | null>(null);
  const [done, setDone] = useState(false);
  const load = useCallback(
    () =>
      staffGql<{ reviewsWaitingForMe: NonNullable<typeof items> }>(`{ reviewsWaitingForMe { id relation round { id employee { name } } } }`)
        .then((d) => {
          setItems(d.reviewsWaitingForMe);
          setFailed(null);
        })
        .catch((err: unknown) => setFailed(err)),
    [],
  );
  useEffect(() => void load(), [load]);
  if (open)
    return (
      <ReviewForm
        {...open}
        onDone={() => {
          setOpen(null);
          setDone(true);
          void load();
        }}
      />
    );
  if (failed && !items)
    return (
      <p className="err" role="alert">
        {errorText(failed, t, lang)}
      </p>
    );
  if (!items) return <p aria-busy="true">{t('loading')}</p>;
  const as = (relation: string) =>
    t(relation === 'SUPERVISOR' ? 'asSupervisor' : relation === 'PEER' ? 'asPeer' : relation === 'SELF' ? 'asSelf' : 'asSubordinate');
  return (
    <section>
      {done ? (
        <p className="notice ok" role="status">
          {t('reviewSent')}
        </p>
      ) : null}
      {items.length === 0 ? <p>{t('nothingWaiting')}</p> : null}
      <ul className="cards">
        {items.map((a) => (
          <li key={a.id}>
            <span>
              {a.round.employee.name} <small>({as(a.relation)})</small>
            </span>
            <button onClick={() => setOpen({ roundId: a.round.id, relation: a.relation })}>
              {t('reviewName', { name: a.round.employee.name })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
