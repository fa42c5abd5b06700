/** The access token ran out and the identity provider could not be reached to renew it; retried meanwhile. */
export class ProviderUnreachableError extends Error {
  constructor() {
    super('The sign-in could not be renewed: the identity provider is not reachable');
    this.name = 'ProviderUnreachableError';
  }
}
