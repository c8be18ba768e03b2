import { useEffect, useId, useRef, useState } from 'react';
import { Lang, useT } from '../../../shared/i18n';
import { useGqlMutation, useGqlQuery } from '../../graphql';
import { STAFF_MESSAGES, StaffKey } from '../../messages';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { locale, Note, NoteLine, ServicePoint } from './servicePointCommon';
import { HELD_RATINGS, REJECT_HELD_RATINGS, RELEASE_HELD_RATINGS } from './servicePointOperations';

/** heldRatings answers at most this many (the oldest first); decide them to see the rest. */
const HELD_LIMIT = 1000;

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
export function HeldRatings({ servicePoint }: { servicePoint: ServicePoint }) {
  const { t, lang } = useT(STAFF_MESSAGES);
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

  const query = useGqlQuery(HELD_RATINGS, { servicePointId: spId });
  const held = query.data?.heldRatings ?? null;
  const failed = query.error;
  const release = useGqlMutation(RELEASE_HELD_RATINGS, ['AdminHeldRatings']);
  const reject = useGqlMutation(REJECT_HELD_RATINGS, ['AdminHeldRatings']);
  // Keep what is still there selected; decided ones drop out.
  useEffect(() => {
    const ids = new Set((query.data?.heldRatings ?? []).map((x) => x.id));
    setSelected((sel) => new Set([...sel].filter((id) => ids.has(id))));
  }, [query.data]);

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
    await query.refetch();
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
      // Resolves once the list has refetched (the mutation makes AdminHeldRatings stale).
      const n =
        decision === 'RELEASE' ? (await release.mutateAsync({ ids })).releaseHeldRatings : (await reject.mutateAsync({ ids })).rejectHeldRatings;
      const skipped = ids.length - n;
      if (decision === 'RELEASE') setNote({ ok: true, key: skipped ? 'heldReleasedSkipped' : 'heldReleased', params: { n, skipped } });
      else setNote({ ok: true, key: skipped ? 'heldRejectedSkipped' : 'heldRejected', params: { n, skipped } });
      setSelected(new Set());
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
