import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import type { Response } from 'express';

/** apps/web/dist, built by `npm start` (or `npm run build`) next to the server build. */
export const WEB_DIST = resolve(__dirname, '../../../../../apps/web/dist');

/**
 * The pages people use: /r/<token> and /t/<token> (the QR rating page), /ikm/<servicePointId> (a
 * service point's published IKM), /transparansi/<agencyId> (an agency's), /kiosk and /app (staff). Their
 * JavaScript and CSS are served from /assets by the static middleware set up in create-gateway.
 */
@Controller()
export class WebController {
  private page(name: 'rate' | 'kiosk' | 'staff' | 'ikm' | 'transparansi', res: Response) {
    const file = resolve(WEB_DIST, `${name}.html`);
    if (!existsSync(file)) throw new ServiceUnavailableException('Pages are not built: run npm run build');
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(file);
  }

  /** The QR rating page, for a rating link (/r/<token>) and for a one-time ticket (/t/<token>). */
  @Get(['r/:token', 't/:token'])
  rate(@Res() res: Response) {
    this.page('rate', res);
  }

  /** Public: a service point's survey results (PermenPANRB 14/2017 asks agencies to publish them). */
  @Get('ikm/:servicePointId')
  ikm(@Res() res: Response) {
    this.page('ikm', res);
  }

  /** Public: an agency's transparency page (every unit's IKM and trend, the published follow-up plan). */
  @Get('transparansi/:agencyId')
  transparency(@Res() res: Response) {
    this.page('transparansi', res);
  }

  @Get('kiosk')
  kiosk(@Res() res: Response) {
    this.page('kiosk', res);
  }

  /** Staff pages: login, reviews, team rounds, results. */
  @Get(['app', 'app/*path'])
  staff(@Res() res: Response) {
    this.page('staff', res);
  }

  @Get()
  home(@Res() res: Response) {
    res.redirect(302, '/app');
  }
}
