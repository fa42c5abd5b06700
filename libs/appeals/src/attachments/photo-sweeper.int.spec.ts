import { randomUUID } from 'node:crypto';
import {
  PiiAttachments1763900600000,
  PiiAttachmentsRecorded1763900700000,
  PiiAttachmentThumbnails1763900800000,
  PhotoVault,
  PiiVault,
  PiiVault1763900100000,
} from '@app/identity';
import { executeCommand } from '@app/platform/event-sourcing/command-executor';
import { openReadModelHarness, type ReadModelHarness } from '@test/read-model-harness';
import { appealDecider } from '../domain';
import { cmd } from '../domain/testing/appeal-fixtures';
import { PhotoSweeper, UNSENT_PHOTO_TTL_MS, UNSETTLED_CLAIM_AFTER_MS } from './photo-sweeper';

/** Submissions that stopped between claiming their photos and settling them, as a crash leaves them. */
describe('PhotoSweeper', () => {
  let harness: ReadModelHarness;
  let vault: PhotoVault;

  beforeAll(async () => {
    harness = await openReadModelHarness('photo-sweeper', {
      migrations: [
        PiiVault1763900100000,
        PiiAttachments1763900600000,
        PiiAttachmentsRecorded1763900700000,
        PiiAttachmentThumbnails1763900800000,
      ],
      projections: [],
    });
    vault = new PhotoVault(harness.dataSource, PiiVault.generateMasterKey());
  });
  afterAll(async () => {
    await harness?.close();
  });

  const photo = (text: string) => ({ contentType: 'image/jpeg', bytes: Buffer.from(text), width: 4, height: 3 });
  const sweepAfter = (ms: number) => new PhotoSweeper(vault, harness.store, () => new Date(Date.now() + ms)).sweep();
  const ids = (infos: ReadonlyArray<{ id: string }>) => infos.map((info) => info.id).sort();

  it('settles interrupted claims from the event log, then deletes what no appeal recorded a day after upload', async () => {
    const author = randomUUID();
    const [a, b, c] = [
      await vault.saveAttachment(author, photo('a')),
      await vault.saveAttachment(author, photo('b')),
      await vault.saveAttachment(author, photo('c')),
    ];
    // Recorded with photo a (b was named by a repeat that lost), then the process stopped before settling.
    const recorded = randomUUID();
    expect(await vault.claimAttachments(author, [a.id, b.id], recorded)).toEqual([]);
    const submit = cmd.submit({ appealId: recorded, subjectId: author, attachmentIds: [a.id] }, new Date().toISOString(), {
      actorId: author,
      role: 'VOTER',
    });
    await executeCommand(harness.store, `appeal-${recorded}`, appealDecider, submit, {
      commandId: randomUUID(),
      actorId: author,
      occurredAt: submit.metadata.at,
    });
    // Claimed, then the process stopped before anything was appended.
    const lost = randomUUID();
    expect(await vault.claimAttachments(author, [c.id], lost)).toEqual([]);

    // A submission in flight is left alone.
    expect(await sweepAfter(0)).toEqual({ settled: 0, deleted: 0 });
    expect(await vault.attachmentsOfAppeal(recorded)).toEqual([]);

    expect(await sweepAfter(UNSETTLED_CLAIM_AFTER_MS + 60_000)).toEqual({ settled: 2, deleted: 0 });
    expect(ids(await vault.attachmentsOfAppeal(recorded))).toEqual([a.id]);
    expect(await vault.attachmentsOfAppeal(lost)).toEqual([]);
    expect(await vault.unsentAttachmentCount(author)).toBe(2);

    expect(await sweepAfter(UNSENT_PHOTO_TTL_MS + 60_000)).toEqual({ settled: 0, deleted: 2 });
    expect(ids(await vault.attachmentInfo([a.id, b.id, c.id]))).toEqual([a.id]);
  });
});
