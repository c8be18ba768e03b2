import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig, APP_CONFIG } from '@k360/config';
import { OrganisationModule } from '../organisation/organisation.module';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { BootstrapAdminService } from './bootstrap-admin.service';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.JWT_SECRET,
        signOptions: { algorithm: 'HS256', issuer: 'kinerja360', audience: 'kinerja360-staff' },
        verifyOptions: { algorithms: ['HS256'], issuer: 'kinerja360', audience: 'kinerja360-staff' },
      }),
    }),
    OrganisationModule,
  ],
  providers: [AuthService, AuthResolver, BootstrapAdminService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService],
})
export class AuthModule {}
