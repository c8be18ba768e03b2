import { useT } from '../../../shared/i18n';
import { InstrumentSection } from './InstrumentSection';
import { INSTRUMENT_MESSAGES } from './instrumentMessages';
import { ScoringPolicySection } from './ScoringPolicySection';

/** The instrument and the scoring policy (/app/admin/instruments): versions and publishing new ones. */
export function InstrumentsPage() {
  const { t } = useT(INSTRUMENT_MESSAGES);
  return (
    <section aria-labelledby="instruments-heading">
      <h2 id="instruments-heading">{t('heading')}</h2>
      <div className="admin-grid">
        <InstrumentSection />
        <ScoringPolicySection />
      </div>
    </section>
  );
}
