import { Module } from '@nestjs/common';
import { PublicRatingsResolver } from './public-ratings.resolver';
import { PublicRatingsService } from './public-ratings.service';
import { QrController } from './qr.controller';
import { SatisfactionResolver } from './satisfaction.resolver';
import { SubmitFastPath } from './submit-fast-path';

@Module({
  controllers: [QrController],
  providers: [PublicRatingsService, PublicRatingsResolver, SatisfactionResolver, SubmitFastPath],
})
export class PublicRatingsModule {}
