import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import * as QRCode from 'qrcode';
import { PublicTokenKind } from './public-tokens';
import { PublicRatingsService } from './public-ratings.service';

/**
 * Printable QR codes for rating links (/r/<token>/qr.svg|png) and tickets (/t/<token>/qr.svg|png).
 * Public: whoever has the token may print it; the rating page says whether it still works.
 */
@Controller()
export class QrController {
  constructor(private readonly service: PublicRatingsService) {}

  @Get('r/:token/qr.:format')
  link(@Param('token') token: string, @Param('format') format: string, @Res() res: Response) {
    return this.render('link', token, format, res);
  }

  @Get('t/:token/qr.:format')
  ticket(@Param('token') token: string, @Param('format') format: string, @Res() res: Response) {
    return this.render('ticket', token, format, res);
  }

  private async render(kind: PublicTokenKind, token: string, format: string, res: Response) {
    const url = this.service.verifyForQr(token, kind);
    if (!url || (format !== 'svg' && format !== 'png')) throw new NotFoundException();
    res.setHeader('cache-control', 'public, max-age=86400');
    if (format === 'svg') {
      res.type('image/svg+xml').send(await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }));
    } else {
      res.type('image/png').send(await QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 512 }));
    }
  }
}
