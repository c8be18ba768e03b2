import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { RecognitionExportController } from './recognition-export.controller';
import { RecognitionPolicy } from './recognition.policy';
import { RecognitionResolver } from './recognition.resolver';
import { RecognitionService } from './recognition.service';

/** Recognition and development (issue 15): award candidates, the training catalogue and suggestions, their CSV exports. */
@Module({
  imports: [AuthModule],
  providers: [RecognitionPolicy, RecognitionService, RecognitionResolver],
  controllers: [RecognitionExportController],
})
export class RecognitionModule {}
