import { useT } from '../../../shared/i18n';
import { graphql, useGqlQuery } from '../../graphql';
import { ErrorLine } from '../common/QueryState';
import { COMMON_MESSAGES } from '../common/commonMessages';

export const ADMIN_UNIT_TREE = graphql(`
  query AdminUnitTree {
    units {
      id
      name
      children {
        id
        name
        children {
          id
          name
        }
      }
    }
  }
`);

interface Node {
  id: string;
  name: string;
  children?: Node[];
}

/** The tree as a list, each unit indented by its depth. */
export function flattenUnits(nodes: Node[], depth = 0): Array<{ id: string; name: string; depth: number }> {
  return nodes.flatMap((n) => [{ id: n.id, name: n.name, depth }, ...flattenUnits(n.children ?? [], depth + 1)]);
}

/**
 * Choosing a unit of the agency: the root, its units and theirs (three levels, e.g. kota →
 * kecamatan → kelurahan: a deeper tree costs more than the gateway's query limit allows).
 */
export function UnitSelect(props: { id: string; label: string; value: string; onChange: (unitId: string) => void; anyLabel?: string }) {
  const { t } = useT(COMMON_MESSAGES);
  const tree = useGqlQuery(ADMIN_UNIT_TREE, {});
  if (tree.error) return <ErrorLine error={tree.error} />;
  if (tree.isPending) return <p aria-busy="true">{t('loading')}</p>;
  const units = flattenUnits(tree.data.units);
  return (
    <div className="grow">
      <label className="block" htmlFor={props.id}>
        {props.label}
      </label>
      <select id={props.id} className="field" value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.anyLabel !== undefined ? <option value="">{props.anyLabel}</option> : null}
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {'\u2003'.repeat(u.depth)}
            {u.name}
          </option>
        ))}
      </select>
    </div>
  );
}
