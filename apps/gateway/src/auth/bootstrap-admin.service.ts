import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG } from '@k360/config';
import { bootstrapAdmin } from '@k360/organisation';

/** With BOOTSTRAP_ADMIN_NIP and BOOTSTRAP_ADMIN_PASSWORD set and no ADMIN yet, creates the first agency and ADMIN. */
@Injectable()
export class BootstrapAdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Bootstrap');

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { BOOTSTRAP_ADMIN_NIP: nip, BOOTSTRAP_ADMIN_PASSWORD: password } = this.config;
    if (!nip || !password) return;
    const outcome = await bootstrapAdmin(this.ds, nip, password);
    // Never the NIP itself: logs travel to places personal data must not (NIPs carry a birth date).
    if (outcome === 'created') this.logger.log('Created the bootstrap ADMIN (the NIP in BOOTSTRAP_ADMIN_NIP) and agency "Instansi Utama"');
    if (outcome === 'nip-taken')
      this.logger.warn('BOOTSTRAP_ADMIN_NIP belongs to an existing employee who is not ADMIN; no bootstrap admin created');
  }
}
