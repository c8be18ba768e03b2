import { useT } from '../../../shared/i18n';
import { HistoryTable } from '../shared/HistoryTable';
import { useUnitChoices } from '../shared/pickers';
import { UNIT_MESSAGES } from './unitMessages';

interface Version {
  name: string;
  parentId?: string | null;
  archived: boolean;
  validFrom: unknown;
  validTo?: unknown;
}

/** A unit's names, parents and archiving over time, newest first. */
export function UnitHistory({ history }: { history: Version[] }) {
  const { t } = useT(UNIT_MESSAGES);
  const { all } = useUnitChoices();
  const parentName = (id: string | null | undefined) => (id ? (all?.find((u) => u.id === id)?.label ?? '—') : '—');
  return (
    <HistoryTable
      heading={t('historyHeading')}
      columns={t('historyCols').split('|')}
      versions={history}
      cells={(v) => [v.name, parentName(v.parentId), v.archived ? t('archived') : t('live')]}
    />
  );
}
