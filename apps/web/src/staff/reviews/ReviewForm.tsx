import { useState } from 'react';
import { useT } from '../../shared/i18n';
import { graphql, useGqlMutation, useGqlQuery } from '../graphql';
import { errorText, STAFF_MESSAGES, VALUE_GLOSS } from '../messages';

const REVIEW_ROUND = graphql(`
  query ReviewFormRound($id: ID!) {
    round(id: $id) {
      employee {
        name
      }
      positionAtOpen
      instrument {
        items {
          value
          name
          description
          anchors
        }
      }
    }
  }
`);

const SUBMIT_REVIEW = graphql(`
  mutation SubmitReview($i: SubmitReviewInput!) {
    submitReview(input: $i) {
      id
    }
  }
`);

interface Item {
  value: string;
  name: string;
  description: string;
  anchors: string[];
}

/** The BerAKHLAK form: descriptions and anchors visible (from the server, in Indonesian), 1–5 per value. */
export function ReviewForm({ roundId, relation, onDone }: { roundId: string; relation: string; onDone: () => void }) {
  const { t, lang } = useT(STAFF_MESSAGES);
  const query = useGqlQuery(REVIEW_ROUND, { id: roundId });
  const submit = useGqlMutation(SUBMIT_REVIEW, ['ReviewsWaitingForMe', 'StaffNotifications']);
  const [scores, setScores] = useState<Record<string, number>>({});
  const [strengths, setStrengths] = useState('');
  const [improvements, setImprovements] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const valueName = (i: Item) => (lang === 'en' && VALUE_GLOSS[i.value] ? `${i.name} (${VALUE_GLOSS[i.value]})` : i.name);
  const err = submit.error ?? query.error;
  const errorLine = missing ? (
    <p className="err" role="alert">
      {t('scoreMissing', { name: missing })}
    </p>
  ) : err ? (
    <p className="err" role="alert">
      {errorText(err, t, lang)}
    </p>
  ) : null;
  const round = query.data?.round;
  if (!round) return errorLine ?? <p aria-busy="true">{t('loadingForm')}</p>;
  const supervisor = relation === 'SUPERVISOR';
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const notScored = round.instrument.items.find((i) => !scores[i.value]);
        setMissing(notScored ? valueName(notScored) : null);
        if (notScored) return;
        submit.reset();
        submit.mutate(
          {
            i: {
              roundId,
              scores: round.instrument.items.map((i) => ({ value: i.value, score: scores[i.value] })),
              strengths: strengths || undefined,
              improvements: improvements || undefined,
            },
          },
          { onSuccess: onDone },
        );
      }}
    >
      <h2>
        {t('reviewFor', { name: round.employee.name })} <small>({round.positionAtOpen})</small>
      </h2>
      {round.instrument.items.map((item) => (
        <fieldset key={item.value}>
          <legend>{valueName(item)}</legend>
          <p className="where" lang="id">
            {item.description}
          </p>
          <div className="choices five">
            {item.anchors.map((anchor, i) => (
              <label className="choice" key={i} title={anchor}>
                <input
                  type="radio"
                  name={item.value}
                  value={i + 1}
                  checked={scores[item.value] === i + 1}
                  onChange={() => setScores({ ...scores, [item.value]: i + 1 })}
                  aria-describedby={`${item.value}-${i}`}
                />
                <span>
                  <b>{i + 1}</b>
                  <small id={`${item.value}-${i}`} lang="id">
                    {anchor}
                  </small>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <label className="block" htmlFor="strengths">
        {t('strengths')}
        {supervisor ? t('required') : ''}
      </label>
      <textarea id="strengths" rows={3} value={strengths} onChange={(e) => setStrengths(e.target.value)} />
      <label className="block" htmlFor="improvements">
        {t('improvements')}
        {supervisor ? t('required') : ''}
      </label>
      <textarea id="improvements" rows={3} value={improvements} onChange={(e) => setImprovements(e.target.value)} />
      {errorLine}
      <p>
        <button type="submit" disabled={submit.isPending}>
          {t('sendReview')}
        </button>
      </p>
    </form>
  );
}
