import { useState } from 'react';
import { useT } from '../../../shared/i18n';
import { PeriodSelect } from '../common/PeriodSelect';
import { OpenRoundsForm } from './OpenRoundsForm';
import { PeriodProgressPanel } from './PeriodProgressPanel';
import { ROUND_MESSAGES } from './roundMessages';
import { RoundsList } from './RoundsList';

/** Rounds (/app/admin/rounds): open a period's rounds for a unit or the agency, follow them, reopen one. */
export function RoundsPage() {
  const { t } = useT(ROUND_MESSAGES);
  const [periodId, setPeriodId] = useState('');
  return (
    <section aria-labelledby="rounds-heading">
      <h2 id="rounds-heading">{t('heading')}</h2>
      <PeriodSelect id="rounds-period" value={periodId} onChange={setPeriodId} />
      {periodId ? (
        <div className="admin-grid">
          <OpenRoundsForm periodId={periodId} />
          <PeriodProgressPanel periodId={periodId} />
          <RoundsList periodId={periodId} />
        </div>
      ) : null}
    </section>
  );
}
