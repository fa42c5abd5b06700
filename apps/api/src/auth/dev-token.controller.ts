import { Body, Controller, Inject, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { mintDevAccessToken } from '@app/identity/oidc/dev-token';
import { DomainError, type RuntimeConfig } from '@app/platform';
import { APP_CONFIG } from '@app/platform/nest';
import type { DevIdentity } from './dev-identity';
import { DEV_IDENTITY } from '@app/identity/access/tokens';

/** Development only: `POST /dev/token {"login":"voter1"}` → an access token, for scripts and tests. */
@Controller('dev')
export class DevTokenController {
  constructor(
    @Inject(DEV_IDENTITY) private readonly dev: DevIdentity | null,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  @Post('token')
  async token(@Body() body: { login?: unknown } | undefined, @Res() reply: FastifyReply): Promise<void> {
    if (!this.dev || this.config.env === 'production') {
      await reply
        .status(404)
        .send({ error: 'not_found', message: '/dev/token exists only with the development identity provider, never in production' });
      return;
    }
    try {
      const access_token = await mintDevAccessToken({
        login: typeof body?.login === 'string' ? body.login : '',
        issuer: this.dev.issuer,
        audience: this.config.oidcAudience,
        clientId: this.config.oidcClientId,
        signingKey: this.dev.signingKey,
      });
      await reply.send({ access_token, token_type: 'Bearer', expires_in: 3600 });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      await reply.status(400).send({ error: 'invalid_request', message: error.message });
    }
  }
}
