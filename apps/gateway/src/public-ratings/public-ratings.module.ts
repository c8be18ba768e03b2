import { Module } from '@nestjs/common';
import { PublicRatingsResolver } from './public-ratings.resolver';
import { PublicRatingsService } from './public-ratings.service';
import { QrController } from './qr.controller';
import { RatingPartitionsService } from './rating-partitions.service';
import { SatisfactionResolver } from './satisfaction.resolver';

@Module({
  controllers: [QrController],
  providers: [PublicRatingsService, PublicRatingsResolver, RatingPartitionsService, SatisfactionResolver],
})
export class PublicRatingsModule {}
