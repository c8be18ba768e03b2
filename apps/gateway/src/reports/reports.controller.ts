import {
  BadRequestException,
  Controller,
  Get,
  Headers,
  HttpCode,
  NotFoundException,
  Param,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import type { Response } from 'express';
import { AuthService } from '../auth/auth.service';
import { isUuid } from '../common/uuid';
import { ReportsService } from './reports.service';

/**
 * GET /api/reports/<id>.pdf: a READY report's PDF, with the staff session's bearer token (the page
 * fetches it and hands the browser a blob, as the staff app sends the token on every call).
 * 401 without a valid token; 400 for a malformed id; 404 for an unknown id, someone else's report
 * (ADMIN: another agency's) or one not READY, so nobody learns which ids exist.
 */
@Controller('api/reports')
export class ReportsController {
  constructor(
    private readonly auth: AuthService,
    private readonly reports: ReportsService,
  ) {}

  @Get(':file')
  @HttpCode(200)
  async download(
    @Param('file') file: string,
    @Headers('authorization') authorization: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const header = String(authorization ?? '');
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const actor = token ? await this.auth.authenticate(token) : null;
    if (!actor) throw new UnauthorizedException({ code: 'UNAUTHENTICATED', message: 'Silakan masuk terlebih dahulu. / Please log in.' });
    const match = /^(.*)\.pdf$/.exec(file);
    if (!match) throw new NotFoundException({ code: 'NOT_FOUND', message: 'Laporan tidak ditemukan. / Report not found.' });
    if (!isUuid(match[1]))
      throw new BadRequestException({ code: 'BAD_USER_INPUT', message: 'ID laporan tidak valid. / Malformed report id.' });
    const found = await this.reports.file(actor, match[1]);
    if (!found) throw new NotFoundException({ code: 'NOT_FOUND', message: 'Laporan tidak ditemukan. / Report not found.' });
    res.setHeader('content-type', 'application/pdf');
    // fileName is [A-Za-z0-9._-] only (a table constraint), so it needs no quoting beyond the quotes.
    res.setHeader('content-disposition', `attachment; filename="${found.fileName}"`);
    res.setHeader('content-length', String(found.pdf.length));
    res.setHeader('cache-control', 'private, no-store');
    res.setHeader('x-content-type-options', 'nosniff');
    res.end(found.pdf);
  }
}
