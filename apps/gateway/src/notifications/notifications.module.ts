import { Module } from '@nestjs/common';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/** The caller's in-app notifications (issue 14); the worker's `send-reminders` job creates them. */
@Module({
  providers: [NotificationsService, NotificationsResolver],
})
export class NotificationsModule {}
