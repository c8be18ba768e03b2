import { Module } from '@nestjs/common';
import { SystemResolver } from './system.resolver';
import { SystemService } from './system.service';
import { QueueAdminService } from './queue-admin.service';

@Module({ providers: [SystemResolver, SystemService, QueueAdminService] })
export class SystemModule {}
