import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AWARD_CANDIDATES_MAX_LIMIT, isUuid } from '@k360/scoring';
import { AppError } from '../common/app-error';
import { AuthService } from '../auth/auth.service';
import { toCsv } from '../common/csv';
import { RecognitionPolicy } from './recognition.policy';
import { RecognitionService } from './recognition.service';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

/**
 * CSV exports of award candidates and training suggestions, for the agency's decision: `GET
 * /api/awards.csv?periodId=…[&unitId=…][&limit=…]` and `GET /api/training-suggestions.csv?periodId=…[&unitId=…]`.
 * Staff auth as GraphQL: `Authorization: Bearer <accessToken>` (the staff page fetches the file with
 * it and saves the blob). ADMIN only (RecognitionPolicy, decided before the query parameters are
 * read). The rows are those of the GraphQL queries, so the same disclosure rules hold.
 */
@Controller('api')
export class RecognitionExportController {
  constructor(
    private readonly auth: AuthService,
    private readonly policy: RecognitionPolicy,
    private readonly service: RecognitionService,
  ) {}

  @Get('awards.csv')
  async awards(@Req() req: Request, @Res() res: Response, @Query() q: Record<string, unknown>) {
    await this.send(req, res, 'penghargaan', async (actor) => {
      const { periodId, unitId } = ids(q);
      const limit = q.limit === undefined ? AWARD_CANDIDATES_MAX_LIMIT : Number(q.limit);
      const a = await this.service.awardCandidates(actor, periodId, unitId, limit);
      return toCsv(
        ['peringkat', 'nip', 'nama', 'jabatan', 'unit', 'predikat', 'perilaku', 'hasil_kerja', 'alasan'],
        a.candidates.map((c) => [
          c.rank,
          c.employeeNip,
          c.employeeName,
          c.position,
          c.unitName,
          c.predikat,
          round2(c.perilakuScore),
          c.hasilKerjaScore === null ? null : round2(c.hasilKerjaScore),
          c.reasons.map((r) => `${r.source} ${round2(r.score)} (n=${r.count}, bobot ${round2(r.weight)})`).join('; '),
        ]),
      );
    });
  }

  @Get('training-suggestions.csv')
  async training(@Req() req: Request, @Res() res: Response, @Query() q: Record<string, unknown>) {
    await this.send(req, res, 'saran-pelatihan', async (actor) => {
      const { periodId, unitId } = ids(q);
      const s = await this.service.trainingSuggestions(actor, periodId, unitId);
      const rows = s.employees.flatMap((e) => {
        const base = [e.employeeNip, e.employeeName, e.position, e.unitName];
        if (!e.courses.length)
          return [[...base, e.weakValues.map((w) => `${w.value} ${round2(w.score)}`).join('; '), null, null, null, null, null]];
        return e.courses.map((c) => {
          const w = e.weakValues.find((v) => v.value === c.value)!;
          return [...base, c.value, round2(w.score), c.course.title, c.course.provider, c.course.hours, c.indicatorMatched];
        });
      });
      return toCsv(
        ['nip', 'nama', 'jabatan', 'unit', 'nilai_berakhlak', 'skor_nilai', 'pelatihan', 'penyelenggara', 'jam', 'indikator'],
        rows,
      );
    });
  }

  private async send(
    req: Request,
    res: Response,
    name: string,
    build: (actor: NonNullable<Awaited<ReturnType<AuthService['authenticate']>>>) => Promise<string>,
  ) {
    res.setHeader('cache-control', 'no-store');
    try {
      const header = String(req.headers.authorization ?? '');
      const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
      const actor = token ? await this.auth.authenticate(token) : null;
      if (!actor) throw new AppError('UNAUTHENTICATED', 'Silakan masuk. / Please sign in.');
      if (!this.policy.mayExport(actor)) throw new AppError('FORBIDDEN', 'Hanya ADMIN. / ADMIN only.');
      const csv = await build(actor);
      res
        .status(200)
        .setHeader('content-type', 'text/csv; charset=utf-8')
        .setHeader('content-disposition', `attachment; filename="${name}.csv"`)
        .send(csv);
    } catch (err) {
      if (err instanceof AppError) {
        const code = String(err.extensions.code);
        res.status(STATUS[code] ?? 422).json({ errors: [{ message: err.message, extensions: err.extensions }] });
        return;
      }
      throw err;
    }
  }
}

const round2 = (n: number) => (Math.sign(n) * Math.round(Math.abs(n) * 100 + Number.EPSILON)) / 100;

function ids(q: Record<string, unknown>): { periodId: string; unitId: string | null } {
  const periodId = typeof q.periodId === 'string' ? q.periodId : '';
  const unitId = typeof q.unitId === 'string' && q.unitId !== '' ? q.unitId : null;
  if (!isUuid(periodId))
    throw new AppError('BAD_USER_INPUT', 'periodId harus UUID. / periodId must be a UUID.', [{ field: 'periodId', reasons: ['a UUID'] }]);
  if (unitId !== null && !isUuid(unitId))
    throw new AppError('BAD_USER_INPUT', 'unitId harus UUID. / unitId must be a UUID.', [{ field: 'unitId', reasons: ['a UUID'] }]);
  return { periodId, unitId };
}
