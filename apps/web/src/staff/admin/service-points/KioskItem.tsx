import { useId, useState } from 'react';
import { useT } from '../../../shared/i18n';
import { STAFF_MESSAGES } from '../../messages';
import { ago, dateTime, Kiosk } from './servicePointCommon';

/** One kiosk: last seen, and (while not revoked) pairing code, rename and revoke. */
export function KioskItem(props: {
  kiosk: Kiosk;
  now: number;
  onPair: (k: Kiosk) => Promise<boolean>;
  onRename: (k: Kiosk, name: string) => Promise<boolean>;
  onRevoke: (k: Kiosk) => void;
}) {
  const { kiosk: k, now } = props;
  const { t, lang } = useT(STAFF_MESSAGES);
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(k.name);
  const [busy, setBusy] = useState<'pair' | 'rename' | null>(null);
  const fieldId = useId();
  const revoked = Boolean(k.revokedAt);
  return (
    <li className={revoked ? 'admin-item revoked' : 'admin-item'}>
      <div className="admin-main">
        <strong className="admin-name">{k.name}</strong>{' '}
        {revoked ? <span className="badge no">{t('revoked')}</span> : <span className="badge ok">{t('active')}</span>}
        <br />
        <small className="where-inline">
          {k.lastSeenAt ? (
            <time dateTime={k.lastSeenAt} title={dateTime(k.lastSeenAt, lang)}>
              {t('lastSeen', { when: ago(k.lastSeenAt, now, t) })}
            </time>
          ) : (
            t('neverSeen')
          )}
          {k.revokedAt ? (
            <>
              {' · '}
              <time dateTime={k.revokedAt}>{t('revokedAt', { at: dateTime(k.revokedAt, lang) })}</time>
            </>
          ) : null}
        </small>
      </div>
      {renaming ? (
        <form
          className="row rename"
          onSubmit={async (e) => {
            e.preventDefault();
            setBusy('rename');
            const done = await props.onRename(k, name);
            setBusy(null);
            if (done) setRenaming(false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setRenaming(false);
              setName(k.name);
            }
          }}
        >
          <label className="sr" htmlFor={fieldId}>
            {t('renameField', { name: k.name })}
          </label>
          <input id={fieldId} className="field" value={name} maxLength={100} autoFocus onChange={(e) => setName(e.target.value)} />
          <button type="submit" disabled={busy === 'rename'} aria-busy={busy === 'rename'}>
            {busy === 'rename' ? t('saving') : t('save')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setRenaming(false);
              setName(k.name);
            }}
          >
            {t('cancel')}
          </button>
        </form>
      ) : !revoked ? (
        <div className="row admin-actions">
          <button
            type="button"
            aria-label={busy === 'pair' ? undefined : t('pairingCodeFor', { name: k.name })}
            disabled={busy === 'pair'}
            aria-busy={busy === 'pair'}
            onClick={async () => {
              setBusy('pair');
              await props.onPair(k);
              setBusy(null);
            }}
          >
            {busy === 'pair' ? t('pairingCreating') : t('pairingCode')}
          </button>
          <button
            type="button"
            className="secondary"
            aria-label={t('renameLabel', { name: k.name })}
            onClick={() => {
              setName(k.name);
              setRenaming(true);
            }}
          >
            {t('rename')}
          </button>
          <button
            type="button"
            className="secondary danger-outline"
            aria-label={t('revokeKioskLabel', { name: k.name })}
            onClick={() => props.onRevoke(k)}
          >
            {t('revoke')}
          </button>
        </div>
      ) : null}
    </li>
  );
}
