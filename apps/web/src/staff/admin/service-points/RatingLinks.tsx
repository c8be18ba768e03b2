import { FormEvent, useId, useState } from 'react';
import { useT } from '../../../shared/i18n';
import { useGqlMutation, useGqlQuery } from '../../graphql';
import { STAFF_MESSAGES } from '../../messages';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { dateOnly, dateTime, ListStatus, Note, NoteLine, RatingLink, ServicePoint, useNow } from './servicePointCommon';
import { CREATE_RATING_LINK, RATING_LINKS, REVOKE_RATING_LINK } from './servicePointOperations';

/** The QR image's own address on this server (the printed `url` may point at the public address). */
const qrPath = (token: string, format: 'svg' | 'png') => `/r/${encodeURIComponent(token)}/qr.${format}`;

/** A service point's rating links: create (for an officer or the whole point, with an expiry), print the QR, revoke. */
export function RatingLinks({ servicePoint }: { servicePoint: ServicePoint }) {
  const { t, lang } = useT(STAFF_MESSAGES);
  const now = useNow(60_000);
  const [note, setNote] = useState<Note | null>(null);
  const [officer, setOfficer] = useState('');
  const [until, setUntil] = useState('');
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

  const query = useGqlQuery(RATING_LINKS, { servicePointId: spId });
  const links = query.data?.ratingLinks ?? null;
  const failed = query.error;
  const createLink = useGqlMutation(CREATE_RATING_LINK, ['AdminRatingLinks']);
  const revokeLink = useGqlMutation(REVOKE_RATING_LINK, ['AdminRatingLinks']);
  const creating = createLink.isPending;

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setNote(null);
    if (until && until < today) return setNote({ ok: false, key: 'linkExpiresPast' });
    try {
      // Valid through the whole chosen day, in the admin's time zone.
      const expiresAt = until ? new Date(`${until}T23:59:59`).toISOString() : undefined;
      const d = await createLink.mutateAsync({ input: { servicePointId: spId, employeeId: officer || undefined, expiresAt } });
      setFresh(d.createRatingLink.id);
      setUntil('');
      setNote({ ok: true, key: 'linkCreated' });
    } catch (err) {
      setNote({ ok: false, err });
    }
  };

  const revoke = async (l: RatingLink) => {
    setConfirming(null);
    setNote(null);
    try {
      await revokeLink.mutateAsync({ id: l.id });
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
          danger
          onConfirm={() => void revoke(confirming)}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
    </section>
  );
}
