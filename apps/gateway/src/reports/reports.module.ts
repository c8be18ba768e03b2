import { Module } from '@nestjs/common';
import { ReportsPolicy } from './reports.policy';
import { SatisfactionReportResolver } from './satisfaction-report.resolver';
import { SatisfactionReportService } from './satisfaction-report.service';

@Module({
  providers: [ReportsPolicy, SatisfactionReportService, SatisfactionReportResolver],
})
export class ReportsModule {}
