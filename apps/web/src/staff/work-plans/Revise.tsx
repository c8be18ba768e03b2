import { useState } from 'react';
import { useT } from '../../shared/i18n';
import { useGqlMutation } from '../graphql';
import { Feedback, Note, Plan } from './common';
import { WP_MESSAGES } from './workPlanMessages';
import { PLAN_QUERIES, REVISE_WORK_PLAN } from './workPlanOperations';

/** Opens a new version of an AGREED plan, with the reason why. */
export function Revise({ plan, onDone }: { plan: Plan; onDone: (n: Note) => void }) {
  const { t } = useT(WP_MESSAGES);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const revise = useGqlMutation(REVISE_WORK_PLAN, PLAN_QUERIES);
  return (
    <details>
      <summary>{t('reviseHeading')}</summary>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setError(null);
          try {
            await revise.mutateAsync({ input: { workPlanId: plan.id, reason } });
            setReason('');
            onDone({ key: 'revised' });
          } catch (err) {
            setError(err);
          }
        }}
      >
        <p className="where">{t('reviseHelp')}</p>
        <label className="block" htmlFor={`revise-${plan.id}`}>
          {t('reviseReason')}
        </label>
        <textarea
          id={`revise-${plan.id}`}
          className="field"
          rows={2}
          required
          minLength={5}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <Feedback notice={null} error={error} />
        <p>
          <button type="submit" className="secondary">
            {t('revise')}
          </button>
        </p>
      </form>
    </details>
  );
}
