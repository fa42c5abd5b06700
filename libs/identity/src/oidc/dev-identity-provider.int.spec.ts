import { createDevIdentityProvider, DevIdentityProviderInProductionError } from './dev-identity-provider';

describe('the development identity provider', () => {
  it('refuses to run in production, saying why', async () => {
    await expect(
      createDevIdentityProvider({
        issuer: 'http://localhost:3000/oidc',
        audience: 'urn:appeals:api',
        clientId: 'appeals-web',
        redirectUris: ['http://localhost:3000/callback'],
        signingKey: {},
        accessTokenTtl: 3600,
        production: true,
      }),
    ).rejects.toThrow(DevIdentityProviderInProductionError);
  });
});
