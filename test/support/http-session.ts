import { createHash, randomBytes } from 'node:crypto';

/**
 * What a browser does for a sign-in, over plain HTTP: keeps cookies per host, follows redirects one by one
 * (so each hop can be seen), and submits forms.
 */
export class HttpSession {
  private readonly cookies = new Map<string, string>();
  readonly visited: string[] = [];

  /** Follows redirects until a page answers, or until a redirect leaves for `stopAt` (not fetched). */
  async navigate(url: string, init: RequestInit = {}, stopAt?: string): Promise<{ url: string; status: number; body: string }> {
    let current = url;
    let request = init;
    for (let hop = 0; hop < 20; hop++) {
      this.visited.push(current);
      const response = await fetch(current, {
        ...request,
        redirect: 'manual',
        headers: { ...(request.headers ?? {}), cookie: this.cookieHeader() },
      });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const [name, ...value] = pair.split('=');
        this.cookies.set(name.trim(), value.join('='));
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        current = new URL(location, current).toString();
        request = {};
        if (stopAt && current.startsWith(stopAt)) return { url: current, status: response.status, body: '' };
        continue;
      }
      return { url: current, status: response.status, body: await response.text() };
    }
    throw new Error(`Too many redirects: ${this.visited.join(' → ')}`);
  }

  /** Submits the first form of a page with these fields. */
  async submitForm(
    page: { url: string; body: string },
    fields: Record<string, string>,
    stopAt?: string,
  ): Promise<{ url: string; status: number; body: string }> {
    const action = /<form[^>]*action="([^"]*)"/.exec(page.body)?.[1];
    if (action === undefined) throw new Error(`No form on ${page.url}:\n${page.body.slice(0, 500)}`);
    return this.navigate(
      new URL(action.replaceAll('&amp;', '&'), page.url).toString(),
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      },
      stopAt,
    );
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/** A PKCE pair (RFC 7636, S256). */
export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}
