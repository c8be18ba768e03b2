import { useMemo, useState } from 'react';
import { useT } from '../../../shared/i18n';
import { graphql, useGqlQuery } from '../../graphql';
import { Choice, SearchSelect, useDebounced } from './SearchSelect';
import { SHARED_MESSAGES } from './sharedMessages';

const PICK_EMPLOYEES = graphql(`
  query AdminPickEmployees($search: String!) {
    employees(filter: { search: $search, active: true }, page: { first: 10 }) {
      nodes {
        id
        name
        nip
        position
      }
    }
  }
`);

/** An active employee of the agency, found by name or NIP on the server (10 matches at most). */
export function EmployeeSelect(props: { label: string; value: Choice | null; onChange: (c: Choice | null) => void; clearable?: boolean }) {
  const [term, setTerm] = useState('');
  const search = useDebounced(term.trim());
  const q = useGqlQuery(PICK_EMPLOYEES, { search }, { enabled: search.length >= 2 });
  const choices = q.data?.employees.nodes.map((e) => ({ id: e.id, label: e.name, hint: `${e.nip} · ${e.position}` }));
  return <SearchSelect {...props} term={term} onTerm={setTerm} choices={choices} loading={q.isFetching} error={q.error} />;
}

const UNIT_ROOT = graphql(`
  query AdminUnitRoot {
    units {
      id
      name
    }
  }
`);

/**
 * Every live unit of the agency's first three levels below its root (dinas / bidang / seksi,
 * kecamatan / kelurahan), with their paths, from one nested query within the gateway's cost
 * limit: an agency has hundreds of units at most, so the search runs in the page.
 */
const UNIT_INDEX = graphql(`
  query AdminUnitIndex($rootId: ID!) {
    units(parentId: $rootId) {
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

interface UnitNode {
  id: string;
  name: string;
  children?: UnitNode[];
}

function flatten(nodes: UnitNode[], path: string[] = [], out: Choice[] = []): Choice[] {
  for (const n of nodes) {
    out.push({ id: n.id, label: n.name, hint: path.length ? path.join(' / ') : undefined });
    if (n.children) flatten(n.children, [...path, n.name], out);
  }
  return out;
}

/** The whole list of live units with their paths (for pickers and the import's hints). */
export function useUnitChoices() {
  const root = useGqlQuery(UNIT_ROOT, {});
  const rootUnit = root.data?.units[0];
  const q = useGqlQuery(UNIT_INDEX, { rootId: rootUnit?.id ?? '' }, { enabled: Boolean(rootUnit) });
  const all = useMemo(
    () => (rootUnit && q.data ? flatten([{ ...rootUnit, children: q.data.units as UnitNode[] }]) : undefined),
    [rootUnit, q.data],
  );
  return { all, loading: root.isLoading || q.isLoading, error: root.error ?? q.error };
}

/** A live unit, found by (part of) its name or its parents' names. */
export function UnitSelect(props: { label: string; value: Choice | null; onChange: (c: Choice | null) => void; clearable?: boolean }) {
  const { t } = useT(SHARED_MESSAGES);
  const [term, setTerm] = useState('');
  const { all, loading, error } = useUnitChoices();
  const needle = term.trim().toLowerCase();
  const choices = all?.filter((c) => `${c.hint ?? ''} / ${c.label}`.toLowerCase().includes(needle)).slice(0, 15);
  return (
    <SearchSelect {...props} term={term} onTerm={setTerm} choices={choices} loading={loading} error={error} hint={t('unitSearchHint')} />
  );
}
