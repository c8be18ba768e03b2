import { useEffect, useState } from 'react';
import { useT } from '../../../shared/i18n';
import type { InstrumentItemInput } from '../../gql/graphql';
import { graphql, useGqlMutation, useGqlQuery } from '../../graphql';
import { VALUE_GLOSS } from '../../messages';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ErrorLine, QueryState } from '../common/QueryState';
import { INSTRUMENT_MESSAGES } from './instrumentMessages';
import { day } from '../common/format';

const CURRENT_INSTRUMENT = graphql(`
  query AdminCurrentInstrument {
    currentInstrument {
      id
      version
      publishedAt
      items {
        value
        name
        description
        anchors
      }
    }
  }
`);

const PUBLISH_INSTRUMENT = graphql(`
  mutation AdminPublishInstrument($input: PublishInstrumentInput!) {
    publishInstrument(input: $input) {
      id
      version
    }
  }
`);

/** The current BerAKHLAK instrument, and publishing a new version from an edited copy of it. */
export function InstrumentSection() {
  const { t } = useT(INSTRUMENT_MESSAGES);
  const q = useGqlQuery(CURRENT_INSTRUMENT, {});
  const publish = useGqlMutation(PUBLISH_INSTRUMENT, ['AdminCurrentInstrument']);
  const [items, setItems] = useState<InstrumentItemInput[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [published, setPublished] = useState<number | null>(null);
  const current = q.data?.currentInstrument;
  useEffect(() => {
    if (current)
      setItems(current.items.map(({ value, name, description, anchors }) => ({ value, name, description, anchors: [...anchors] })));
  }, [current]);
  const edit = (i: number, patch: Partial<InstrumentItemInput>) =>
    setItems((all) => all.map((it, j) => (j === i ? { ...it, ...patch } : it)));
  return (
    <section className="admin-section" aria-labelledby="instrument-heading">
      <h3 id="instrument-heading">{t('instrumentHeading')}</h3>
      <QueryState loading={q.isPending} error={q.error} empty={false} emptyText="" onRetry={() => void q.refetch()}>
        {current ? (
          <>
            <p>{t('currentVersion', { version: current.version, date: day(current.publishedAt) })}</p>
            <p className="hint">{t('instrumentHelp')}</p>
            <ol>
              {current.items.map((it) => (
                <li key={it.value}>
                  <strong>{it.name}</strong> <span lang="en">({VALUE_GLOSS[it.value]})</span>
                </li>
              ))}
            </ol>
          </>
        ) : null}
        <details>
          <summary>{t('editInstrument')}</summary>
          {items.map((it, i) => (
            <fieldset key={it.value}>
              <legend>{it.value}</legend>
              <label className="block" htmlFor={`item-${i}-name`}>
                {t('itemName')}
              </label>
              <input id={`item-${i}-name`} className="field" value={it.name} onChange={(e) => edit(i, { name: e.target.value })} />
              <label className="block" htmlFor={`item-${i}-desc`}>
                {t('itemDescription')}
              </label>
              <textarea
                id={`item-${i}-desc`}
                className="field"
                rows={2}
                value={it.description}
                onChange={(e) => edit(i, { description: e.target.value })}
              />
              {it.anchors.map((a, k) => (
                <div key={k}>
                  <label className="block" htmlFor={`item-${i}-anchor-${k}`}>
                    {t('anchor', { score: k + 1 })}
                  </label>
                  <input
                    id={`item-${i}-anchor-${k}`}
                    className="field"
                    value={a}
                    onChange={(e) => edit(i, { anchors: it.anchors.map((x, m) => (m === k ? e.target.value : x)) })}
                  />
                </div>
              ))}
            </fieldset>
          ))}
          <p>
            <button type="button" disabled={!items.length} onClick={() => (setPublished(null), setConfirming(true))}>
              {t('publishInstrument')}
            </button>
          </p>
        </details>
        <ErrorLine error={publish.error} />
        {published ? (
          <p className="notice ok" role="status">
            {t('instrumentPublished', { version: published })}
          </p>
        ) : null}
      </QueryState>
      {confirming ? (
        <ConfirmDialog
          title={t('publishInstrumentTitle', { version: (current?.version ?? 0) + 1 })}
          body={<p>{t('publishInstrumentBody')}</p>}
          confirm={publish.isPending ? t('publishing') : t('publishInstrument')}
          busy={publish.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            publish.mutate(
              { input: { items } },
              { onSuccess: (d) => setPublished(d.publishInstrument.version), onSettled: () => setConfirming(false) },
            )
          }
        />
      ) : null}
    </section>
  );
}
