import { useT } from '../../../shared/i18n';
import { TableHead } from '../../../shared/TableHead';
import type { AdminAuditLogQuery } from '../../gql/graphql';
import { graphql } from '../../graphql';
import { AUDIT_MESSAGES, ENTITY_TYPES, type AuditKey } from './auditMessages';
import { dateTime } from '../common/format';

export const PAGE_SIZE = 25;

export const AUDIT_LOG = graphql(`
  query AdminAuditLog($entityType: String, $entityId: ID, $actorId: ID, $from: String, $to: String, $first: Int!, $before: ID) {
    auditLog(entityType: $entityType, entityId: $entityId, actorId: $actorId, from: $from, to: $to, first: $first, before: $before) {
      id
      occurredAt
      action
      actorId
      actorKind
      actorName
      entityType
      entityId
      before
      after
    }
  }
`);

type Entry = AdminAuditLogQuery['auditLog'][number];

/** One row per audited change; what changed (before → after) folded away. */
export function AuditTable({ entries }: { entries: Entry[] }) {
  const { t, lang } = useT(AUDIT_MESSAGES);
  return (
    <div className="table-scroll" role="region" aria-label={t('caption')} tabIndex={0}>
      <table className="team audit">
        <caption className="sr">{t('caption')}</caption>
        <TableHead columns={[t('colWhen'), t('colAction'), t('colWho'), t('colEntity'), t('colChange')]} />
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{dateTime(e.occurredAt, lang)}</td>
              <th scope="row">{e.action}</th>
              <td>{e.actorName ?? (e.actorId || t('system'))}</td>
              <td>
                {ENTITY_TYPES.includes(e.entityType) ? t(`type${e.entityType}` as AuditKey) : e.entityType}
                {e.entityId ? (
                  <>
                    <br />
                    <small className="audit-id">{e.entityId}</small>
                  </>
                ) : null}
              </td>
              <td>
                {e.before || e.after ? (
                  <details>
                    <summary>{t('details')}</summary>
                    <pre className="audit-json">
                      {JSON.stringify({ before: e.before ?? undefined, after: e.after ?? undefined }, null, 1)}
                    </pre>
                  </details>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
