import { useState } from 'react';
import { useT } from '../../../shared/i18n';
import { session } from '../../api';
import { STAFF_MESSAGES } from '../../messages';
import { Note, NoteLine } from './servicePointCommon';

/** The button into Bull Board: a navigation cannot carry the bearer token, so a cookie is set first. */
export function QueueDashboardButton() {
  const { t } = useT(STAFF_MESSAGES);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<Note | null>(null);
  const [opened, setOpened] = useState(false);
  const open = async () => {
    setBusy(true);
    setNote(null);
    setOpened(false);
    try {
      const token = session.get();
      const res = await fetch('/admin/queues/session', {
        method: 'POST',
        headers: token ? { authorization: `Bearer ${token}` } : {},
        credentials: 'same-origin',
      });
      if (res.status === 401) setNote({ ok: false, key: 'queue401' });
      else if (res.status === 403) setNote({ ok: false, key: 'queue403' });
      else if (!res.ok) setNote({ ok: false, key: 'queueFailed', params: { status: res.status } });
      else {
        window.open('/admin/queues', '_blank', 'noopener');
        setOpened(true);
      }
    } catch {
      setNote({ ok: false, key: 'offline' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="queue-dashboard">
      <button type="button" className="secondary" onClick={() => void open()} disabled={busy} aria-busy={busy}>
        {busy ? t('queueOpening') : t('queueDashboard')}
      </button>
      {opened ? (
        <p className="notice ok" role="status">
          {t('queueOpened')}{' '}
          <a href="/admin/queues" target="_blank" rel="noopener">
            {t('queueOpenAgain')}
          </a>
        </p>
      ) : null}
      <NoteLine note={note} />
    </div>
  );
}
