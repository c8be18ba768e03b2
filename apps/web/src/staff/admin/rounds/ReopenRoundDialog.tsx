import { useState } from 'react';
import { useT } from '../../../shared/i18n';
import { graphql, useGqlMutation } from '../../graphql';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ErrorLine } from '../common/QueryState';
import { ROUND_QUERIES } from './OpenRoundsForm';
import { ROUND_MESSAGES } from './roundMessages';

const REOPEN_ROUND = graphql(`
  mutation AdminReopenRound($input: ReopenRoundInput!) {
    reopenRound(input: $input) {
      id
      status
    }
  }
`);

/** Reopening a closed round: a confirmation with the reason (kept in the audit log). */
export function ReopenRoundDialog(props: { roundId: string; name: string; onDone: (name: string) => void; onCancel: () => void }) {
  const { t } = useT(ROUND_MESSAGES);
  const [reason, setReason] = useState('');
  const [short, setShort] = useState(false);
  const reopen = useGqlMutation(REOPEN_ROUND, ROUND_QUERIES);
  const confirm = () => {
    setShort(reason.trim().length < 5);
    if (reason.trim().length < 5) return;
    reopen.mutate({ input: { roundId: props.roundId, reason: reason.trim() } }, { onSuccess: () => props.onDone(props.name) });
  };
  return (
    <ConfirmDialog
      title={t('reopenTitle', { name: props.name })}
      body={<p>{t('reopenBody')}</p>}
      confirm={t('reopen')}
      danger
      busy={reopen.isPending}
      onConfirm={confirm}
      onCancel={props.onCancel}
    >
      <label className="block" htmlFor="reopen-reason">
        {t('reason')}
      </label>
      <textarea
        id="reopen-reason"
        className="field"
        rows={3}
        maxLength={2000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-invalid={short}
      />
      {short ? (
        <p className="err" role="alert">
          {t('reasonShort')}
        </p>
      ) : (
        <ErrorLine error={reopen.error} />
      )}
    </ConfirmDialog>
  );
}
