import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TokenVerifier } from '@app/identity/oidc/token-verifier';
import { type RuntimeConfig } from '@app/platform';
import { APP_CONFIG } from '@app/platform/nest';
import { AuthGuard } from '@app/identity/access/auth.guard';
import { createDevIdentity, type DevIdentity } from './dev-identity';
import { DevTokenController } from './dev-token.controller';
import { MeResolver } from './me.resolver';
import { DEV_IDENTITY, TOKEN_VERIFIER } from '@app/identity/access/tokens';

/** Sign-in: the token verifier for OIDC_ISSUER (or the development provider), the guard, `me`. */
@Module({
  controllers: [DevTokenController],
  providers: [
    { provide: DEV_IDENTITY, inject: [APP_CONFIG], useFactory: createDevIdentity },
    {
      provide: TOKEN_VERIFIER,
      inject: [APP_CONFIG, DEV_IDENTITY],
      useFactory: (config: RuntimeConfig, dev: DevIdentity | null) =>
        new TokenVerifier(
          dev
            ? { issuer: dev.issuer, audience: config.oidcAudience, localKeys: [dev.signingKey] }
            : { issuer: config.oidcIssuer!, audience: config.oidcAudience },
        ),
    },
    { provide: APP_GUARD, useClass: AuthGuard },
    MeResolver,
  ],
  exports: [DEV_IDENTITY, TOKEN_VERIFIER],
})
export class AuthModule {}
