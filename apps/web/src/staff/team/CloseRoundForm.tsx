import { useState } from 'react';
import { useT } from '../../shared/i18n';
import type { Rating } from '../gql/graphql';
import { graphql, useGqlMutation } from '../graphql';
import { label, RATING_LABEL, STAFF_MESSAGES } from '../messages';
import { WP_MESSAGES } from '../work-plans/workPlanMessages';

/**
 * Closing a round: the hasil kerja rating and the reason for it.
 *
 * - `hasAgreedPlan`: the employee has an AGREED work plan (SKP) of the period's year: the API
 *   computes hasil kerja from it, so the rating may be left to the plan ("" below), and a chosen
 *   rating overrides the plan's and the reason is required.
 * The reason is sent whenever a rating is chosen and a reason was written.
 */
const CLOSE_ROUND = graphql(`
  mutation CloseTeamRound($i: CloseRoundInput!) {
    closeRound(input: $i) {
      status
    }
  }
`);

export function CloseRoundForm({
  round,
  hasAgreedPlan,
  onClosed,
  onError,
}: {
  round: { id: string; employee: { name: string } };
  hasAgreedPlan: boolean;
  onClosed: () => void;
  onError: (err: unknown) => void;
}) {
  const { t, lang } = useT(STAFF_MESSAGES);
  const wp = useT(WP_MESSAGES).t;
  const fromPlan = hasAgreedPlan;
  const close = useGqlMutation(CLOSE_ROUND, ['TeamRounds', 'TeamAgreedPlans']);
  const [rating, setRating] = useState(fromPlan ? '' : 'SESUAI_EKSPEKTASI');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const required = hasAgreedPlan && rating !== '';
  const reasonId = `hk-reason-${round.id}`;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setMissing(false);
        if (required && !reason.trim()) {
          setMissing(true);
          document.getElementById(reasonId)?.focus();
          return;
        }
        close.mutate(
          {
            i: {
              roundId: round.id,
              ...(rating ? { hasilKerjaRating: rating as Rating } : {}),
              ...(rating && reason.trim() ? { overrideReason: reason.trim() } : {}),
            },
          },
          { onSuccess: onClosed, onError },
        );
      }}
    >
      <label htmlFor={`hk-${round.id}`}>{t('hasilKerja')} </label>
      <select id={`hk-${round.id}`} value={rating} onChange={(e) => setRating(e.target.value)}>
        {fromPlan ? <option value="">{wp('hasilKerjaComputed')}</option> : null}
        {Object.keys(RATING_LABEL).map((v) => (
          <option key={v} value={v}>
            {label(RATING_LABEL, v, lang)}
          </option>
        ))}
      </select>{' '}
      {rating ? (
        <>
          <label className="block" htmlFor={reasonId}>
            {required ? wp('overrideReasonRequired') : wp('overrideReason')}
          </label>
          <textarea
            id={reasonId}
            className="field"
            rows={2}
            maxLength={2000}
            value={reason}
            aria-required={required}
            aria-invalid={missing || undefined}
            aria-describedby={`${reasonId}-help`}
            onChange={(e) => {
              setReason(e.target.value);
              if (e.target.value.trim()) setMissing(false);
            }}
          />
          <small id={`${reasonId}-help`} className="where-inline">
            {hasAgreedPlan ? wp('overrideHelpPlan', { name: round.employee.name }) : wp('overrideHelp')}
          </small>
          {missing ? (
            <p className="err" role="alert">
              {wp('overrideMissing')}
            </p>
          ) : null}
        </>
      ) : null}
      <p>
        <button type="submit" disabled={close.isPending}>
          {t('closeRound')}
        </button>
      </p>
    </form>
  );
}
