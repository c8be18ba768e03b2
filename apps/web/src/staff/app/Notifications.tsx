import { useCallback, useEffect, useRef, useState } from 'react';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { defineMessages, useT } from '../../shared/i18n';
import { graphql, request, useGqlMutation, useGqlQuery } from '../graphql';
import './notifications.css';

/** The bell's words (issue 14: in-app reminders). */
export const NOTIFICATION_MESSAGES = defineMessages({
  id: {
    bell: 'Pemberitahuan',
    bellLabel: 'Pemberitahuan, {count} belum dibaca',
    heading: 'Pemberitahuan',
    none: 'Belum ada pemberitahuan.',
    loading: 'Memuat…',
    failed: 'Pemberitahuan tidak dapat dimuat.',
    markAll: 'Tandai semua dibaca',
    markOne: 'Tandai dibaca',
    markOneLabel: 'Tandai dibaca: {message}',
    unread: 'Belum dibaca',
    more: 'Muat lebih banyak',
    close: 'Tutup',
    kindREVIEW_WAITING: 'Penilaian menunggu',
    kindNOMINATION_TO_DECIDE: 'Nominasi perlu diputuskan',
    kindROUND_READY_TO_CLOSE: 'Putaran siap ditutup',
    kindDEADLINE_SOON: 'Tenggat segera',
    kindNOMINATION_DECIDED: 'Usulan rekan penilai diputuskan',
    kindSATISFACTION_LOW: 'Kepuasan warga menurun',
  },
  en: {
    bell: 'Notifications',
    bellLabel: 'Notifications, {count} unread',
    heading: 'Notifications',
    none: 'No notifications yet.',
    loading: 'Loading…',
    failed: 'Notifications could not be loaded.',
    markAll: 'Mark all read',
    markOne: 'Mark read',
    markOneLabel: 'Mark read: {message}',
    unread: 'Unread',
    more: 'Load more',
    close: 'Close',
    kindREVIEW_WAITING: 'Review waiting',
    kindNOMINATION_TO_DECIDE: 'Nomination to decide',
    kindROUND_READY_TO_CLOSE: 'Round ready to close',
    kindDEADLINE_SOON: 'Deadline soon',
    kindNOMINATION_DECIDED: 'Peer nomination decided',
    kindSATISFACTION_LOW: 'Citizen satisfaction dropping',
  },
});
type NotificationKey = keyof (typeof NOTIFICATION_MESSAGES)['id'];

/** How often the bell asks for its count while the page is open. */
const COUNT_REFRESH_MS = 60_000;
const PAGE_SIZE = 10;
const locale = (lang: string) => (lang === 'en' ? 'en-GB' : 'id-ID');

const UNREAD_COUNT = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);
const MY_NOTIFICATIONS = graphql(`
  query StaffNotifications($first: Int!, $after: String) {
    myNotifications(first: $first, after: $after) {
      nodes {
        id
        kind
        message
        createdAt
        readAt
      }
      endCursor
      hasNextPage
    }
  }
`);
const MARK_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);
const MARK_ALL_READ = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);
const CHANGED = ['UnreadNotificationCount', 'StaffNotifications'];

/**
 * The notification bell in the staff header: the unread count (refreshed every minute and after
 * every change), a list of the caller's notifications newest first, marking one or all read.
 * Opening moves focus to the list's heading; Escape or the close button returns it to the bell.
 */
export function NotificationBell() {
  const { t, lang } = useT(NOTIFICATION_MESSAGES);
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const bell = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const count = useGqlQuery(UNREAD_COUNT, {}, { refetchInterval: COUNT_REFRESH_MS });
  const list = useInfiniteQuery({
    queryKey: ['StaffNotifications'],
    queryFn: ({ pageParam }) => request(MY_NOTIFICATIONS, { first: PAGE_SIZE, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.myNotifications.hasNextPage ? last.myNotifications.endCursor : null),
    enabled: open,
  });
  // The list refetches first, then the count: the count never says 0 while the list shows unread ones.
  const markOne = useGqlMutation(MARK_READ, ['StaffNotifications']);
  const markAll = useGqlMutation(MARK_ALL_READ, ['StaffNotifications']);
  const items = list.data?.pages.flatMap((p) => p.myNotifications.nodes) ?? null;
  const recount = () => void client.invalidateQueries({ queryKey: ['UnreadNotificationCount'] });
  const failed = Boolean(list.error ?? markOne.error ?? markAll.error);

  useEffect(() => {
    if (!open) return;
    // Opening shows the list as it is now.
    void Promise.all(CHANGED.map((name) => client.invalidateQueries({ queryKey: [name] })));
    heading.current?.focus();
  }, [open, client]);

  const close = useCallback(() => {
    setOpen(false);
    bell.current?.focus();
  }, []);
  // Escape closes the list wherever focus is (a button that became disabled leaves it on the body).
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, close]);

  const when = (iso: string) =>
    new Date(iso).toLocaleString(locale(lang), { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  const unread = count.data?.unreadNotificationCount ?? 0;

  return (
    <div className="bell">
      <button
        ref={bell}
        type="button"
        className="secondary"
        aria-expanded={open}
        aria-controls="notification-list"
        aria-label={t('bellLabel', { count: unread })}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {t('bell')} <span className="bell-count">{unread}</span>
      </button>
      {open ? (
        <section id="notification-list" className="bell-panel" aria-labelledby="notification-heading">
          <h2 id="notification-heading" ref={heading} tabIndex={-1}>
            {t('heading')}
          </h2>
          <div className="row">
            <button type="button" onClick={() => markAll.mutate({}, { onSettled: recount })}>
              {t('markAll')}
            </button>
            <button type="button" className="secondary" onClick={close}>
              {t('close')}
            </button>
          </div>
          {failed ? (
            <p role="alert" className="notice error">
              {t('failed')}
            </p>
          ) : null}
          {items === null ? (
            <p>{t('loading')}</p>
          ) : items.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <ul className="bell-list">
              {items.map((n) => (
                <li key={n.id} className={n.readAt ? 'read' : 'unread'}>
                  <p>
                    {n.readAt ? null : <strong className="bell-unread">{t('unread')}: </strong>}
                    <span className="bell-kind">{t(`kind${n.kind}` as NotificationKey)}</span> — {n.message}
                  </p>
                  <p className="bell-time">
                    <time dateTime={n.createdAt}>{when(n.createdAt)}</time>
                    {n.readAt ? null : (
                      <>
                        {' '}
                        <button
                          type="button"
                          className="secondary"
                          aria-label={t('markOneLabel', { message: n.message })}
                          onClick={() => markOne.mutate({ ids: [n.id] }, { onSettled: recount })}
                        >
                          {t('markOne')}
                        </button>
                      </>
                    )}
                  </p>
                </li>
              ))}
            </ul>
          )}
          {list.hasNextPage ? (
            <button type="button" className="secondary" onClick={() => void list.fetchNextPage()}>
              {t('more')}
            </button>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
