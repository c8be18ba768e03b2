import { Injectable } from '@nestjs/common';
import { decodeNotificationCursor, NOTIFICATION_MESSAGES, NotificationRecord, NotificationsRepository } from '@k360/database';
import { Actor } from '../auth/actor';
import { isUuid } from '../common/uuid';
import { Notification, NotificationPage } from './models/notification.model';
import { NotificationErrors } from './notifications.errors';

/** Notifications per page: `first` is held to this range. */
export const NOTIFICATION_PAGE = { min: 1, max: 100, default: 20 } as const;
/** Ids one markNotificationsRead takes. */
export const MARK_READ_MAX_IDS = 200;

const toModel = (n: NotificationRecord): Notification => ({
  id: n.id,
  kind: n.kind,
  message: NOTIFICATION_MESSAGES[n.kind],
  roundId: n.roundId,
  assignmentId: n.assignmentId,
  periodId: n.periodId,
  servicePointId: n.servicePointId,
  createdAt: n.createdAt,
  readAt: n.readAt,
});

/**
 * The caller's own in-app notifications (issue 14): every read and write is of the caller's rows
 * only; another employee's ids are ignored (never read, never marked). The reminders themselves
 * are created by the worker's `send-reminders` job.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly notifications: NotificationsRepository) {}

  async mine(actor: Actor, q: { unreadOnly: boolean; first: number; after?: string | null }): Promise<NotificationPage> {
    const first = Math.min(Math.max(Math.trunc(q.first), NOTIFICATION_PAGE.min), NOTIFICATION_PAGE.max);
    let after: { createdAt: string; id: string } | null = null;
    if (q.after) {
      after = decodeNotificationCursor(q.after);
      if (!after) throw NotificationErrors.badCursor();
    }
    const rows = await this.notifications.ofRecipient(
      { agencyId: actor.agencyId, employeeId: actor.id, unreadOnly: q.unreadOnly, first: first + 1, after },
    );
    const page = rows.slice(0, first);
    return { nodes: page.map(toModel), endCursor: page.length ? page[page.length - 1].cursor : null, hasNextPage: rows.length > first };
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.notifications.unreadCount(actor.agencyId, actor.id);
  }

  /** The caller's own unread ones among `ids` become read; answers the ids marked (others' ids are ignored). */
  async markRead(actor: Actor, ids: readonly string[]): Promise<string[]> {
    if (ids.length > MARK_READ_MAX_IDS) throw NotificationErrors.tooManyIds(MARK_READ_MAX_IDS);
    if (ids.some((id) => !isUuid(id))) throw NotificationErrors.badIds();
    if (!ids.length) return [];
    return this.notifications.markRead(actor.agencyId, actor.id, [...new Set(ids)]);
  }

  markAllRead(actor: Actor): Promise<number> {
    return this.notifications.markAllRead(actor.agencyId, actor.id);
  }
}
