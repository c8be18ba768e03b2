import { useId } from 'react';
import { useT } from '../../../shared/i18n';
import { TableHead } from '../../../shared/TableHead';
import { IMPORT_MESSAGES } from './importMessages';

export interface Preview {
  rows: number;
  problems: Array<{ line: number; reason: string }>;
}

/** Every bad row of a checked CSV with its line's text, or that all rows are fine. */
export function ImportPreview({ preview, text }: { preview: Preview; text: string }) {
  const { t } = useT(IMPORT_MESSAGES);
  const headingId = useId();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const bad = new Set(preview.problems.map((p) => p.line)).size;
  return (
    <section className="admin-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('previewHeading')}</h3>
      {bad === 0 ? (
        <p className="notice ok" role="status">
          {t('allGood', { n: preview.rows })}
        </p>
      ) : (
        <>
          <p id={`${headingId}-bad`} className="err" role="alert">
            {t('someBad', { bad, n: preview.rows })}
          </p>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${headingId}-bad`}>
            <table className="team">
              <TableHead columns={t('cols').split('|')} />
              <tbody>
                {preview.problems.map((p, i) => (
                  <tr key={i}>
                    <td>{p.line}</td>
                    <td>{p.reason}</td>
                    <td>
                      <code>{lines[p.line - 1] ?? ''}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
