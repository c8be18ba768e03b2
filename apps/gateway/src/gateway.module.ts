import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { AppConfig, APP_CONFIG } from '@k360/config';
import { processModules, ProcessModuleOptions } from '@k360/runtime';
import { graphqlOptions } from './graphql/graphql.options';
import { ComplexityPlugin } from './graphql/complexity.plugin';
import { SystemModule } from './system/system.module';
import { AuthModule } from './auth/auth.module';
import { OrganisationModule } from './organisation/organisation.module';
import { RoundsModule } from './rounds/rounds.module';
import { PublicRatingsModule } from './public-ratings/public-ratings.module';
import { WorkPlansModule } from './work-plans/work-plans.module';
import { ScoringPoliciesModule } from './scoring-policies/scoring-policies.module';
import { NotificationsModule } from './notifications/notifications.module';
import { TeamDashboardModule } from './team-dashboard/team-dashboard.module';
import { ServiceSatisfactionModule } from './service-satisfaction/service-satisfaction.module';
import { TransparencyModule } from './transparency/transparency.module';
import { RecognitionModule } from './recognition/recognition.module';
import { ReportsModule } from './reports/reports.module';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_FILTER } from '@nestjs/core';
import { AppErrorFilter } from './common/app-error.filter';
import { WebController } from './web/web.controller';

@Module({})
export class GatewayModule {
  static forRoot(options: ProcessModuleOptions): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        ...processModules('gateway', options, { poolSize: 20, queueRole: 'producer' }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [APP_CONFIG, getDataSourceToken()],
          useFactory: (c: AppConfig, ds: DataSource) => graphqlOptions(c, ds),
        }),
        AuthModule,
        OrganisationModule,
        RoundsModule,
        PublicRatingsModule,
        WorkPlansModule,
        ScoringPoliciesModule,
        NotificationsModule,
        TeamDashboardModule,
        ServiceSatisfactionModule,
        TransparencyModule,
        RecognitionModule,
        ReportsModule,
        SystemModule,
      ],
      controllers: [WebController],
      providers: [ComplexityPlugin, { provide: APP_FILTER, useClass: AppErrorFilter }],
    };
  }
}
