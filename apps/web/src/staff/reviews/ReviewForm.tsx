import { useEffect, useState } from 'react';
import { useT } from '../../shared/i18n';
import { staffGql } from '../api';
import { errorText, STAFF_MESSAGES, VALUE_GLOSS } from '../messages';

interface Item {
  value: string;
  name: string;
  description: string;
  anchors: string[];
}

/** The BerAKHLAK form: descriptions and anchors visible (from the server, in Indonesian), 1–5 per value. */
export function ReviewForm({ roundId, relation, onDone }: { roundId: string; relation: string; onDone: () => void }) {
  const { t, lang } = useT(STAFF_MESSAGES);
  const [round, setRound] = useState<{ employee: { name: string }; positionAtOpen: string; instrument: { items: Item[] } } | null>(null);
  const [scores, setScores] = useState<Record<string, number>>({});
  const [strengths, setStrengths] = useState('');
  const [improvements, setImprovements] = useState('');
  const [error, setError] = useState<{ missing: string } | { err: unknown } | null>(null);
  useEffect(() => {
    staffGql<{ round: typeof round }>(
      `query($id: ID!) { round(id: $id) { employee { name } positionAtOpen instrument { items { value name description anchors } } } }`,
      { id: roundId },
    )
      .then((d) => setRound(d.round))
      .catch((err: unknown) => setError({ err }));
  }, [roundId]);
  const valueName = (i: Item) => (lang === 'en' && VALUE_GLOSS[i.value] ? `${i.name} (${VALUE_GLOSS[i.value]})` : i.name);
  const errorLine = error ? (
    <p className="err" role="alert">
      {'missing' in error ? t('scoreMissing', { name: error.missing }) : errorText(error.err, t, lang)}
    </p>
  ) : null;
  if (!round) return errorLine ?? <p aria-busy="true">{t('loadingForm')}</p>;
  const supervisor = relation === 'SUPERVISOR';
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        const missing = round.instrument.items.find((i) => !scores[i.value]);
        if (missing) return setError({ missing: valueName(missing) });
        try {
          await staffGql(`mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`, {
            i: {
              roundId,
              scores: round.instrument.items.map((i) => ({ value: i.value, score: scores[i.value] })),
              strengths: strengths || undefined,
              improvements: improvements || undefined,
            },
          });
          onDone();
        } catch (err) {
          setError({ err });
        }
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
        <button type="submit">{t('sendReview')}</button>
      </p>
    </form>
  );
}
