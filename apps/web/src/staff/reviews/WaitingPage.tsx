import { useState } from 'react';
import { useT } from '../../shared/i18n';
import { graphql, useGqlQuery } from '../graphql';
import { errorText, STAFF_MESSAGES } from '../messages';
import { ReviewForm } from './ReviewForm';

export const REVIEWS_WAITING = graphql(`
  query ReviewsWaitingForMe {
    reviewsWaitingForMe {
      id
      relation
      round {
        id
        employee {
          name
        }
      }
    }
  }
`);

/** Reviews waiting for me (/app). */
export function WaitingPage() {
  const { t, lang } = useT(STAFF_MESSAGES);
  const waiting = useGqlQuery(REVIEWS_WAITING, {});
  const [open, setOpen] = useState<{ roundId: string; relation: string } | null>(null);
  const [done, setDone] = useState(false);
  if (open)
    return (
      <ReviewForm
        {...open}
        onDone={() => {
          setOpen(null);
          setDone(true);
        }}
      />
    );
  const items = waiting.data?.reviewsWaitingForMe;
  if (waiting.error && !items)
    return (
      <p className="err" role="alert">
        {errorText(waiting.error, t, lang)}
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
