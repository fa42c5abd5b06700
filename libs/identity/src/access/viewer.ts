import { DomainError } from '@app/platform/errors/domain-error';

export const ROLES = ['VOTER', 'DEPUTY', 'ASSISTANT', 'MODERATOR', 'ANALYST', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is calling, from a verified access token. A viewer has one role; its scope says which objects the
 * role reaches: the deputy an assistant acts for, the regions of a moderator or analyst (`'*'` = country).
 */
export type Viewer = Readonly<{
  /** The token's `sub`: a pseudonymous id, also the voter's personal data subject id. */
  id: string;
  role: Role;
  name: string | null;
  /** DEPUTY: their own deputy id; ASSISTANT: the deputy they act for. */
  deputyId: string | null;
  /** MODERATOR and ANALYST: region codes, or `['*']` for the whole country. */
  regions: readonly string[];
}>;

/** Whether a moderator's or analyst's scope covers a region (`'*'` covers every region). */
export function reachesRegion(viewer: Viewer, regionCode: string): boolean {
  return viewer.regions.includes('*') || viewer.regions.includes(regionCode);
}

/** Aggregates of a region are for the analysts and moderators whose scope covers it: FORBIDDEN otherwise. */
export function assertReachesRegion(viewer: Viewer, regionCode: string): void {
  if ((viewer.role === 'ANALYST' || viewer.role === 'MODERATOR') && reachesRegion(viewer, regionCode)) return;
  throw new DomainError('FORBIDDEN', `Region ${regionCode} is outside your scope`, { field: 'regionCode' });
}

/** Claims the platform reads from an access token, beyond the registered ones. */
export type RoleClaims = Readonly<{ role?: unknown; deputy_id?: unknown; regions?: unknown; name?: unknown }>;

/** Maps verified token claims to a viewer, refusing tokens whose role or scope is incomplete. */
export function viewerFromClaims(sub: string | undefined, claims: RoleClaims): Viewer {
  if (!sub) throw new DomainError('UNAUTHENTICATED', 'The access token has no subject (sub)');
  const role = claims.role;
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
    throw new DomainError('UNAUTHENTICATED', `The access token carries no known role (role claim: ${JSON.stringify(role ?? null)})`);
  }
  const deputyId = typeof claims.deputy_id === 'string' ? claims.deputy_id : null;
  const regions = Array.isArray(claims.regions) ? claims.regions.filter((r): r is string => typeof r === 'string') : [];
  if ((role === 'DEPUTY' || role === 'ASSISTANT') && !deputyId) {
    throw new DomainError('UNAUTHENTICATED', `A ${role} token must name the deputy (deputy_id claim)`);
  }
  if ((role === 'MODERATOR' || role === 'ANALYST') && regions.length === 0) {
    throw new DomainError('UNAUTHENTICATED', `A ${role} token must list regions (regions claim; "*" for the whole country)`);
  }
  return { id: sub, role: role as Role, name: typeof claims.name === 'string' ? claims.name : null, deputyId, regions };
}
