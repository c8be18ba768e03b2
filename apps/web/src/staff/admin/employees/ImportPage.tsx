import { FormEvent, useId, useState } from 'react';
import { useT } from '../../../shared/i18n';
import { graphql, useGqlMutation } from '../../graphql';
import '../admin.css';
import { Done, ErrorLine } from '../shared/QueryState';
import '../shared/org.css';
import { EMPLOYEE_QUERIES } from './employeeOperations';
import { IMPORT_MESSAGES } from './importMessages';
import { ImportPreview, Preview } from './ImportPreview';

const IMPORT = graphql(`
  mutation AdminImportEmployees($input: ImportEmployeesInput!) {
    importEmployees(input: $input) {
      created
      dryRun
      rows
      nips
      problems {
        line
        reason
      }
    }
  }
`);

/**
 * /app/admin/import (ADMIN): a CSV pasted or chosen, checked row by row on the server (a dry run
 * stores nothing), fixed in place, then imported all or nothing.
 */
export function ImportPage() {
  const { t } = useT(IMPORT_MESSAGES);
  const [text, setText] = useState('');
  const [password, setPassword] = useState('');
  // The preview and the exact text it was made of: importing needs a clean check of this text.
  const [checked, setChecked] = useState<{ text: string; preview: Preview } | null>(null);
  const [problem, setProblem] = useState<'empty' | 'fileFailed' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const check = useGqlMutation(IMPORT);
  const run = useGqlMutation(IMPORT, EMPLOYEE_QUERIES);
  const fileId = useId();
  const textId = useId();
  const pwId = useId();
  const fresh = checked?.text === text;
  const ready = fresh && checked.preview.problems.length === 0 && checked.preview.rows > 0;

  const onCheck = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    setProblem(text.trim() ? null : 'empty');
    if (!text.trim()) return;
    const sent = text;
    check.mutate({ input: { csv: sent, dryRun: true } }, { onSuccess: (d) => setChecked({ text: sent, preview: d.importEmployees }) });
  };
  const onImport = () =>
    run.mutate(
      { input: { csv: text, initialPassword: password || null } },
      {
        onSuccess: (d) => {
          setDone(t('imported', { n: d.importEmployees.created }));
          setChecked(null);
          setText('');
        },
      },
    );
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      setText(await file.text());
      setProblem(null);
    } catch {
      setProblem('fileFailed');
    }
  };
  return (
    <section className="admin" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('heading')}</h2>
      <p className="hint">{t('intro')}</p>
      <form className="admin-section admin-form" onSubmit={onCheck} noValidate aria-labelledby="import-heading">
        <label className="block" htmlFor={fileId}>
          {t('file')}
        </label>
        <input id={fileId} type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void onFile(e.target.files?.[0])} />
        <label className="block" htmlFor={textId}>
          {t('text')}
        </label>
        <textarea id={textId} className="csv" spellCheck={false} value={text} onChange={(e) => (setText(e.target.value), setDone(null))} />
        <label className="block" htmlFor={pwId}>
          {t('password')}
        </label>
        <input
          id={pwId}
          className="field"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {problem ? (
          <p className="err" role="alert">
            {t(problem)}
          </p>
        ) : (
          <ErrorLine error={check.error} />
        )}
        <p className="row">
          <button type="submit" className="secondary" disabled={check.isPending} aria-busy={check.isPending}>
            {check.isPending ? t('checking') : t('check')}
          </button>
          <button type="button" disabled={!ready || run.isPending} aria-busy={run.isPending} onClick={onImport}>
            {run.isPending ? t('importing') : ready ? t('import', { n: checked.preview.rows }) : t('importAny')}
          </button>
        </p>
        {checked && !fresh ? <p className="hint">{t('stale')}</p> : null}
        <ErrorLine error={run.error} />
        <Done text={done} />
      </form>
      {checked ? <ImportPreview preview={checked.preview} text={checked.text} /> : null}
    </section>
  );
}
