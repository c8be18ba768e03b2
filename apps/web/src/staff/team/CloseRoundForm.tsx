import { useState } from 'react';
import { useT } from '../../shared/i18n';
import { staffGql } from '../api';
import { label, RATING_LABEL, STAFF_MESSAGES } from '../messages';
import { WP_MESSAGES } from '../work-plans/workPlanMessages';

/**
 * Closing a round: the hasil kerja rating and the reason for it.
 *
 * - `computedHasilKerja`: the API computes hasil kerja from an agreed plan (RoundResult has
 *   hasilKerjaSource), so the rating may be left to the plan ("" below).
 * - `hasAgreedPlan`: the employee has an AGREED work plan (SKP) of the period's year, so a chosen
 *   rating overrides the plan's and the reason is required.
 * The reason is sent whenever a rating is chosen and a reason was written.
 */
export function CloseRoundForm({
  round,
  hasAgreedPlan,
  computedHasilKerja,
  onClosed,
  onError,
}: {
  round: { id: string; employee: { name: string } };
  hasAgreedPlan: boolean;
  computedHasilKerja: boolean;
  onClosed: () => void;
  onError: (err: unknown) => void;
}) {
  const { t, lang } = useT(STAFF_MESSAGES);
  const wp = useT(WP_MESSAGES).t;
  const fromPlan = hasAgreedPlan && computedHasilKerja;
  const [rating, setRating] = useState(fromPlan ? '' : 'SESUAI_EKSPEKTASI');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const required = hasAgreedPlan && rating !== '';
  const reasonId = `hk-reason-${round.id}`;
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        setMissing(false);
        if (required && !reason.trim()) {
          setMissing(true);
          document.getElementById(reasonId)?.focus();
          return;
        }
        try {
          await staffGql(`mutation($i: CloseRoundInput!) { closeRound(input: $i) { status } }`, {
            i: {
              roundId: round.id,
              ...(rating ? { hasilKerjaRating: rating } : {}),
              ...(rating && reason.trim() ? { overrideReason: reason.trim() } : {}),
            },
          });
          onClosed();
        } catch (err) {
          onError(err);
        }
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
        <button type="submit">{t('closeRound')}</button>
      </p>
    </form>
  );
}
