import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ReportsController } from './reports.controller';
import { ReportsPolicy } from './reports.policy';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';
import { SatisfactionReportResolver } from './satisfaction-report.resolver';
import { SatisfactionReportService } from './satisfaction-report.service';

@Module({
  imports: [AuthModule],
  controllers: [ReportsController],
  providers: [ReportsPolicy, SatisfactionReportService, SatisfactionReportResolver, ReportsService, ReportsResolver],
})
export class ReportsModule {}
