import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG } from '@k360/config';
import { buildDataSourceOptions } from './data-source';
import { AuditService } from './audit.service';
import { HasilKerjaService } from './hasil-kerja.service';
import { REPOSITORIES } from './repositories';
import { ReadDatabase, READ_DATABASE_OPTIONS } from './read-database';

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(opts: { poolSize: number; applicationName: string }): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => {
            if (!config.DATABASE_URL) throw new Error('DATABASE_URL is required (npm start resolves one automatically)');
            return buildDataSourceOptions({ url: config.DATABASE_URL, ...opts });
          },
        }),
      ],
      providers: [AuditService, HasilKerjaService, ReadDatabase, { provide: READ_DATABASE_OPTIONS, useValue: opts }, ...REPOSITORIES],
      exports: [AuditService, HasilKerjaService, ReadDatabase, ...REPOSITORIES],
    };
  }
}
