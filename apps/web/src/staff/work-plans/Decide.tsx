import { useState } from 'react';
import { useT } from '../../shared/i18n';
import { useGqlMutation } from '../graphql';
import { Feedback, Indicator, monthName, Note, Realisation } from './common';
import { WP_MESSAGES } from './workPlanMessages';
import { REALISATION_QUERIES, VERIFY_REALISATION } from './workPlanOperations';

export function Decide({ r, indicator, onDone }: { r: Realisation; indicator: Indicator | undefined; onDone: (n: Note) => void }) {
  const { t, lang } = useT(WP_MESSAGES);
  const [feedback, setFeedback] = useState('');
  const [error, setError] = useState<unknown>(null);
  const verify = useGqlMutation(VERIFY_REALISATION, REALISATION_QUERIES);
  const busy = verify.isPending;
  const names = { indicator: indicator?.name ?? '—', month: monthName(r.month, lang) };
  const id = `fb-${r.id}`;
  const decide = async (decision: 'VERIFIED' | 'RETURNED') => {
    setError(null);
    if (decision === 'RETURNED' && !feedback.trim()) {
      setError({ wp: 'feedbackRequired' });
      document.getElementById(id)?.focus();
      return;
    }
    try {
      // The card is gone once the realisations refetch: the notice is the parent's, set after mutateAsync resolves.
      await verify.mutateAsync({ input: { realisationId: r.id, decision, feedback: feedback.trim() || undefined } });
      onDone({ key: decision === 'VERIFIED' ? 'verifiedNotice' : 'returnedNotice', params: names });
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div className="decide">
      <label className="block" htmlFor={id}>
        {t('feedbackFor', names)}
      </label>
      <textarea id={id} rows={2} className="field" value={feedback} maxLength={2000} onChange={(e) => setFeedback(e.target.value)} />
      <Feedback notice={null} error={error} />
      <p className="row">
        <button disabled={busy} aria-label={t('verifyLabel', names)} onClick={() => void decide('VERIFIED')}>
          {t('verify')}
        </button>
        <button disabled={busy} className="secondary" aria-label={t('returnLabel', names)} onClick={() => void decide('RETURNED')}>
          {t('returnIt')}
        </button>
      </p>
    </div>
  );
}
