import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { AppConfig, APP_CONFIG, ConfigModule } from '@k360/config';
import { DatabaseModule } from '@k360/database';
import { QueueModule } from '@k360/queue';
import { createLoggerModule, HealthModule } from '@k360/runtime';
import { graphqlOptions } from './graphql/graphql.options';
import { ComplexityPlugin } from './graphql/complexity.plugin';
import { SystemModule } from './system/system.module';
import { AuthModule } from './auth/auth.module';
import { OrganisationModule } from './organisation/organisation.module';
import { RoundsModule } from './rounds/rounds.module';
import { PublicRatingsModule } from './public-ratings/public-ratings.module';
import { WorkPlansModule } from './work-plans/work-plans.module';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_FILTER } from '@nestjs/core';
import { AppErrorFilter } from './common/app-error.filter';
import { WebController } from './web/web.controller';

export interface GatewayModuleOptions {
  config: AppConfig;
  /** Extra destination for log lines (tests capture them). */
  logStream?: NodeJS.WritableStream;
}

@Module({})
export class GatewayModule {
  static forRoot({ config, logStream }: GatewayModuleOptions): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        ConfigModule.forRoot(config),
        createLoggerModule(config, 'gateway', logStream),
        DatabaseModule.forRoot({ poolSize: 20, applicationName: 'kinerja360-gateway' }),
        QueueModule.forRoot('producer'),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [APP_CONFIG, getDataSourceToken()],
          useFactory: (c: AppConfig, ds: DataSource) => graphqlOptions(c, ds),
        }),
        HealthModule,
        AuthModule,
        OrganisationModule,
        RoundsModule,
        PublicRatingsModule,
        WorkPlansModule,
        SystemModule,
      ],
      controllers: [WebController],
      providers: [ComplexityPlugin, { provide: APP_FILTER, useClass: AppErrorFilter }],
    };
  }
}
