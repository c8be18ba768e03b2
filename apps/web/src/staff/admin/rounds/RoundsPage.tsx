import { useState } from 'react';
import { useT } from '../../../shared/i18n';
import { PeriodSelect } from '../common/PeriodSelect';
import { OpenRoundsForm } from './OpenRoundsForm';
import { PeriodProgressPanel } from './PeriodProgressPanel';
import { ROUND_MESSAGES } from './roundMessages';
import { RoundsList } from './RoundsList';
import { UnitSelect } from './UnitSelect';

/** Rounds (/app/admin/rounds): open a period's rounds for a unit or the agency, follow them, reopen one. */
export function RoundsPage() {
  const { t } = useT(ROUND_MESSAGES);
  const [periodId, setPeriodId] = useState('');
  // '' = the whole agency.
  const [unitId, setUnitId] = useState('');
  return (
    <section aria-labelledby="rounds-heading">
      <h2 id="rounds-heading">{t('heading')}</h2>
      <PeriodSelect id="rounds-period" value={periodId} onChange={setPeriodId} />
      {periodId ? (
        <div className="row">
          <UnitSelect id="rounds-scope" label={t('showFor')} value={unitId} onChange={setUnitId} anyLabel={t('wholeAgency')} />
        </div>
      ) : null}
      {periodId ? (
        <div className="admin-grid">
          <OpenRoundsForm periodId={periodId} />
          <PeriodProgressPanel periodId={periodId} unitId={unitId} />
          <RoundsList key={`${periodId}/${unitId}`} periodId={periodId} unitId={unitId} />
        </div>
      ) : null}
    </section>
  );
}
