import { FormEvent, ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';
import { Lang, Params, useT } from '../../../shared/i18n';
import { session, staffGql } from '../../api';
import { errorText, STAFF_MESSAGES, StaffKey } from '../../messages';
import { Notice } from '../../Notice';
import '../admin.css';

/**
 * Administration (/app, ADMIN only): a service point's kiosks (register, pair with a six-digit code,
 * rename, revoke; last seen), rating links (create, print the QR code, revoke), held citizen ratings
 * (count or reject them), and the way into the read-only queue dashboard. Everything goes through the existing GraphQL API; the kiosk's
 * device token is never asked for: the tablet gets it by entering the pairing code at /kiosk.
 */

interface ServicePoint {
  id: string;
  name: string;
  unit: { name: string };
  staff: Array<{ id: string; name: string }>;
}
interface Kiosk {
  id: string;
  name: string;
  revokedAt: string | null;
  lastSeenAt: string | null;
  createdAt: string;
}
interface RatingLink {
  id: string;
  token: string;
  url: string;
  employeeId: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}
interface HeldRating {
  id: string;
  employeeId: string | null;
  channel: 'LINK' | 'KIOSK' | 'TICKET';
  kind: 'IKM' | 'QUICK';
  reason: 'CLIENT_REPEAT' | 'KIOSK_REPEAT';
  clientTag: string;
  answers: number[] | null;
  score: number | null;
  comment: string | null;
  submittedAt: string;
}
interface Pairing {
  kioskId: string;
  kioskName: string;
  code: string;
  expiresAt: string;
}
/** A message key (put into words at render time: the language may change) or an API error. */
type Note = { ok: true; key: StaffKey; params?: Params } | { ok: false; key: StaffKey; params?: Params } | { ok: false; err: unknown };

const SP_KEY = 'k360.staff.admin.servicePoint';
const POLL_MS = 10_000;
const KIOSK_FIELDS = 'id name revokedAt lastSeenAt createdAt';
const LINK_FIELDS = 'id token url employeeId expiresAt revokedAt createdAt';
const HELD_FIELDS = 'id employeeId channel kind reason clientTag answers score comment submittedAt';
/** heldRatings answers at most this many (the oldest first); decide them to see the rest. */
const HELD_LIMIT = 1000;

/** Re-renders every `ms` so relative times ("5 menit lalu") and expiries stay true. */
function useNow(ms = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');
const dateTime = (iso: string, lang: Lang) => new Date(iso).toLocaleString(locale(lang), { dateStyle: 'medium', timeStyle: 'short' });
const timeOnly = (iso: string, lang: Lang) => new Date(iso).toLocaleTimeString(locale(lang), { hour: '2-digit', minute: '2-digit' });
const dateOnly = (iso: string, lang: Lang) => new Date(iso).toLocaleDateString(locale(lang), { dateStyle: 'medium' });

/** "baru saja", "5 menit lalu", "2 jam lalu", "3 hari lalu" (and the English equivalents). */
function ago(iso: string, now: number, t: (k: StaffKey, p?: Params) => string): string {
  const s = Math.floor((now - Date.parse(iso)) / 1000);
  if (s < 60) return t('justNow');
  const m = Math.floor(s / 60);
  if (m < 60) return m === 1 ? t('minuteAgo') : t('minutesAgo', { n: m });
  const h = Math.floor(m / 60);
  if (h < 24) return h === 1 ? t('hourAgo') : t('hoursAgo', { n: h });
  const d = Math.floor(h / 24);
  return d === 1 ? t('dayAgo') : t('daysAgo', { n: d });
}

function NoteLine({ note }: { note: Note | null }) {
  const { t, lang } = useT(STAFF_MESSAGES);
  if (!note) return null;
  if (note.ok) return <Notice notice={note} />;
  return (
    <p className="err" role="alert">
      {'err' in note ? errorText(note.err, t, lang) : t(note.key, note.params)}
    </p>
  );
}

/** Where a list's items go while there are none to show: loading, the load's failure, or the `empty` message. */
function ListStatus({ items, failed, empty }: { items: readonly unknown[] | null; failed: unknown; empty: StaffKey }) {
  const { t } = useT(STAFF_MESSAGES);
  if (items === null) return failed ? <NoteLine note={{ ok: false, err: failed }} /> : <p aria-busy="true">{t('loading')}</p>;
  return items.length === 0 ? <p className="empty">{t(empty)}</p> : null;
}

/** A modal confirmation (native <dialog>: focus kept inside, Escape cancels, focus returns afterwards). */
function ConfirmDialog(props: {
  title: string;
  body: string;
  confirm: string;
  /** false: the confirming button is not drawn as destructive. */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useT(STAFF_MESSAGES);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      opener?.focus?.();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id={titleId}>{props.title}</h2>
      <p id={bodyId}>{props.body}</p>
      <div className="row">
        <button type="button" className="secondary" autoFocus onClick={props.onCancel}>
          {t('cancel')}
        </button>
        <button type="button" className={props.danger === false ? undefined : 'danger'} onClick={props.onConfirm}>
          {props.confirm}
        </button>
      </div>
    </dialog>
  );
}

/** The button into Bull Board: a navigation cannot carry the bearer token, so a cookie is set first. */
function QueueDashboardButton() {
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

/** The large pairing code, with its expiry and what to do with it. */
function PairingPanel({ pairing, now, onClose }: { pairing: Pairing; now: number; onClose: () => void }) {
  const { t, lang } = useT(STAFF_MESSAGES);
  const ref = useRef<HTMLElement>(null);
  const headingId = useId();
  useEffect(() => ref.current?.focus(), [pairing.code]);
  const expired = Date.parse(pairing.expiresAt) <= now;
  return (
    <section ref={ref} tabIndex={-1} className="pairing notice" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('pairingHeading', { name: pairing.kioskName })}</h3>
      <p className={expired ? 'pair-code gone' : 'pair-code'} aria-describedby={`${headingId}-how`}>
        {pairing.code}
      </p>
      <p id={`${headingId}-how`} className="pair-how">
        {t('pairingHow')}
      </p>
      {expired ? (
        <p className="err" role="alert">
          {t('pairingExpired')}
        </p>
      ) : (
        <p>
          <time dateTime={pairing.expiresAt}>{t('pairingValid', { time: timeOnly(pairing.expiresAt, lang) })}</time>
        </p>
      )}
      <button type="button" className="secondary" onClick={onClose}>
        {t('pairingClose')}
      </button>
    </section>
  );
}

function KioskItem(props: {
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

function Kiosks({ servicePoint }: { servicePoint: ServicePoint }) {
  const { t } = useT(STAFF_MESSAGES);
  const now = useNow();
  const [kiosks, setKiosks] = useState<Kiosk[] | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const [note, setNote] = useState<Note | null>(null);
  const [pairing, setPairing] = useState<Pairing | null>(null);
  const [newName, setNewName] = useState('');
  const [registering, setRegistering] = useState(false);
  const [confirming, setConfirming] = useState<Kiosk | null>(null);
  const nameId = useId();
  const spId = servicePoint.id;

  const load = useCallback(async () => {
    try {
      const d = await staffGql<{ kiosks: Kiosk[] }>(`query($sp: ID) { kiosks(servicePointId: $sp) { ${KIOSK_FIELDS} } }`, { sp: spId });
      setKiosks(d.kiosks);
      setFailed(null);
    } catch (err) {
      setFailed(err);
    }
  }, [spId]);
  useEffect(() => {
    setKiosks(null);
    setPairing(null);
    setNote(null);
    void load();
    // Last seen changes whenever a kiosk sends a rating: keep it current while the page is in view.
    const timer = setInterval(() => document.visibilityState === 'visible' && void load(), POLL_MS);
    return () => clearInterval(timer);
  }, [load]);

  const pair = async (k: Pick<Kiosk, 'id' | 'name'>): Promise<boolean> => {
    setNote(null);
    try {
      const d = await staffGql<{ createKioskPairingCode: { code: string; expiresAt: string } }>(
        `mutation($k: ID!) { createKioskPairingCode(kioskId: $k) { code expiresAt } }`,
        { k: k.id },
      );
      setPairing({ kioskId: k.id, kioskName: k.name, ...d.createKioskPairingCode });
      return true;
    } catch (err) {
      setNote({ ok: false, err });
      void load();
      return false;
    }
  };

  const register = async (e: FormEvent) => {
    e.preventDefault();
    const name = newName.trim();
    if (name.length < 2 || name.length > 100) return setNote({ ok: false, key: 'kioskNameLength' });
    setRegistering(true);
    setNote(null);
    setPairing(null);
    try {
      // The device token in this answer is not asked for: the tablet gets its own by pairing.
      const d = await staffGql<{ registerKiosk: Kiosk }>(
        `mutation($i: RegisterKioskInput!) { registerKiosk(input: $i) { ${KIOSK_FIELDS} } }`,
        {
          i: { servicePointId: spId, name },
        },
      );
      setNewName('');
      setKiosks((list) => [...(list ?? []), d.registerKiosk].sort((a, b) => a.name.localeCompare(b.name)));
      if (await pair(d.registerKiosk)) setNote({ ok: true, key: 'kioskRegistered', params: { name: d.registerKiosk.name } });
    } catch (err) {
      setNote({ ok: false, err });
    } finally {
      setRegistering(false);
    }
  };

  const rename = async (k: Kiosk, name: string): Promise<boolean> => {
    setNote(null);
    if (name.trim().length < 2 || name.trim().length > 100) {
      setNote({ ok: false, key: 'kioskNameLength' });
      return false;
    }
    try {
      const d = await staffGql<{ renameKiosk: Kiosk }>(
        `mutation($id: ID!, $n: String!) { renameKiosk(id: $id, name: $n) { ${KIOSK_FIELDS} } }`,
        {
          id: k.id,
          n: name.trim(),
        },
      );
      setKiosks((list) => (list ?? []).map((x) => (x.id === k.id ? d.renameKiosk : x)));
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
      const d = await staffGql<{ revokeKiosk: Kiosk }>(`mutation($id: ID!) { revokeKiosk(id: $id) { ${KIOSK_FIELDS} } }`, { id: k.id });
      setKiosks((list) => (list ?? []).map((x) => (x.id === k.id ? d.revokeKiosk : x)));
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
          onConfirm={() => void revoke(confirming)}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
    </section>
  );
}

/** The QR image's own address on this server (the printed `url` may point at the public address). */
const qrPath = (token: string, format: 'svg' | 'png') => `/r/${encodeURIComponent(token)}/qr.${format}`;

function RatingLinks({ servicePoint }: { servicePoint: ServicePoint }) {
  const { t, lang } = useT(STAFF_MESSAGES);
  const now = useNow(60_000);
  const [links, setLinks] = useState<RatingLink[] | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const [note, setNote] = useState<Note | null>(null);
  const [officer, setOfficer] = useState('');
  const [until, setUntil] = useState('');
  const [creating, setCreating] = useState(false);
  const [confirming, setConfirming] = useState<RatingLink | null>(null);
  const [fresh, setFresh] = useState<string | null>(null);
  const officerId = useId();
  const untilId = useId();
  const headingId = useId();
  const spId = servicePoint.id;
  const staffName = new Map(servicePoint.staff.map((s) => [s.id, s.name]));
  const who = (l: RatingLink) => (l.employeeId ? (staffName.get(l.employeeId) ?? '—') : t('linkWholePoint'));
  const today = (() => {
    const d = new Date(now);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  })();

  const load = useCallback(async () => {
    try {
      const d = await staffGql<{ ratingLinks: RatingLink[] }>(`query($sp: ID) { ratingLinks(servicePointId: $sp) { ${LINK_FIELDS} } }`, {
        sp: spId,
      });
      setLinks(d.ratingLinks);
      setFailed(null);
    } catch (err) {
      setFailed(err);
    }
  }, [spId]);
  useEffect(() => {
    setLinks(null);
    setNote(null);
    setOfficer('');
    void load();
  }, [load]);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setNote(null);
    if (until && until < today) return setNote({ ok: false, key: 'linkExpiresPast' });
    setCreating(true);
    try {
      // Valid through the whole chosen day, in the admin's time zone.
      const expiresAt = until ? new Date(`${until}T23:59:59`).toISOString() : undefined;
      const d = await staffGql<{ createRatingLink: RatingLink }>(
        `mutation($i: CreateRatingLinkInput!) { createRatingLink(input: $i) { ${LINK_FIELDS} } }`,
        { i: { servicePointId: spId, employeeId: officer || undefined, expiresAt } },
      );
      setLinks((list) => [d.createRatingLink, ...(list ?? [])]);
      setFresh(d.createRatingLink.id);
      setUntil('');
      setNote({ ok: true, key: 'linkCreated' });
    } catch (err) {
      setNote({ ok: false, err });
    } finally {
      setCreating(false);
    }
  };

  const revoke = async (l: RatingLink) => {
    setConfirming(null);
    setNote(null);
    try {
      const d = await staffGql<{ revokeRatingLink: RatingLink }>(`mutation($id: ID!) { revokeRatingLink(id: $id) { ${LINK_FIELDS} } }`, {
        id: l.id,
      });
      setLinks((list) => (list ?? []).map((x) => (x.id === l.id ? d.revokeRatingLink : x)));
      setNote({ ok: true, key: 'linkRevoked' });
    } catch (err) {
      setNote({ ok: false, err });
    }
  };

  return (
    <section className="admin-section" aria-labelledby={headingId} aria-busy={links === null}>
      <h2 id={headingId}>{t('linksHeading')}</h2>
      <p className="where">{t('linksHelp')}</p>
      <form className="admin-form link-form" onSubmit={create} noValidate>
        <div>
          <label className="block" htmlFor={officerId}>
            {t('linkOfficer')}
          </label>
          <select id={officerId} value={officer} onChange={(e) => setOfficer(e.target.value)}>
            <option value="">{t('linkWholePoint')}</option>
            {servicePoint.staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label className="block" htmlFor={untilId}>
            {t('linkExpires')}
          </label>
          <input
            id={untilId}
            type="date"
            className="field"
            min={today}
            value={until}
            aria-describedby={`${untilId}-hint`}
            onChange={(e) => setUntil(e.target.value)}
          />
          <small id={`${untilId}-hint`} className="where-inline">
            {t('linkExpiresHint')}
          </small>
        </div>
        <div className="link-submit">
          <button type="submit" disabled={creating} aria-busy={creating}>
            {creating ? t('creatingLink') : t('createLink')}
          </button>
        </div>
      </form>
      <NoteLine note={note} />
      {links?.length ? (
        <ul className="admin-list" aria-label={t('linksLabel', { servicePoint: servicePoint.name })}>
          {links.map((l) => {
            const expired = Boolean(l.expiresAt && Date.parse(l.expiresAt) <= now);
            const usable = !l.revokedAt && !expired;
            const target = who(l);
            return (
              <li key={l.id} className={usable ? (l.id === fresh ? 'admin-item fresh' : 'admin-item') : 'admin-item revoked'}>
                {usable ? (
                  <a className="qr" href={qrPath(l.token, 'svg')} target="_blank" rel="noopener">
                    <img src={qrPath(l.token, 'svg')} alt={t('qrAlt', { who: target })} width={120} height={120} loading="lazy" />
                  </a>
                ) : null}
                <div className="admin-main">
                  <strong className="admin-name">{t('linkFor', { who: target })}</strong>{' '}
                  {l.revokedAt ? (
                    <span className="badge no">{t('revoked')}</span>
                  ) : expired ? (
                    <span className="badge no">{t('expired')}</span>
                  ) : (
                    <span className="badge ok">{t('active')}</span>
                  )}
                  <br />
                  <code className="link-url">{l.url}</code>
                  <br />
                  <small className="where-inline">
                    {l.expiresAt ? t('linkUntil', { date: dateOnly(l.expiresAt, lang) }) : t('linkNoExpiry')} ·{' '}
                    {t('linkCreatedAt', { date: dateTime(l.createdAt, lang) })}
                    {l.revokedAt ? <> · {t('revokedAt', { at: dateTime(l.revokedAt, lang) })}</> : null}
                  </small>
                  {usable ? (
                    <div className="row admin-actions">
                      <a className="button-link" href={qrPath(l.token, 'svg')} target="_blank" rel="noopener">
                        {t('printQr')}
                      </a>
                      <a className="button-link" href={qrPath(l.token, 'png')} download={`qr-${servicePoint.name}.png`}>
                        {t('downloadPng')}
                      </a>
                      {navigator.clipboard ? (
                        <button
                          type="button"
                          className="secondary"
                          onClick={() =>
                            void navigator.clipboard.writeText(l.url).then(
                              () => setNote({ ok: true, key: 'copied' }),
                              () => undefined,
                            )
                          }
                        >
                          {t('copyLink')}
                        </button>
                      ) : null}
                      <button
                        type="button"
                        className="secondary danger-outline"
                        aria-label={t('revokeLinkLabel', { who: target })}
                        onClick={() => setConfirming(l)}
                      >
                        {t('revoke')}
                      </button>
                    </div>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      ) : (
        <ListStatus items={links} failed={failed} empty="noLinks" />
      )}
      {confirming ? (
        <ConfirmDialog
          title={t('revokeLinkTitle', { who: who(confirming) })}
          body={t('revokeLinkBody')}
          confirm={t('revoke')}
          onConfirm={() => void revoke(confirming)}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
    </section>
  );
}

const dateTimeSeconds = (iso: string, lang: Lang) =>
  new Date(iso).toLocaleString(locale(lang), { dateStyle: 'medium', timeStyle: 'medium' });
const twoDecimals = (n: number, lang: Lang) => n.toLocaleString(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** One rating's IKM, converted (25–100): the mean of its nine answers × 25. */
const ikmOf = (answers: number[]) => (answers.reduce((a, b) => a + b, 0) / answers.length) * 25;
/**
 * The anonymous client as a short code: the first six characters of its keyed hash. It tells the
 * ratings of one client apart from another's and names nobody (the address is not stored).
 */
const clientCode = (tag: string) => tag.slice(0, 6);

type Decision = 'RELEASE' | 'REJECT';

/**
 * Held citizen ratings of the service point (issue 11): repeats of one client through one rating
 * link, and repeated kiosk taps, stored but not counted until an ADMIN decides. Select some or all,
 * then count them ("Hitung", releaseHeldRatings) or reject them ("Tolak", rejectHeldRatings), each
 * after a confirmation. The API answers the oldest 1,000; deciding them brings up the rest.
 */
function HeldRatings({ servicePoint }: { servicePoint: ServicePoint }) {
  const { t, lang } = useT(STAFF_MESSAGES);
  const [held, setHeld] = useState<HeldRating[] | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const [note, setNote] = useState<Note | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [confirming, setConfirming] = useState<Decision | null>(null);
  const [busy, setBusy] = useState<Decision | 'load' | null>(null);
  const headingId = useId();
  const allId = useId();
  const countId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const allRef = useRef<HTMLInputElement>(null);
  /** Set after a decision: when its button is gone (the list emptied), the focus goes to the heading. */
  const refocus = useRef(false);
  const spId = servicePoint.id;
  const staffName = new Map(servicePoint.staff.map((s) => [s.id, s.name]));

  const load = useCallback(async () => {
    try {
      const d = await staffGql<{ heldRatings: HeldRating[] }>(`query($sp: ID) { heldRatings(servicePointId: $sp) { ${HELD_FIELDS} } }`, {
        sp: spId,
      });
      setHeld(d.heldRatings);
      setFailed(null);
      // Keep what is still there selected; decided ones drop out.
      setSelected((sel) => new Set(d.heldRatings.filter((h) => sel.has(h.id)).map((h) => h.id)));
    } catch (err) {
      setFailed(err);
    }
  }, [spId]);
  useEffect(() => {
    setHeld(null);
    setNote(null);
    setSelected(new Set());
    void load();
  }, [load]);

  const count = held?.length ?? 0;
  const chosen = held ? held.filter((h) => selected.has(h.id)).length : 0;
  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = chosen > 0 && chosen < count;
  }, [chosen, count]);
  useEffect(() => {
    if (!refocus.current || busy) return;
    refocus.current = false;
    const active = document.activeElement;
    if (!active || active === document.body) headingRef.current?.focus();
  }, [held, busy]);

  const reload = async () => {
    if (busy) return;
    setBusy('load');
    setNote(null);
    await load();
    setBusy(null);
  };

  const ask = (decision: Decision) => {
    if (busy) return;
    setNote(null);
    if (chosen === 0) return setNote({ ok: false, key: 'heldPickFirst' });
    setConfirming(decision);
  };

  const decide = async (decision: Decision) => {
    const ids = (held ?? []).filter((h) => selected.has(h.id)).map((h) => h.id);
    setConfirming(null);
    setNote(null);
    setBusy(decision);
    refocus.current = true;
    try {
      const field = decision === 'RELEASE' ? 'releaseHeldRatings' : 'rejectHeldRatings';
      const d = await staffGql<Record<string, number>>(`mutation($ids: [ID!]!) { ${field}(ids: $ids) }`, { ids });
      const n = d[field];
      const skipped = ids.length - n;
      if (decision === 'RELEASE') setNote({ ok: true, key: skipped ? 'heldReleasedSkipped' : 'heldReleased', params: { n, skipped } });
      else setNote({ ok: true, key: skipped ? 'heldRejectedSkipped' : 'heldRejected', params: { n, skipped } });
      setSelected(new Set());
      await load();
    } catch (err) {
      setNote({ ok: false, err });
    } finally {
      setBusy(null);
    }
  };

  const toggle = (id: string, on: boolean) =>
    setSelected((sel) => {
      const next = new Set(sel);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const perClient = new Map<string, number>();
  for (const h of held ?? []) perClient.set(h.clientTag, (perClient.get(h.clientTag) ?? 0) + 1);

  return (
    <section className="admin-section admin-wide" aria-labelledby={headingId} aria-busy={held === null && !failed}>
      <div className="row">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="grow">
          {t('heldHeading')}
        </h2>
        {held !== null ? (
          <button type="button" className="secondary" aria-busy={busy === 'load'} onClick={() => void reload()}>
            {busy === 'load' ? t('loading') : t('heldRefresh')}
          </button>
        ) : null}
      </div>
      <p className="where">{t('heldHelp')}</p>
      {held === null ? (
        failed ? (
          <div className="row">
            <NoteLine note={{ ok: false, err: failed }} />
            <button type="button" className="secondary" onClick={() => void reload()}>
              {t('retry')}
            </button>
          </div>
        ) : (
          <p aria-busy="true">{t('loading')}</p>
        )
      ) : (
        <>
          {failed ? <NoteLine note={{ ok: false, err: failed }} /> : null}
          <NoteLine note={note} />
          {count === 0 ? (
            <p className="empty">{t('noHeld')}</p>
          ) : (
            <>
              {count >= HELD_LIMIT ? <p className="notice">{t('heldLimit', { n: count.toLocaleString(locale(lang)) })}</p> : null}
              <div className="row held-bar">
                <input
                  ref={allRef}
                  id={allId}
                  type="checkbox"
                  checked={chosen === count}
                  aria-describedby={countId}
                  onChange={(e) => setSelected(e.target.checked ? new Set(held.map((h) => h.id)) : new Set())}
                />
                <label htmlFor={allId} className="grow">
                  {t('heldSelectAll')}
                </label>
                <button type="button" aria-disabled={busy !== null} aria-describedby={countId} onClick={() => ask('RELEASE')}>
                  {busy === 'RELEASE' ? t('deciding') : t('heldRelease')}
                </button>
                <button
                  type="button"
                  className="secondary danger-outline"
                  aria-disabled={busy !== null}
                  aria-describedby={countId}
                  onClick={() => ask('REJECT')}
                >
                  {busy === 'REJECT' ? t('deciding') : t('heldReject')}
                </button>
              </div>
              <p id={countId} className="where-inline held-count" aria-live="polite">
                {t('heldCount', { n: count, selected: chosen })}
              </p>
              <ul className="admin-list" aria-label={t('heldLabel', { servicePoint: servicePoint.name })}>
                {held.map((h) => {
                  const boxId = `held-${h.id}`;
                  const same = perClient.get(h.clientTag) ?? 1;
                  const who = h.employeeId ? (staffName.get(h.employeeId) ?? '—') : t('linkWholePoint');
                  return (
                    <li key={h.id} className={selected.has(h.id) ? 'admin-item held-item chosen' : 'admin-item held-item'}>
                      <input
                        id={boxId}
                        type="checkbox"
                        checked={selected.has(h.id)}
                        aria-describedby={`${boxId}-what`}
                        onChange={(e) => toggle(h.id, e.target.checked)}
                      />
                      <div className="admin-main">
                        <label htmlFor={boxId} className="admin-name">
                          <span className="sr">{t('heldSelect')} </span>
                          <time dateTime={h.submittedAt}>{dateTimeSeconds(h.submittedAt, lang)}</time>
                        </label>
                        <div id={`${boxId}-what`} className="held-what">
                          <small className="where-inline">
                            {t(`channel${h.channel}` as StaffKey)} · {who} · {t(`reason${h.reason}` as StaffKey)}
                          </small>
                          {h.kind === 'IKM' && h.answers ? (
                            <span>
                              <strong>{t('heldIkm', { value: twoDecimals(ikmOf(h.answers), lang) })}</strong> ·{' '}
                              {t('heldAnswers', { answers: h.answers.join(' ') })}
                            </span>
                          ) : (
                            <strong>
                              {t('heldQuick', { label: h.score ? t(`scale${h.score}` as StaffKey) : '—', score: h.score ?? '—' })}
                            </strong>
                          )}
                          {h.comment ? (
                            <span className="held-comment">
                              {t('heldComment')} “{h.comment}”
                            </span>
                          ) : null}
                          <small className="where-inline">
                            {same > 1
                              ? t('heldClientMany', { code: clientCode(h.clientTag), n: same })
                              : t('heldClient', { code: clientCode(h.clientTag) })}
                          </small>
                        </div>
                      </div>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </>
      )}
      {confirming ? (
        <ConfirmDialog
          title={t(confirming === 'RELEASE' ? 'heldReleaseTitle' : 'heldRejectTitle', { n: chosen })}
          body={t(confirming === 'RELEASE' ? 'heldReleaseBody' : 'heldRejectBody')}
          confirm={t(confirming === 'RELEASE' ? 'heldRelease' : 'heldReject')}
          danger={confirming === 'REJECT'}
          onConfirm={() => void decide(confirming)}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
    </section>
  );
}

function Labelled({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="admin-picker">
      <label className="block" htmlFor={id}>
        {label}
      </label>
      {children}
    </div>
  );
}

/** The Administrasi tab: pick a service point, then its kiosks, rating links and held ratings. */
export function ServicePointsPage() {
  const { t } = useT(STAFF_MESSAGES);
  const [points, setPoints] = useState<ServicePoint[] | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const [spId, setSpId] = useState<string>(() => localStorage.getItem(SP_KEY) ?? '');
  const pickerId = useId();
  useEffect(() => {
    staffGql<{ servicePoints: ServicePoint[] }>(`{ servicePoints { id name unit { name } staff { id name } } }`)
      .then((d) => {
        setPoints(d.servicePoints);
        setSpId((current) => (d.servicePoints.some((p) => p.id === current) ? current : (d.servicePoints[0]?.id ?? '')));
      })
      .catch((err: unknown) => setFailed(err));
  }, []);
  const choose = (id: string) => {
    setSpId(id);
    try {
      localStorage.setItem(SP_KEY, id);
    } catch {
      // storage unavailable: the choice lasts for this page only
    }
  };
  const point = points?.find((p) => p.id === spId) ?? null;
  return (
    <section className="admin" aria-busy={points === null && !failed}>
      <div className="row admin-top">
        <h2 className="grow">{t('adminHeading')}</h2>
        <QueueDashboardButton />
      </div>
      {points?.length ? (
        <>
          <Labelled id={pickerId} label={t('servicePoint')}>
            <select id={pickerId} value={spId} onChange={(e) => choose(e.target.value)}>
              {points.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} · {p.unit.name}
                </option>
              ))}
            </select>
          </Labelled>
          {point ? (
            <div className="admin-grid">
              <Kiosks key={`k-${point.id}`} servicePoint={point} />
              <RatingLinks key={`l-${point.id}`} servicePoint={point} />
              <HeldRatings key={`h-${point.id}`} servicePoint={point} />
            </div>
          ) : null}
        </>
      ) : (
        <ListStatus items={points} failed={failed} empty="noServicePoints" />
      )}
    </section>
  );
}
