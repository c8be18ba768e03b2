import { Module } from '@nestjs/common';
import { TransparencyResolver } from './transparency.resolver';
import { TransparencyService } from './transparency.service';

/** The public transparency page's data (issue 15). */
@Module({ providers: [TransparencyService, TransparencyResolver] })
export class TransparencyModule {}
