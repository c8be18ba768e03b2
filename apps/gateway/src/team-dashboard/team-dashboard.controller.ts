import {
  ArgumentsHost,
  Catch,
  Controller,
  ExceptionFilter,
  Get,
  NotFoundException,
  Param,
  Query,
  Res,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import type { Response } from 'express';
import { Actor } from '../auth/actor';
import { Roles } from '../auth/auth.decorators';
import { HttpActor, StaffHttpGuard } from '../auth/staff-http.guard';
import { AppError } from '../common/app-error';
import { TeamDashboardExportQuery } from './dto/team-dashboard-export.query';
import { toCsv, toXlsx } from './team-dashboard.export';
import { TeamDashboardService } from './team-dashboard.service';
import { EXPORT_FILE_STEM } from './team-dashboard.rules';

/** HTTP status per error code of the export; the body is `{ errors: [{ message, extensions }] }`, as GraphQL answers. */
const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, UNIT_NOT_HEADED: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

@Catch(AppError)
export class TeamDashboardHttpErrors implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    res
      .status(STATUS[String(error.extensions.code)] ?? 400)
      .setHeader('cache-control', 'no-store')
      .json({ errors: [{ message: error.message, extensions: error.extensions }] });
  }
}

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** A file name safe in a header: the period's name reduced to letters, digits and dashes. */
function fileName(periodName: string, format: keyof typeof TYPES): string {
  const slug = periodName
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return `${EXPORT_FILE_STEM}${slug ? `-${slug}` : ''}.${format}`;
}

/**
 * The team dashboard's rows as a file: `GET /api/team-dashboard.csv` or `.xlsx` with
 * `?periodId=…&unitId=…` (the teamDashboard query's filter, every page), for SUPERVISOR and ADMIN
 * with the staff access token (`Authorization: Bearer`, StaffHttpGuard, decided before the query
 * string is validated). Never cached: the rows are personal data.
 */
@Controller('api')
@UseGuards(StaffHttpGuard)
@UseFilters(TeamDashboardHttpErrors)
export class TeamDashboardController {
  constructor(private readonly service: TeamDashboardService) {}

  @Roles('ADMIN', 'SUPERVISOR')
  @Get('team-dashboard.:format')
  async export(
    @HttpActor() actor: Actor,
    @Param('format') format: string,
    @Query() query: TeamDashboardExportQuery,
    @Res() res: Response,
  ): Promise<void> {
    if (format !== 'csv' && format !== 'xlsx') throw new NotFoundException();
    const { period, rows } = await this.service.allRows(actor, { periodId: query.periodId, unitId: query.unitId ?? null });
    const body = format === 'csv' ? toCsv(rows) : await toXlsx(rows, `Dasbor tim · ${period.name}`);
    res
      .status(200)
      .setHeader('content-type', TYPES[format])
      .setHeader('content-disposition', `attachment; filename="${fileName(period.name, format)}"`)
      .setHeader('cache-control', 'no-store')
      .setHeader('x-content-type-options', 'nosniff')
      .send(body);
  }
}
