import { useState } from 'react';
import { useT } from '../../../shared/i18n';
import { session } from '../../api';
import { RECOGNITION_MESSAGES } from './recognitionMessages';

/**
 * Downloads a staff CSV export (`/api/*.csv`): fetched with the session's token (the routes take the
 * same Authorization header as GraphQL), then saved from a blob, so no token ever goes in an address.
 */
export function CsvDownload({ path, params, fileName }: { path: string; params: Record<string, string>; fileName: string }) {
  const { t } = useT(RECOGNITION_MESSAGES);
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const download = async () => {
    setState('busy');
    try {
      const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '')).toString();
      const token = session.get();
      const res = await fetch(`${path}?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      if (!res.ok) throw new Error(String(res.status));
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <p className="row">
      <button type="button" className="secondary" onClick={() => void download()} disabled={state === 'busy'} aria-busy={state === 'busy'}>
        {state === 'busy' ? t('exporting') : t('exportCsv')}
      </button>
      {state === 'failed' ? (
        <span className="err" role="alert">
          {t('exportFailed')}
        </span>
      ) : null}
    </p>
  );
}
