import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { PiiAccessLog } from './access-log';
import { ConsentLog } from './consent-log';
import { PersonalDataDecryptionError, PersonalDataErasedError } from './errors';
import { decryptRecord, encryptRecord, generateDataKey, unseal, unwrapSubjectKey, wrapSubjectKey } from './pii-crypto';
import { PiiVault } from './pii-vault';
import { deputyReader as deputy, openVaultDatabase, type VaultDatabase, voterData as voter } from './testing/vault-database';

describe('PiiVault', () => {
  let database: VaultDatabase;
  let dataSource: DataSource;
  let masterKey: Buffer;
  let vault: PiiVault;
  let consents: ConsentLog;
  let accessLog: PiiAccessLog;

  beforeAll(async () => {
    database = await openVaultDatabase('pii_vault');
    dataSource = database.dataSource;
    masterKey = PiiVault.generateMasterKey();
    vault = new PiiVault(dataSource, masterKey);
    consents = new ConsentLog(dataSource);
    accessLog = new PiiAccessLog(dataSource);
  });

  afterAll(async () => {
    await database?.close();
  });

  const stored = async (subjectId: string) => {
    const [row]: Array<{ wrapped_key: Buffer | null; erased_at: Date | null; ciphertext: Buffer | null }> = await dataSource.query(
      `select k.wrapped_key, k.erased_at, r.ciphertext
         from pii_subject_keys k left join pii_records r using (subject_id) where k.subject_id = $1`,
      [subjectId],
    );
    return row;
  };

  it('round-trips Russian personal data, stored only as ciphertext', async () => {
    const subjectId = randomUUID();
    expect(await vault.read(subjectId, { readerId: subjectId, role: 'VOTER', purpose: 'profile' })).toBeNull();
    await vault.save(subjectId, voter);
    expect(await vault.read(subjectId, { readerId: subjectId, role: 'VOTER', purpose: 'profile' })).toEqual(voter);

    const row = await stored(subjectId);
    expect(row.wrapped_key).toHaveLength(1 + 12 + 16 + 32);
    expect(row.ciphertext!.includes(Buffer.from('Иванова'))).toBe(false);
    expect(row.ciphertext!.includes(Buffer.from('Баумана'))).toBe(false);

    // Optional fields, and an overwrite under the same key with a fresh IV.
    await vault.save(subjectId, { name: 'Иванова М. П.' });
    expect(await vault.read(subjectId, { readerId: subjectId, role: 'VOTER', purpose: 'profile' })).toEqual({
      name: 'Иванова М. П.',
      contact: null,
      postalAddress: null,
    });
    const after = await stored(subjectId);
    expect(after.wrapped_key!.equals(row.wrapped_key!)).toBe(true);
    expect(after.ciphertext!.subarray(1, 13).equals(row.ciphertext!.subarray(1, 13))).toBe(false);
  });

  it('cannot decrypt under a wrong master key: a clear error, not garbage', async () => {
    const subjectId = randomUUID();
    await vault.save(subjectId, voter);
    const impostor = new PiiVault(dataSource, PiiVault.generateMasterKey());
    const read = impostor.read(subjectId, { readerId: subjectId, role: 'VOTER', purpose: 'profile' });
    await expect(read).rejects.toThrow(PersonalDataDecryptionError);
    await expect(read).rejects.toThrow(/authentication failed \(wrong PII master key/);
    await expect(impostor.save(subjectId, voter)).rejects.toThrow(PersonalDataDecryptionError);
    // The failed save changed nothing.
    expect(await vault.read(subjectId, { readerId: subjectId, role: 'VOTER', purpose: 'profile' })).toEqual(voter);
  });

  it('refuses a ciphertext moved to another subject, even with that subject’s key moved along (AAD)', async () => {
    const [alice, bob] = [randomUUID(), randomUUID()];
    await vault.save(alice, voter);
    await vault.save(bob, { name: 'Петров Пётр', contact: '+7 900 000-00-00' });
    const [aliceRow, bobRow] = [await stored(alice), await stored(bob)];

    // Without AAD, copying both of Alice's values onto Bob would make Bob's read return Alice's data.
    await dataSource.query('update pii_subject_keys set wrapped_key = $2 where subject_id = $1', [bob, aliceRow.wrapped_key]);
    await dataSource.query('update pii_records set ciphertext = $2 where subject_id = $1', [bob, aliceRow.ciphertext]);
    await expect(vault.read(bob, { readerId: bob, role: 'VOTER', purpose: 'profile' })).rejects.toThrow(PersonalDataDecryptionError);
    await dataSource.query('update pii_subject_keys set wrapped_key = $2 where subject_id = $1', [bob, bobRow.wrapped_key]);
    await dataSource.query('update pii_records set ciphertext = $2 where subject_id = $1', [bob, bobRow.ciphertext]);
    expect(await vault.read(bob, { readerId: bob, role: 'VOTER', purpose: 'profile' })).toMatchObject({ name: 'Петров Пётр' });

    // The record layer is bound on its own: Alice's own data key opens it as Alice's and not as Bob's.
    const aliceKey = unwrapSubjectKey(masterKey, aliceRow.wrapped_key!, alice);
    expect(decryptRecord(aliceKey, aliceRow.ciphertext!, alice)).toEqual(voter);
    expect(() => decryptRecord(aliceKey, aliceRow.ciphertext!, bob)).toThrow(PersonalDataDecryptionError);
  });

  it('creates one key when first saves for a subject race', async () => {
    const subjectId = randomUUID();
    const names = Array.from({ length: 8 }, (_, index) => `Сидоров ${index}`);
    await Promise.all(names.map((name) => vault.save(subjectId, { name })));
    const [{ count }] = await dataSource.query('select count(*)::int as count from pii_subject_keys where subject_id = $1', [subjectId]);
    expect(count).toBe(1);
    const read = await vault.read(subjectId, { readerId: subjectId, role: 'VOTER', purpose: 'profile' });
    expect(names).toContain((read as { name: string }).name);
  });

  it('erases by destroying the key: a ciphertext copied before is undecryptable, other tables are untouched', async () => {
    await dataSource.query(
      'create table events (id bigint primary key, stream_id text not null, data jsonb not null, metadata jsonb not null)',
    );
    const subjectId = randomUUID();
    const bystander = randomUUID();
    await dataSource.query(
      `insert into events (id, stream_id, data, metadata)
       select n, 'appeal-' || n, jsonb_build_object('subjectId', $1::text, 'text', 'Во дворе не вывозят мусор'),
              jsonb_build_object('actorId', $1::text, 'occurredAt', '2025-03-01T10:00:00Z')
         from generate_series(1, 5) n`,
      [subjectId],
    );
    const eventsDigest = async () =>
      (await dataSource.query(`select md5(string_agg(t::text, ',' order by id)) as digest from events t`))[0].digest;
    const eventsBefore = await eventsDigest();

    await vault.save(subjectId, voter);
    await vault.save(bystander, { name: 'Соседов Сосед' });
    await consents.recordConsent(subjectId, '2025-01', new Date('2025-03-01T10:00:00Z'));
    await vault.read(subjectId, deputy());
    const copied = (await stored(subjectId)).ciphertext!;
    const wrappedBefore = (await stored(subjectId)).wrapped_key!;

    expect(await vault.erase(subjectId)).toEqual({ erased: true });

    expect(await vault.read(subjectId, { readerId: subjectId, role: 'VOTER', purpose: 'profile' })).toEqual({ erased: true });
    expect(await vault.read(subjectId, deputy())).toEqual({ erased: true });
    const row = await stored(subjectId);
    expect(row).toEqual({ wrapped_key: null, erased_at: expect.any(Date), ciphertext: null });
    expect(await dataSource.query('select 1 from pii_records where subject_id = $1', [subjectId])).toEqual([]);
    // No row anywhere in the vault still holds the wrapped key.
    expect(await dataSource.query('select 1 from pii_subject_keys where wrapped_key = $1', [wrappedBefore])).toEqual([]);

    // The copy cannot be opened by any path: put back, read through the vault…
    await dataSource.query('insert into pii_records (subject_id, ciphertext, updated_at) values ($1, $2, now())', [subjectId, copied]);
    expect(await vault.read(subjectId, { readerId: subjectId, role: 'VOTER', purpose: 'profile' })).toEqual({ erased: true });
    await dataSource.query('delete from pii_records where subject_id = $1', [subjectId]);
    // …nor with the master key directly, under either layer's binding…
    expect(() => decryptRecord(masterKey, copied, subjectId)).toThrow(PersonalDataDecryptionError);
    expect(() => unseal(masterKey, copied, Buffer.from(`pii-subject-key:${subjectId}`))).toThrow(PersonalDataDecryptionError);
    // …nor with any data key that is still in the vault.
    const remaining: Array<{ subject_id: string; wrapped_key: Buffer }> = await dataSource.query(
      'select subject_id, wrapped_key from pii_subject_keys where wrapped_key is not null',
    );
    expect(remaining.length).toBeGreaterThan(1);
    for (const other of remaining) {
      const otherKey = unwrapSubjectKey(masterKey, other.wrapped_key, other.subject_id);
      expect(() => decryptRecord(otherKey, copied, subjectId)).toThrow(PersonalDataDecryptionError);
    }

    // Erased stays erased; erasing again changes nothing.
    await expect(vault.save(subjectId, voter)).rejects.toThrow(PersonalDataErasedError);
    await expect(vault.save(subjectId, voter)).rejects.toMatchObject({ code: 'INVALID_STATE' });
    expect(await vault.erase(subjectId)).toEqual({ erased: false });
    expect(await stored(subjectId)).toEqual(row);

    // Kept on purpose: consent as proof of lawful processing, and who read the data before.
    expect(await consents.hasConsented(subjectId, '2025-01')).toBe(true);
    expect(await accessLog.entries(subjectId)).toHaveLength(1);
    // Others' data and the event log are byte-for-byte unchanged.
    expect(await vault.read(bystander, { readerId: bystander, role: 'VOTER', purpose: 'profile' })).toEqual({
      name: 'Соседов Сосед',
      contact: null,
      postalAddress: null,
    });
    expect(await eventsDigest()).toBe(eventsBefore);
  });

  it('erasing a subject never seen leaves a tombstone, so nothing can be saved for it later', async () => {
    const subjectId = randomUUID();
    expect(await vault.erase(subjectId)).toEqual({ erased: false });
    expect(await vault.read(subjectId, deputy())).toEqual({ erased: true });
    await expect(vault.save(subjectId, voter)).rejects.toThrow(PersonalDataErasedError);
  });

  it('destroys a key whose first save commits while the erase is under way', async () => {
    const subjectId = randomUUID();
    // A first save in flight: its key and record are written but not yet committed.
    const save = dataSource.createQueryRunner();
    await save.connect();
    try {
      await save.startTransaction();
      const dataKey = generateDataKey();
      await save.query('insert into pii_subject_keys (subject_id, wrapped_key) values ($1, $2)', [
        subjectId,
        wrapSubjectKey(masterKey, dataKey, subjectId),
      ]);
      await save.query('insert into pii_records (subject_id, ciphertext, updated_at) values ($1, $2, now())', [
        subjectId,
        encryptRecord(dataKey, voter, subjectId),
      ]);
      const erasing = vault.erase(subjectId);
      // The erase found no key to destroy, and its tombstone now waits on the save's uncommitted key.
      await waitFor(async () => {
        const rows = await dataSource.query(
          `select 1 from pg_stat_activity where wait_event_type = 'Lock' and query like 'insert into pii_subject_keys (subject_id, wrapped_key, erased_at)%'`,
        );
        return rows.length > 0;
      });
      await save.commitTransaction();
      expect(await erasing).toEqual({ erased: true });
    } finally {
      await save.release();
    }
    expect(await stored(subjectId)).toEqual({ wrapped_key: null, erased_at: expect.any(Date), ciphertext: null });
  });

  it('refuses a save that starts while an erase is uncommitted, instead of writing behind it', async () => {
    const subjectId = randomUUID();
    await vault.save(subjectId, voter);
    // An erase in flight: the key is destroyed and the record deleted, not yet committed.
    const erase = dataSource.createQueryRunner();
    await erase.connect();
    try {
      await erase.startTransaction();
      await erase.query('update pii_subject_keys set wrapped_key = null, erased_at = now() where subject_id = $1', [subjectId]);
      await erase.query('delete from pii_records where subject_id = $1', [subjectId]);
      const saving = vault.save(subjectId, { name: 'Новое имя' });
      saving.catch(() => undefined);
      await waitFor(async () => {
        const rows = await dataSource.query(
          `select 1 from pg_stat_activity where wait_event_type = 'Lock' and query not like '%pg_stat_activity%' and query like '%pii_%'`,
        );
        return rows.length > 0;
      });
      await erase.commitTransaction();
      await expect(saving).rejects.toThrow(PersonalDataErasedError);
    } finally {
      await erase.release();
    }
    expect(await stored(subjectId)).toEqual({ wrapped_key: null, erased_at: expect.any(Date), ciphertext: null });
  });

  it('makes an erase wait for a save that already checked the key, then erases what it wrote', async () => {
    const subjectId = randomUUID();
    await vault.save(subjectId, voter);
    // Holds the next save between its key check and its record write, the window an erase could slip into.
    await dataSource.query(`
      create function pause_pii_write() returns trigger language plpgsql as $$
      begin perform pg_sleep(1); return new; end $$`);
    await dataSource.query(
      `create trigger pause_pii_write before insert on pii_records for each row when (new.subject_id = '${subjectId}') execute function pause_pii_write()`,
    );
    try {
      const saving = vault.save(subjectId, { name: 'Новое имя' });
      await waitFor(async () => (await dataSource.query(`select 1 from pg_stat_activity where wait_event = 'PgSleep'`)).length > 0);
      const erasing = vault.erase(subjectId);
      await saving;
      expect(await erasing).toEqual({ erased: true });
    } finally {
      await dataSource.query('drop trigger pause_pii_write on pii_records');
      await dataSource.query('drop function pause_pii_write');
    }
    expect(await stored(subjectId)).toEqual({ wrapped_key: null, erased_at: expect.any(Date), ciphertext: null });
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
