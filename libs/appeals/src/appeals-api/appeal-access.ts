import { type Viewer, reachesRegion } from '@app/identity/access/viewer';
import { DomainError } from '@app/platform/errors/domain-error';
import type { AppealState } from '../domain';

/**
 * Who may see (and so act on) an appeal: its author; the deputy handling it and their assistant; a
 * moderator of its region. Nobody else — analysts see aggregates only, admins manage the registry. An
 * appeal one may not see answers exactly like one that does not exist, so ids cannot be probed.
 */
export function canSeeAppeal(viewer: Viewer, state: AppealState | AppealParties): boolean {
  if (state.status === 'NOT_SUBMITTED' || !('subjectId' in state)) return false;
  const appeal: AppealParties = state;
  switch (viewer.role) {
    case 'VOTER':
      return appeal.subjectId === viewer.id;
    case 'DEPUTY':
    case 'ASSISTANT':
      return appeal.deputyId !== null && appeal.deputyId === viewer.deputyId;
    case 'MODERATOR':
      return reachesRegion(viewer, appeal.regionCode);
    case 'ANALYST':
    case 'ADMIN':
      return false;
  }
}

/** What visibility depends on, as both the write side's state and the read model's row have it. */
export type AppealParties = Readonly<{ status: string; subjectId: string; deputyId: string | null; regionCode: string }>;

/** Only the author and the handling deputy (and their assistant) learn who wrote an appeal. */
export function canSeeAuthor(viewer: Viewer, appeal: AppealParties): boolean {
  if (viewer.role === 'VOTER') return appeal.subjectId === viewer.id;
  return (viewer.role === 'DEPUTY' || viewer.role === 'ASSISTANT') && appeal.deputyId !== null && appeal.deputyId === viewer.deputyId;
}

export function requireVisible(viewer: Viewer, appealId: string): (appeal: AppealState) => void {
  return (appeal) => {
    if (!canSeeAppeal(viewer, appeal)) throw new DomainError('NOT_FOUND', `No appeal ${appealId}`);
  };
}

/** As `requireVisible`, but a stream with no appeal yet is fine (a new submission). */
export function requireVisibleIfExists(viewer: Viewer, appealId: string): (appeal: AppealState) => void {
  const visible = requireVisible(viewer, appealId);
  return (appeal) => {
    if (appeal.status !== 'NOT_SUBMITTED') visible(appeal);
  };
}
