import { useState, type FormEvent } from 'react';
import { useT } from '../../../shared/i18n';
import { graphql, useGqlMutation, useGqlQuery } from '../../graphql';
import { ErrorLine } from '../common/QueryState';
import { ROUND_MESSAGES } from './roundMessages';
import { ADMIN_UNIT_TREE, UnitSelect } from './UnitSelect';

const OPEN_ROUNDS = graphql(`
  mutation AdminOpenRoundsForUnit($input: OpenRoundsForUnitInput!) {
    openRoundsForUnit(input: $input) {
      opened
      alreadyOpen
      withoutSupervisor
    }
  }
`);

/** The queries that show rounds and progress, refetched after opening or reopening. */
export const ROUND_QUERIES = ['AdminPeriodRounds', 'AdminPeriodProgress'];

/**
 * Opening the rounds of a unit (with its sub-units), or of the whole agency (its root units, with
 * everything below them), in one action.
 */
export function OpenRoundsForm({ periodId }: { periodId: string }) {
  const { t } = useT(ROUND_MESSAGES);
  const tree = useGqlQuery(ADMIN_UNIT_TREE, {});
  const [unitId, setUnitId] = useState('');
  const [includeSubunits, setIncludeSubunits] = useState(true);
  const open = useGqlMutation(OPEN_ROUNDS, ROUND_QUERIES);
  const [result, setResult] = useState<{ opened: number; alreadyOpen: number; withoutSupervisor: number } | null>(null);
  const roots = tree.data?.units ?? [];
  const chosen = unitId || roots[0]?.id || '';

  const run = async (targets: Array<{ unitId: string; includeSubunits: boolean }>) => {
    setResult(null);
    const sum = { opened: 0, alreadyOpen: 0, withoutSupervisor: 0 };
    for (const target of targets) {
      const d = await open.mutateAsync({ input: { periodId, ...target } }).catch(() => null);
      if (!d) return;
      sum.opened += d.openRoundsForUnit.opened;
      sum.alreadyOpen += d.openRoundsForUnit.alreadyOpen;
      sum.withoutSupervisor += d.openRoundsForUnit.withoutSupervisor;
    }
    setResult(sum);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (chosen) void run([{ unitId: chosen, includeSubunits }]);
  };
  return (
    <form className="admin-section admin-form" onSubmit={submit} aria-labelledby="rounds-open">
      <h3 id="rounds-open">{t('openHeading')}</h3>
      <p className="hint">{t('openHelp')}</p>
      <p>
        <button
          type="button"
          disabled={open.isPending || !roots.length || !periodId}
          onClick={() => void run(roots.map((r) => ({ unitId: r.id, includeSubunits: true })))}
        >
          {t('openForAgency')}
        </button>
      </p>
      <div className="row">
        <UnitSelect id="rounds-unit" label={t('unit')} value={chosen} onChange={setUnitId} />
      </div>
      <p>
        <label>
          <input type="checkbox" checked={includeSubunits} onChange={(e) => setIncludeSubunits(e.target.checked)} /> {t('includeSubunits')}
        </label>
      </p>
      <p>
        <button type="submit" className="secondary" disabled={open.isPending || !chosen || !periodId}>
          {t('openForUnit')}
        </button>
      </p>
      {open.isPending ? <p aria-busy="true">{t('opening')}</p> : null}
      <ErrorLine error={open.error} />
      {result ? (
        <p className="notice ok" role="status">
          {t('openedResult', result)}
        </p>
      ) : null}
    </form>
  );
}
