import type { NextFunction, Request, Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, APP_CONFIG } from '@k360/config';
import { OperationsRepository } from '@k360/database';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { QueueName } from '@k360/queue';
import { Actor } from '../auth/actor';
import { AuthService } from '../auth/auth.service';
import { operatesDeployment } from './operator';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';
const COOKIE = 'k360_queues';

/** The access token from `Authorization: Bearer` or the dashboard's own cookie. */
function tokenOf(req: Request): string {
  const header = String(req.headers.authorization ?? '');
  if (header.startsWith('Bearer ')) return header.slice(7).trim();
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === COOKIE) return decodeURIComponent(rest.join('='));
  }
  return '';
}

const MESSAGES = {
  401: 'Dasbor antrean hanya untuk ADMIN: masuk di /app lalu buka "Dasbor antrean". / Sign in as an ADMIN first.',
  403: 'Dasbor antrean hanya untuk ADMIN. / The queue dashboard is for ADMIN only.',
  operator:
    "Dasbor antrean memuat pekerjaan semua instansi: hanya untuk ADMIN instansi pengelola (QUEUE_DASHBOARD_AGENCY_ID). / The queue dashboard shows every agency's jobs: only the operating agency's ADMINs (QUEUE_DASHBOARD_AGENCY_ID) may open it.",
};

function refuse(req: Request, res: Response, status: 401 | 403, why: keyof typeof MESSAGES = status): void {
  const message = MESSAGES[why];
  const code = status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN';
  res.status(status).setHeader('cache-control', 'no-store');
  if (String(req.headers.accept ?? '').includes('text/html'))
    res
      .type('html')
      .send(
        `<!doctype html><html lang="id"><meta charset="utf-8"><title>Kinerja360</title><main><h1>${code}</h1><p>${message}</p></main></html>`,
      );
  else res.json({ code, message });
}

/**
 * Bull Board at /admin/queues for ADMIN only: every queue's counts, jobs and failures, on Redis or
 * on BullMQ's PostgreSQL backend. The queues are shared by every agency of a deployment, so the
 * board is for the operating agency's ADMINs only (QUEUE_DASHBOARD_AGENCY_ID; without it, any
 * ADMIN while the deployment serves a single agency). Agency ADMINs otherwise have the
 * agency-scoped `failedJobs`, `queueCounts` and `retryFailedJob`. Read-only: retries go through
 * that mutation. Job payloads carry ids only (round, service point, period), never names or
 * anything a citizen typed.
 *
 * A browser cannot send the staff page's bearer token on a navigation, so the page first calls
 * `POST /admin/queues/session` with it; that sets an HttpOnly, SameSite=Strict cookie limited to
 * this path, holding the same access token (same expiry; logging out or deactivation ends it,
 * since every request is authenticated again).
 */
export function mountQueueDashboard(app: NestExpressApplication): void {
  const auth = app.get(AuthService);
  const config = app.get<AppConfig>(APP_CONFIG);
  const operations = app.get(OperationsRepository, { strict: false });
  /** May this ADMIN see the jobs of every agency? */
  const operator = (actor: Actor): Promise<boolean> => operatesDeployment(config, operations, actor);
  const queues = [QueueName.SYSTEM, QueueName.SCORING, QueueName.AGGREGATION, QueueName.REPORTS].map(
    (name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name), { strict: false }), { readOnlyMode: true }),
  );
  const board = new ExpressAdapter();
  board.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues, serverAdapter: board, options: { uiConfig: { boardTitle: 'Kinerja360 · Antrean' } } });

  const admin = async (req: Request): Promise<{ actor: Actor | null; token: string }> => {
    const token = tokenOf(req);
    return { actor: token ? await auth.authenticate(token) : null, token };
  };
  const gate = (req: Request, res: Response, next: NextFunction): void => {
    admin(req)
      .then(async ({ actor, token }) => {
        if (!actor) return refuse(req, res, 401);
        if (!actor.roles.includes('ADMIN')) return refuse(req, res, 403);
        if (!(await operator(actor))) return refuse(req, res, 403, 'operator');
        if (req.method === 'POST' && req.path === '/session') {
          const exp = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).exp as number;
          res.cookie(COOKIE, token, {
            httpOnly: true,
            sameSite: 'strict',
            secure: req.secure,
            path: QUEUE_DASHBOARD_PATH,
            maxAge: Math.max(0, exp * 1000 - Date.now()),
          });
          return void res.status(204).end();
        }
        res.setHeader('cache-control', 'no-store');
        next();
      })
      .catch(next);
  };
  const http = app.getHttpAdapter().getInstance();
  http.delete(`${QUEUE_DASHBOARD_PATH}/session`, (_req: Request, res: Response) => {
    res.clearCookie(COOKIE, { path: QUEUE_DASHBOARD_PATH }).status(204).end();
  });
  http.use(QUEUE_DASHBOARD_PATH, gate, board.getRouter());
}
