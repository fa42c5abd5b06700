import type { Viewer } from '@app/identity/access/viewer';
import { DomainError } from '@app/platform/errors/domain-error';
import type { AppealState } from '../domain';

/**
 * Who may see (and so act on) an appeal: its author; the deputy handling it and their assistant; a
 * moderator of its region. Nobody else — analysts see aggregates only, admins manage the registry. An
 * appeal one may not see answers exactly like one that does not exist, so ids cannot be probed.
 */
export function canSeeAppeal(viewer: Viewer, appeal: AppealState): boolean {
  if (appeal.status === 'NOT_SUBMITTED') return false;
  switch (viewer.role) {
    case 'VOTER':
      return appeal.subjectId === viewer.id;
    case 'DEPUTY':
    case 'ASSISTANT':
      return appeal.deputyId !== null && appeal.deputyId === viewer.deputyId;
    case 'MODERATOR':
      return viewer.regions.includes('*') || viewer.regions.includes(appeal.regionCode);
    case 'ANALYST':
    case 'ADMIN':
      return false;
  }
}

export function requireVisible(viewer: Viewer, appealId: string): (appeal: AppealState) => void {
  return (appeal) => {
    if (!canSeeAppeal(viewer, appeal)) throw new DomainError('NOT_FOUND', `No appeal ${appealId}`);
  };
}
