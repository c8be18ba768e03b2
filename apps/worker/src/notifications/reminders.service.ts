import { Injectable, Logger } from '@nestjs/common';
import { NotificationsRepository } from '@k360/database';
import { OnJob } from '@k360/queue';
import { DEADLINE_SOON_DAYS } from '@k360/scoring';
import { NotificationEmailService } from './notification-email.service';

/**
 * Creates the in-app reminders due now (issue 14): reviews waiting, nominations to decide, rounds
 * ready to close, review deadlines DEADLINE_SOON_DAYS ahead. Runs as the periodic job
 * `send-reminders` (every REMINDERS_MS, one run per interval however many workers there are); a
 * second run, or two at once, creates nothing twice (the notification table's dedupe key). With
 * SMTP_URL set it then emails them (NotificationEmailService).
 */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger('Reminders');

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly email: NotificationEmailService,
  ) {}

  @OnJob('send-reminders')
  async send(): Promise<void> {
    const created = await this.notifications.createReminders(DEADLINE_SOON_DAYS);
    const total = Object.values(created).reduce((a, b) => a + b, 0);
    if (total > 0) this.logger.log(`Reminders created: ${JSON.stringify(created)}`);
    // With SMTP_URL, the second channel: every notification not yet emailed (this run's and any left over).
    const emailed = await this.email.sendPending();
    if (emailed > 0) this.logger.log(`Reminder emails sent: ${emailed}`);
  }
}
