import { useState } from 'react';
import { useT } from '../../../shared/i18n';
import { useGqlQuery } from '../../graphql';
import { ListState } from '../shared/QueryState';
import { kindKey, SHARED_MESSAGES } from '../shared/sharedMessages';
import { UNIT_MESSAGES } from './unitMessages';
import { UNITS } from './unitOperations';

interface TreeProps {
  includeArchived: boolean;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/**
 * The unit tree as nested lists: each unit is a button that chooses it (aria-pressed) and, when it
 * has sub-units, a disclosure button (aria-expanded) that loads and shows them. Tab and Enter
 * reach everything; a screen reader hears the nesting from the lists.
 */
export function UnitTree(props: TreeProps) {
  return <UnitLevel {...props} parentId={null} depth={0} />;
}

function UnitLevel(props: TreeProps & { parentId: string | null; depth: number }) {
  const { t } = useT(UNIT_MESSAGES);
  const q = useGqlQuery(UNITS, { parentId: props.parentId, includeArchived: props.includeArchived });
  const units = q.data?.units;
  if (!units?.length) return <ListState loading={q.isLoading} error={q.error} empty={units ? t('noChildren') : null} />;
  return (
    <ul className={props.depth === 0 ? 'unit-tree' : 'unit-subtree'}>
      {units.map((u) => (
        <UnitItem
          key={u.id}
          unit={u}
          depth={props.depth}
          includeArchived={props.includeArchived}
          selectedId={props.selectedId}
          onSelect={props.onSelect}
        />
      ))}
    </ul>
  );
}

function UnitItem(
  props: TreeProps & {
    depth: number;
    unit: { id: string; name: string; kind: string; archivedAt?: unknown; children: Array<{ id: string }> };
  },
) {
  const { unit, depth } = props;
  const { t } = useT(UNIT_MESSAGES);
  const shared = useT(SHARED_MESSAGES).t;
  // Until toggled, the root and the chosen unit show their sub-units (what an ADMIN builds next).
  const [toggled, setOpen] = useState<boolean | null>(null);
  // `children` lists live sub-units only; with archived ones shown, any unit may have some.
  const expandable = unit.children.length > 0 || props.includeArchived;
  const selected = props.selectedId === unit.id;
  const open = toggled ?? (depth === 0 || selected);
  return (
    <li>
      <div className={selected ? 'unit-node chosen' : 'unit-node'}>
        {expandable ? (
          <button
            type="button"
            className="secondary unit-toggle"
            aria-expanded={open}
            aria-label={t(open ? 'collapse' : 'expand', { name: unit.name })}
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="unit-toggle-space" aria-hidden="true" />
        )}
        <button type="button" className="unit-name" aria-pressed={selected} onClick={() => props.onSelect(unit.id)}>
          {unit.name}
        </button>
        <small className="where-inline">
          {shared(kindKey(unit.kind))}
          {unit.archivedAt ? ` · ${t('archived')}` : ''}
        </small>
      </div>
      {open && expandable ? (
        <UnitLevel
          parentId={unit.id}
          depth={depth + 1}
          includeArchived={props.includeArchived}
          selectedId={props.selectedId}
          onSelect={props.onSelect}
        />
      ) : null}
    </li>
  );
}
