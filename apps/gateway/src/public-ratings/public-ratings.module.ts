import { Module } from '@nestjs/common';
import { PublicRatingsPolicy } from './public-ratings.policy';
import { PublicRatingsResolver } from './public-ratings.resolver';
import { PublicRatingsService } from './public-ratings.service';
import { QrController } from './qr.controller';
import { SatisfactionResolver } from './satisfaction.resolver';
import { SatisfactionService } from './satisfaction.service';
import { SubmitFastPath } from './submit-fast-path';

@Module({
  controllers: [QrController],
  providers: [PublicRatingsPolicy, PublicRatingsService, PublicRatingsResolver, SatisfactionResolver, SatisfactionService, SubmitFastPath],
})
export class PublicRatingsModule {}
