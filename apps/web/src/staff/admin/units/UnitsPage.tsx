import { useId, useState } from 'react';
import { useT } from '../../../shared/i18n';
import { useGqlQuery } from '../../graphql';
import '../admin.css';
import '../shared/org.css';
import { UnitCreateForm } from './UnitCreateForm';
import { UnitDetail } from './UnitDetail';
import { UNIT_MESSAGES } from './unitMessages';
import { UNIT } from './unitOperations';
import { UnitTree } from './UnitTree';

/** /app/admin/units (ADMIN): the agency's unit tree; add, rename, move, archive a unit; its history. */
export function UnitsPage() {
  const { t } = useT(UNIT_MESSAGES);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const treeHeading = useId();
  const archivedId = useId();
  const chosen = useGqlQuery(UNIT, { id: selectedId ?? '' }, { enabled: Boolean(selectedId) }).data?.unit;
  return (
    <section className="admin" aria-labelledby="units-heading">
      <h2 id="units-heading">{t('heading')}</h2>
      <p className="hint">{t('intro')}</p>
      <div className="admin-grid">
        <section className="admin-section" aria-labelledby={treeHeading}>
          <h3 id={treeHeading}>{t('treeHeading')}</h3>
          <p className="row check-row">
            <input id={archivedId} type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} />
            <label htmlFor={archivedId}>{t('showArchived')}</label>
          </p>
          <UnitTree includeArchived={includeArchived} selectedId={selectedId} onSelect={setSelectedId} />
        </section>
        <div>
          {selectedId ? (
            <UnitDetail key={selectedId} id={selectedId} onArchived={() => setSelectedId(null)} />
          ) : (
            <p className="hint">{t('pickHint')}</p>
          )}
          <UnitCreateForm
            key={chosen && !chosen.archivedAt ? chosen.id : 'none'}
            parent={chosen && !chosen.archivedAt ? { id: chosen.id, label: chosen.name } : null}
          />
        </div>
      </div>
    </section>
  );
}
