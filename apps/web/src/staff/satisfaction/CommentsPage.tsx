import { FormEvent, useId, useState } from 'react';
import { useT, useTitle } from '../../shared/i18n';
import { useGqlMutation, useGqlQuery } from '../graphql';
import type { CitizenCommentsQuery, CommentStatus } from '../gql/graphql';
import { ConfirmDialog } from '../admin/common/ConfirmDialog';
import { Pager } from '../admin/common/Pager';
import { QueryState } from '../admin/common/QueryState';
import { useCursorPages } from '../admin/common/useCursorPages';
import { Done, ErrorLine } from '../admin/shared/QueryState';
import { decimal, day } from './format';
import { CITIZEN_COMMENTS, HIDE_COMMENT, MARK_COMMENT_HANDLED, UNHIDE_COMMENT } from './satisfactionOperations';
import { SATISFACTION_MESSAGES } from './satisfactionMessages';
import { PeriodPicker, ServicePointPicker } from './ServicePointPeriodPickers';
import './satisfaction.css';

type Comment = CitizenCommentsQuery['citizenComments']['nodes'][number];
const PAGE_SIZE = 20;
const REASON_MIN = 5;
const REASON_MAX = 500;
const STATUSES: CommentStatus[] = ['OPEN' as CommentStatus, 'HANDLED' as CommentStatus, 'HIDDEN' as CommentStatus];
const REFETCH = ['CitizenComments'];

/** One comment with its marks: handled (with an optional note), hide (with a reason, in a dialog), unhide. */
function CommentItem({ c, onDone }: { c: Comment; onDone: (text: string) => void }) {
  const { t, lang } = useT(SATISFACTION_MESSAGES);
  const noteId = useId();
  const reasonId = useId();
  const [note, setNote] = useState('');
  const [hiding, setHiding] = useState(false);
  const [reason, setReason] = useState('');
  const handled = useGqlMutation(MARK_COMMENT_HANDLED, REFETCH);
  const hide = useGqlMutation(HIDE_COMMENT, REFETCH);
  const unhide = useGqlMutation(UNHIDE_COMMENT, REFETCH);
  const error = handled.error ?? hide.error ?? unhide.error;
  return (
    <li className={`comment card ${c.status.toLowerCase()}`}>
      <p className="meta">
        <span className={`c-status ${c.status.toLowerCase()}`}>{t(c.status)}</span> {day(c.submittedAt, lang)} · {t(c.channel)} ·{' '}
        {c.servicePointName} ({c.unitName}) · {t('overall', { value: decimal(c.overall, lang) })}
      </p>
      <blockquote lang="id">{c.comment}</blockquote>
      {c.handledNote ? <p className="hint">{t('handledNote', { note: c.handledNote })}</p> : null}
      {c.hiddenReason ? <p className="hint">{t('hiddenBecause', { reason: c.hiddenReason })}</p> : null}
      <div className="row actions">
        {c.status === 'OPEN' ? (
          <form
            className="row"
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              handled.mutate({ id: c.id, note: note.trim() || null }, { onSuccess: () => onDone(t('doneHandled')) });
            }}
          >
            <label htmlFor={noteId} className="sr">
              {t('note')}
            </label>
            <input
              id={noteId}
              className="field"
              placeholder={t('note')}
              value={note}
              maxLength={1000}
              onChange={(e) => setNote(e.target.value)}
            />
            <button type="submit" disabled={handled.isPending} aria-busy={handled.isPending}>
              {t('markHandled')}
            </button>
          </form>
        ) : null}
        {c.status === 'HIDDEN' ? (
          <button
            type="button"
            className="secondary"
            disabled={unhide.isPending}
            onClick={() => unhide.mutate({ id: c.id }, { onSuccess: () => onDone(t('doneUnhidden')) })}
          >
            {t('unhide')}
          </button>
        ) : (
          <button type="button" className="secondary danger-text" onClick={() => setHiding(true)}>
            {t('hide')}
          </button>
        )}
      </div>
      <ErrorLine error={error} />
      {hiding ? (
        <ConfirmDialog
          title={t('hideTitle')}
          body={<p>{t('hideBody')}</p>}
          confirm={t('hide')}
          danger
          busy={hide.isPending}
          confirmDisabled={reason.trim().length < REASON_MIN}
          onCancel={() => setHiding(false)}
          onConfirm={() =>
            hide.mutate(
              { id: c.id, reason: reason.trim() },
              {
                onSuccess: () => {
                  setHiding(false);
                  onDone(t('doneHidden'));
                },
              },
            )
          }
        >
          <p>
            <label className="block" htmlFor={reasonId}>
              {t('reason')}
            </label>
            <textarea
              id={reasonId}
              className="field"
              rows={3}
              maxLength={REASON_MAX}
              value={reason}
              aria-describedby={`${reasonId}-hint`}
              onChange={(e) => setReason(e.target.value)}
            />
            <span id={`${reasonId}-hint`} className="hint block">
              {reason.trim().length < REASON_MIN ? t('reasonShort') : `${reason.trim().length}/${REASON_MAX}`}
            </span>
          </p>
          <ErrorLine error={hide.error} />
        </ConfirmDialog>
      ) : null}
    </li>
  );
}

/** /app/comments: citizens' comments for unit heads (their unit tree) and ADMIN: search, filter, mark handled, hide, unhide. */
export function CommentsPage() {
  const { t } = useT(SATISFACTION_MESSAGES);
  useTitle(`${t('commentsHeading')} — Kinerja360`);
  const ids = { sp: useId(), period: useId(), status: useId(), search: useId() };
  const [servicePointId, setServicePointId] = useState('');
  const [periodId, setPeriodId] = useState('');
  const [status, setStatus] = useState<CommentStatus | ''>('');
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const pages = useCursorPages();
  const q = useGqlQuery(CITIZEN_COMMENTS, {
    servicePointId: servicePointId || null,
    periodId: periodId || null,
    search: search || null,
    status: status || null,
    page: { first: PAGE_SIZE, after: pages.cursor ?? null },
  });
  const data = q.data?.citizenComments;
  const change =
    <V,>(set: (v: V) => void) =>
    (v: V) => {
      set(v);
      pages.reset();
    };
  return (
    <section className="satisfaction" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{t('commentsHeading')}</h2>
      <p className="hint">{t('commentsIntro')}</p>
      <div className="filters">
        <ServicePointPicker id={ids.sp} value={servicePointId} onChange={change(setServicePointId)} any />
        <PeriodPicker id={ids.period} value={periodId} onChange={change(setPeriodId)} any />
        <p className="picker">
          <label className="block" htmlFor={ids.status}>
            {t('status')}
          </label>
          <select
            id={ids.status}
            className="field"
            value={status}
            onChange={(e) => change(setStatus)(e.target.value as CommentStatus | '')}
          >
            <option value="">{t('statusAll')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(s)}
              </option>
            ))}
          </select>
        </p>
        <form
          role="search"
          className="picker"
          onSubmit={(e) => {
            e.preventDefault();
            change(setSearch)(typed.trim());
          }}
        >
          <label className="block" htmlFor={ids.search}>
            {t('search')}
          </label>
          <span className="row">
            <input
              id={ids.search}
              type="search"
              className="field"
              value={typed}
              maxLength={100}
              onChange={(e) => setTyped(e.target.value)}
            />
            <button type="submit">{t('searchButton')}</button>
          </span>
        </form>
      </div>
      <Done text={done} />
      <QueryState
        loading={q.isPending}
        error={q.error}
        empty={!data?.nodes.length}
        emptyText={t('noComments')}
        onRetry={() => void q.refetch()}
      >
        <p className="hint" aria-live="polite">
          {t('total', { n: data?.totalCount ?? 0 })}
        </p>
        <ul className="comments">
          {data?.nodes.map((c) => (
            <CommentItem key={c.id} c={c} onDone={setDone} />
          ))}
        </ul>
      </QueryState>
      <Pager
        page={pages.page}
        hasNext={Boolean(data?.pageInfo.hasNextPage)}
        onFirst={pages.first}
        onPrevious={pages.previous}
        onNext={() => pages.next(data?.pageInfo.endCursor)}
        label={t('commentsPager')}
      />
    </section>
  );
}
