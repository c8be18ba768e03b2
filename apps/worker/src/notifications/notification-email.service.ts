import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig, APP_CONFIG } from '@k360/config';
import { NOTIFICATION_MESSAGES, NotificationEmailRecord, NotificationsRepository } from '@k360/database';

/** Notifications one run claims for email at most (the rest wait for the next run). */
export const EMAIL_BATCH = 200;

/**
 * Email as a second channel (issue 14): when SMTP_URL is set, each notification not yet emailed
 * whose recipient has an email address is claimed (emailed_at stamped in one statement, so two
 * workers or two runs never send one twice) and sent; a failed send gives the row back so the next
 * run retries it. Without SMTP_URL nothing is claimed or sent.
 */
@Injectable()
export class NotificationEmailService implements OnModuleDestroy {
  private readonly logger = new Logger('NotificationEmail');
  private readonly transport: Transporter | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationsRepository,
  ) {
    this.transport = config.SMTP_URL ? createTransport(config.SMTP_URL) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  /** Sends what is waiting; answers how many were sent. */
  async sendPending(): Promise<number> {
    if (!this.transport) return 0;
    const claimed = await this.notifications.claimForEmail(EMAIL_BATCH);
    let sent = 0;
    for (const n of claimed) {
      try {
        await this.transport.sendMail(this.message(n));
        sent++;
      } catch (err) {
        this.logger.warn(`Email for notification ${n.id} not sent, will retry: ${(err as Error).message}`);
        await this.notifications.releaseEmail(n.id);
      }
    }
    return sent;
  }

  private message(n: NotificationEmailRecord) {
    const text = NOTIFICATION_MESSAGES[n.kind];
    const base = this.config.PUBLIC_URL?.replace(/\/$/, '');
    const body = [
      `Yth. ${n.name},`,
      '',
      text,
      ...(base ? ['', `Buka Kinerja360: ${base}/app`] : ['', 'Silakan masuk ke Kinerja360 untuk melihatnya.']),
      '',
      'Email ini dikirim otomatis oleh Kinerja360; mohon tidak membalas.',
    ].join('\n');
    return { from: this.config.SMTP_FROM, to: n.email, subject: `Kinerja360: ${text}`, text: body };
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
