import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { Notification, NotificationPage } from './models/notification.model';
import { NOTIFICATION_PAGE, NotificationsService } from './notifications.service';

/** Any signed-in employee's own notifications: the bell's count, the list, marking read. */
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Query(() => NotificationPage, { description: 'The caller’s notifications, newest first; `after`: the previous page’s endCursor.' })
  myNotifications(
    @CurrentActor() actor: Actor,
    @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
    @Args('first', { type: () => Int, defaultValue: NOTIFICATION_PAGE.default }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ) {
    return this.notifications.mine(actor, { unreadOnly, first, after });
  }

  @Query(() => Int, { description: 'How many of the caller’s notifications are unread (the bell’s count).' })
  unreadNotificationCount(@CurrentActor() actor: Actor) {
    return this.notifications.unreadCount(actor);
  }

  @Mutation(() => [ID], { description: 'Marks the caller’s own notifications read; answers the ids marked (others’ ids are ignored).' })
  markNotificationsRead(@CurrentActor() actor: Actor, @Args('ids', { type: () => [ID] }) ids: string[]) {
    return this.notifications.markRead(actor, ids);
  }

  @Mutation(() => Int, { description: 'Marks every unread notification of the caller read; answers how many.' })
  markAllNotificationsRead(@CurrentActor() actor: Actor) {
    return this.notifications.markAllRead(actor);
  }
}
