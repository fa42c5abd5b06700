import type { EventStore } from '@app/event-store';
import type { PhotoVault } from '@app/identity';
import { recordedAttachments } from '../domain';

/** Uploads never sent with an appeal are deleted after this long. */
export const UNSENT_PHOTO_TTL_MS = 24 * 60 * 60 * 1000;
/** A claim this old was left by a submission that stopped between claiming its photos and settling them. */
export const UNSETTLED_CLAIM_AFTER_MS = 10 * 60 * 1000;
/** Claims settled per run: after a crash there are a few; more wait for the next run. */
const CLAIMS_PER_RUN = 200;

/**
 * Keeps the promise of docs/personal-data.md: a photo not sent with an appeal is gone a day after its
 * upload. Claims a submission never settled are settled from the event log first (the photos its
 * `AppealSubmitted` lists stay with it, the rest become unsent), so they are shown or swept like any other.
 */
export class PhotoSweeper {
  constructor(
    private readonly photos: PhotoVault,
    private readonly store: EventStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async sweep(): Promise<{ settled: number; deleted: number }> {
    const now = this.clock().getTime();
    let deleted = 0;
    let settled = 0;
    try {
      const claims = await this.photos.unsettledClaims(new Date(now - UNSETTLED_CLAIM_AFTER_MS), CLAIMS_PER_RUN);
      for (const { subjectId, appealId } of claims) {
        await this.photos.settleAttachments(subjectId, appealId, recordedAttachments(await this.store.readStream(`appeal-${appealId}`)));
        settled += 1;
      }
    } finally {
      // A claim that cannot be settled now (the log unreachable) does not hold back the day-old deletions.
      deleted = await this.photos.sweepUnsentAttachments(new Date(now - UNSENT_PHOTO_TTL_MS));
    }
    return { settled, deleted };
  }
}
