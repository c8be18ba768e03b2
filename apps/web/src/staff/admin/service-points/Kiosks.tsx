import { useQueryClient } from '@tanstack/react-query';
import { FormEvent, useId, useState } from 'react';
import { useT } from '../../../shared/i18n';
import { request, useGqlMutation, useGqlQuery } from '../../graphql';
import { STAFF_MESSAGES } from '../../messages';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { KioskItem } from './KioskItem';
import { Pairing, PairingPanel } from './PairingPanel';
import { Kiosk, ListStatus, Note, NoteLine, ServicePoint, useNow } from './servicePointCommon';
import { CREATE_PAIRING_CODE, KIOSKS, REGISTER_KIOSK, RENAME_KIOSK, REVOKE_KIOSK } from './servicePointOperations';

const POLL_MS = 10_000;

/** A service point's kiosks: register (and pair at once), pairing codes, rename, revoke; last seen kept current. */
export function Kiosks({ servicePoint }: { servicePoint: ServicePoint }) {
  const { t } = useT(STAFF_MESSAGES);
  const now = useNow();
  const [note, setNote] = useState<Note | null>(null);
  const [pairing, setPairing] = useState<Pairing | null>(null);
  const [newName, setNewName] = useState('');
  const [confirming, setConfirming] = useState<Kiosk | null>(null);
  const nameId = useId();
  const spId = servicePoint.id;

  // Last seen changes whenever a kiosk sends a rating: keep it current while the page is in view.
  const query = useGqlQuery(KIOSKS, { servicePointId: spId }, { refetchInterval: POLL_MS });
  const kiosks = query.data?.kiosks ?? null;
  const failed = query.error;
  const client = useQueryClient();
  const registerKiosk = useGqlMutation(REGISTER_KIOSK, ['AdminKiosks']);
  const renameKiosk = useGqlMutation(RENAME_KIOSK, ['AdminKiosks']);
  const revokeKiosk = useGqlMutation(REVOKE_KIOSK, ['AdminKiosks']);
  const registering = registerKiosk.isPending;

  const pair = async (k: Pick<Kiosk, 'id' | 'name'>): Promise<boolean> => {
    setNote(null);
    try {
      const d = await request(CREATE_PAIRING_CODE, { kioskId: k.id });
      setPairing({ kioskId: k.id, kioskName: k.name, ...d.createKioskPairingCode });
      return true;
    } catch (err) {
      setNote({ ok: false, err });
      void client.invalidateQueries({ queryKey: ['AdminKiosks'] });
      return false;
    }
  };

  const register = async (e: FormEvent) => {
    e.preventDefault();
    const name = newName.trim();
    if (name.length < 2 || name.length > 100) return setNote({ ok: false, key: 'kioskNameLength' });
    setNote(null);
    setPairing(null);
    try {
      // The device token in this answer is not asked for: the tablet gets its own by pairing.
      const d = await registerKiosk.mutateAsync({ input: { servicePointId: spId, name } });
      setNewName('');
      if (await pair(d.registerKiosk)) setNote({ ok: true, key: 'kioskRegistered', params: { name: d.registerKiosk.name } });
    } catch (err) {
      setNote({ ok: false, err });
    }
  };

  const rename = async (k: Kiosk, name: string): Promise<boolean> => {
    setNote(null);
    if (name.trim().length < 2 || name.trim().length > 100) {
      setNote({ ok: false, key: 'kioskNameLength' });
      return false;
    }
    try {
      const d = await renameKiosk.mutateAsync({ id: k.id, name: name.trim() });
      setNote({ ok: true, key: 'renamed', params: { name: d.renameKiosk.name } });
      return true;
    } catch (err) {
      setNote({ ok: false, err });
      return false;
    }
  };

  const revoke = async (k: Kiosk) => {
    setConfirming(null);
    setNote(null);
    try {
      await revokeKiosk.mutateAsync({ id: k.id });
      if (pairing?.kioskId === k.id) setPairing(null);
      setNote({ ok: true, key: 'kioskRevoked', params: { name: k.name } });
    } catch (err) {
      setNote({ ok: false, err });
    }
  };

  const headingId = useId();
  return (
    <section className="admin-section" aria-labelledby={headingId} aria-busy={kiosks === null}>
      <h2 id={headingId}>{t('kiosksHeading')}</h2>
      <p className="where">{t('kiosksHelp')}</p>
      <form className="admin-form" onSubmit={register} noValidate>
        <label className="block" htmlFor={nameId}>
          {t('newKioskName')}
        </label>
        <div className="row">
          <input
            id={nameId}
            className="field grow"
            value={newName}
            maxLength={100}
            placeholder="Tablet Loket 1"
            aria-describedby={`${nameId}-hint`}
            onChange={(e) => setNewName(e.target.value)}
          />
          <button type="submit" disabled={registering} aria-busy={registering}>
            {registering ? t('registering') : t('registerKiosk')}
          </button>
        </div>
        <small id={`${nameId}-hint`} className="where-inline">
          {t('newKioskHint')}
        </small>
      </form>
      <NoteLine note={note} />
      {pairing ? <PairingPanel pairing={pairing} now={now} onClose={() => setPairing(null)} /> : null}
      {kiosks?.length ? (
        <ul className="admin-list" aria-label={t('kiosksLabel', { servicePoint: servicePoint.name })}>
          {kiosks.map((k) => (
            <KioskItem key={k.id} kiosk={k} now={now} onPair={pair} onRename={rename} onRevoke={setConfirming} />
          ))}
        </ul>
      ) : (
        <ListStatus items={kiosks} failed={failed} empty="noKiosks" />
      )}
      {confirming ? (
        <ConfirmDialog
          title={t('revokeKioskTitle', { name: confirming.name })}
          body={t('revokeKioskBody')}
          confirm={t('revoke')}
          danger
          onConfirm={() => void revoke(confirming)}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
    </section>
  );
}
