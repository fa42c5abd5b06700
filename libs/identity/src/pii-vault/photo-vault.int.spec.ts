import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { PiiAccessLog } from './access-log';
import { PersonalDataDecryptionError, PersonalDataErasedError, UnsentAttachmentLimitError } from './errors';
import { PhotoVault } from './photo-vault';
import { PiiVault } from './pii-vault';
import { deputyReader as deputy, openVaultDatabase, type VaultDatabase } from './testing/vault-database';

describe('PhotoVault', () => {
  let database: VaultDatabase;
  let dataSource: DataSource;
  let vault: PiiVault;
  let photos: PhotoVault;
  let accessLog: PiiAccessLog;

  beforeAll(async () => {
    database = await openVaultDatabase('photo_vault');
    dataSource = database.dataSource;
    const masterKey = PiiVault.generateMasterKey();
    vault = new PiiVault(dataSource, masterKey);
    photos = new PhotoVault(dataSource, masterKey);
    accessLog = new PiiAccessLog(dataSource);
  });

  afterAll(async () => {
    await database?.close();
  });

  const photo = (text: string) => ({ contentType: 'image/jpeg', bytes: Buffer.from(text), width: 4, height: 3 });

  it('seals a photo under its author, binds it to its row, and logs reads by others only', async () => {
    const author = randomUUID();
    const saved = await photos.saveAttachment(author, photo('jpeg bytes of a yard'));
    expect(saved).toMatchObject({ subjectId: author, appealId: null, contentType: 'image/jpeg', byteSize: 20, width: 4, height: 3 });
    const [row] = await dataSource.query('select ciphertext from pii_attachments where id = $1', [saved.id]);
    expect(row.ciphertext.includes(Buffer.from('yard'))).toBe(false);

    expect((await photos.readAttachment(saved.id, { readerId: author, role: 'VOTER', purpose: 'own' }))?.bytes.toString()).toBe(
      'jpeg bytes of a yard',
    );
    const appealId = randomUUID();
    expect((await photos.readAttachment(saved.id, deputy(appealId)))?.bytes.toString()).toBe('jpeg bytes of a yard');
    expect(await accessLog.entries(author)).toEqual([
      expect.objectContaining({ readerId: 'deputy-7', purpose: 'answer the appeal', appealId }),
    ]);

    // Sealed bytes moved onto another photo's row do not open.
    const other = await photos.saveAttachment(author, photo('another'));
    await dataSource.query('update pii_attachments set ciphertext = (select ciphertext from pii_attachments where id = $1) where id = $2', [
      saved.id,
      other.id,
    ]);
    await expect(photos.readAttachment(other.id, { readerId: author, role: 'VOTER', purpose: 'own' })).rejects.toThrow(
      PersonalDataDecryptionError,
    );
  });

  it('keeps a sealed thumbnail beside the photo, and serves the photo where there is none', async () => {
    const author = randomUUID();
    const own = { readerId: author, role: 'VOTER', purpose: 'own' } as const;
    const withThumbnail = await photos.saveAttachment(author, { ...photo('the whole yard'), thumbnail: Buffer.from('a small yard') });
    expect((await photos.readAttachment(withThumbnail.id, own, 'thumbnail'))?.bytes.toString()).toBe('a small yard');
    expect((await photos.readAttachment(withThumbnail.id, own))?.bytes.toString()).toBe('the whole yard');
    const [row] = await dataSource.query('select thumbnail from pii_attachments where id = $1', [withThumbnail.id]);
    expect(row.thumbnail.includes(Buffer.from('small'))).toBe(false);
    // A thumbnail sealed as a photo does not open: the two are bound to their own column.
    await dataSource.query('update pii_attachments set ciphertext = thumbnail where id = $1', [withThumbnail.id]);
    await expect(photos.readAttachment(withThumbnail.id, own)).rejects.toThrow(PersonalDataDecryptionError);

    const without = await photos.saveAttachment(author, photo('stored before thumbnails'));
    expect((await photos.readAttachment(without.id, own, 'thumbnail'))?.bytes.toString()).toBe('stored before thumbnails');
  });

  it('claims only the author’s unsent photos, all or none, repeatably; shows them once settled; sweeps the unsent', async () => {
    const author = randomUUID();
    const [a, b, c] = [
      await photos.saveAttachment(author, photo('a')),
      await photos.saveAttachment(author, photo('b')),
      await photos.saveAttachment(author, photo('c')),
    ];
    const appeal = randomUUID();
    const other = randomUUID();
    expect(await photos.claimAttachments(randomUUID(), [a.id], appeal)).toEqual([a.id]);
    expect(await photos.claimAttachments(author, [a.id, b.id], appeal)).toEqual([]);
    expect(await photos.claimAttachments(author, [a.id, b.id], appeal)).toEqual([]);
    // All or none: b is taken, so c stays unsent too; the refusal names b.
    expect(await photos.claimAttachments(author, [c.id, b.id], other)).toEqual([b.id]);
    expect(await photos.unsentAttachmentCount(author)).toBe(1);
    // Claimed is not yet recorded: nobody sees the photos with the appeal, and they count as unsent to no one.
    expect(await photos.attachmentsOfAppeal(appeal)).toEqual([]);
    expect((await photos.attachmentInfo([a.id]))[0].appealId).toBeNull();

    // The submission recorded a only: a is shown with the appeal, b is unsent again.
    await photos.settleAttachments(author, appeal, [a.id]);
    expect((await photos.attachmentsOfAppeal(appeal)).map((info) => info.id)).toEqual([a.id]);
    expect((await photos.attachmentInfo([a.id]))[0].appealId).toBe(appeal);
    expect(await photos.unsentAttachmentCount(author)).toBe(2);
    // A late refusal of a parallel repeat gives nothing recorded back.
    await photos.settleAttachments(author, appeal, []);
    expect((await photos.attachmentsOfAppeal(appeal)).map((info) => info.id)).toEqual([a.id]);

    expect(await photos.deleteUnsentAttachment(author, a.id)).toBe(false);
    expect(await photos.deleteUnsentAttachment(randomUUID(), b.id)).toBe(false);
    expect(await photos.deleteUnsentAttachment(author, b.id)).toBe(true);

    expect(await photos.sweepUnsentAttachments(new Date(Date.now() - 60_000))).toBe(0);
    await photos.sweepUnsentAttachments(new Date(Date.now() + 60_000));
    expect((await photos.attachmentInfo([a.id, b.id, c.id])).map((info) => info.id)).toEqual([a.id]);
  });

  it('records what the event lists even when a parallel refusal gave it back first', async () => {
    const author = randomUUID();
    const [a, b] = [await photos.saveAttachment(author, photo('a')), await photos.saveAttachment(author, photo('b'))];
    const appeal = randomUUID();
    expect(await photos.claimAttachments(author, [a.id, b.id], appeal)).toEqual([]);
    await photos.settleAttachments(author, appeal, []); // a repeat refused before the first submission was recorded
    await photos.settleAttachments(author, appeal, [a.id, b.id]); // the first submission, recorded
    expect((await photos.attachmentsOfAppeal(appeal)).map((info) => info.id).sort()).toEqual([a.id, b.id].sort());
    expect(await photos.unsentAttachmentCount(author)).toBe(0);
  });

  it('lists claims left unsettled past a time, for the sweeper', async () => {
    const author = randomUUID();
    const a = await photos.saveAttachment(author, photo('a'));
    const appeal = randomUUID();
    await photos.claimAttachments(author, [a.id], appeal);
    expect(await photos.unsettledClaims(new Date(Date.now() - 60_000), 10)).not.toContainEqual({ subjectId: author, appealId: appeal });
    expect(await photos.unsettledClaims(new Date(Date.now() + 60_000), 10)).toContainEqual({ subjectId: author, appealId: appeal });
    await photos.settleAttachments(author, appeal, [a.id]);
    expect(await photos.unsettledClaims(new Date(Date.now() + 60_000), 10)).not.toContainEqual({ subjectId: author, appealId: appeal });
  });

  it('holds the unsent-photo limit under parallel uploads', async () => {
    const author = randomUUID();
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => photos.saveAttachment(author, photo('p'), { maxUnsent: 3 })));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(3);
    expect(results.filter((result) => result.status === 'rejected').map((result) => result.reason)).toEqual(
      Array.from({ length: 5 }, () => expect.any(UnsentAttachmentLimitError)),
    );
    expect(await photos.unsentAttachmentCount(author)).toBe(3);
  });

  it('erases photos with the rest, and takes none after', async () => {
    const author = randomUUID();
    const saved = await photos.saveAttachment(author, photo('face'));
    await vault.erase(author);
    expect(await photos.attachmentInfo([saved.id])).toEqual([]);
    expect(await photos.readAttachment(saved.id, deputy())).toBeNull();
    await expect(photos.saveAttachment(author, photo('again'))).rejects.toThrow(PersonalDataErasedError);
  });
});
