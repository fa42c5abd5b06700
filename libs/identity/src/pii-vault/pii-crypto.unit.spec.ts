import { randomBytes, randomUUID } from 'node:crypto';
import { PersonalDataDecryptionError } from './errors';
import { decryptRecord, encryptRecord, generateDataKey, seal, unseal, unwrapSubjectKey, wrapSubjectKey } from './pii-crypto';

const data = { name: 'Иванова Мария Петровна', contact: '+7 912 345-67-89', postalAddress: 'г. Казань, ул. Баумана, д. 1, кв. 2' };

describe('pii crypto', () => {
  const key = generateDataKey();
  const aad = Buffer.from('pii-record:subject');

  it('round-trips, with a fresh IV (and so a different ciphertext) every time', () => {
    const plaintext = Buffer.from('одно и то же', 'utf8');
    const sealed = Array.from({ length: 50 }, () => seal(key, plaintext, aad));
    const ivs = new Set(sealed.map((value) => value.subarray(1, 13).toString('hex')));
    expect(ivs.size).toBe(50);
    expect(new Set(sealed.map((value) => value.toString('hex'))).size).toBe(50);
    for (const value of sealed) expect(unseal(key, value, aad).toString('utf8')).toBe('одно и то же');
    // The plaintext is not visible in the stored bytes.
    expect(sealed[0].includes(plaintext)).toBe(false);
  });

  it('detects any flipped bit, in the IV, the tag or the ciphertext', () => {
    const sealed = seal(key, Buffer.from('{"name":"Пётр"}'), aad);
    for (let index = 1; index < sealed.length; index++) {
      const tampered = Buffer.from(sealed);
      tampered[index] ^= 0x01;
      expect(() => unseal(key, tampered, aad)).toThrow(PersonalDataDecryptionError);
    }
    expect(() => unseal(key, sealed.subarray(0, sealed.length - 1), aad)).toThrow(PersonalDataDecryptionError);
    expect(() => unseal(key, sealed.subarray(0, 20), aad)).toThrow(/unknown format/);
  });

  it('refuses a wrong key or a different AAD with a clear error, never garbage', () => {
    const sealed = seal(key, Buffer.from('secret'), aad);
    expect(() => unseal(generateDataKey(), sealed, aad)).toThrow(/authentication failed/);
    expect(() => unseal(key, sealed, Buffer.from('pii-record:other'))).toThrow(/authentication failed/);
  });

  it('binds a record and a wrapped key to their subject', () => {
    const [alice, bob] = [randomUUID(), randomUUID()];
    const record = encryptRecord(key, data, alice);
    expect(decryptRecord(key, record, alice)).toEqual(data);
    expect(() => decryptRecord(key, record, bob)).toThrow(PersonalDataDecryptionError);

    const master = randomBytes(32);
    const wrapped = wrapSubjectKey(master, key, alice);
    expect(unwrapSubjectKey(master, wrapped, alice).equals(key)).toBe(true);
    expect(() => unwrapSubjectKey(master, wrapped, bob)).toThrow(PersonalDataDecryptionError);
    // A wrapped key is not a record and vice versa, even under the same key and subject.
    expect(() => decryptRecord(master, wrapped, alice)).toThrow(PersonalDataDecryptionError);
  });

  it('rejects keys that are not 32 bytes', () => {
    expect(() => seal(randomBytes(16), Buffer.from('x'), aad)).toThrow(/32-byte key, got 16 bytes/);
  });
});
