import { type Viewer, assertReachesRegion } from '@app/identity/access/viewer';
import { DomainError } from '@app/platform/errors/domain-error';

/** A deputy's rating: analysts and moderators of the deputy's region, and the deputy (or their assistant) themselves. */
export function assertMayReadDeputy(viewer: Viewer, deputyId: string, regionCode: string): void {
  if ((viewer.role === 'DEPUTY' || viewer.role === 'ASSISTANT') && viewer.deputyId === deputyId) return;
  if (viewer.role === 'DEPUTY' || viewer.role === 'ASSISTANT') throw new DomainError('FORBIDDEN', 'Deputies see their own rating only');
  assertReachesRegion(viewer, regionCode);
}
