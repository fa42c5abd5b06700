import { randomUUID } from 'node:crypto';
import { CqrsModule } from '@nestjs/cqrs';
import { Test, type TestingModule } from '@nestjs/testing';
import { MyPersonalDataView } from '../personal-data/my-personal-data';
import { openVaultTestBed, type VaultTestBed, voter } from '../personal-data/testing/vault-test-bed';
import { PiiVault } from '../pii-vault/pii-vault';
import { EraseMyPersonalDataHandler } from './erase-my-personal-data.handler';
import { EraseMyPersonalDataResolver } from './erase-my-personal-data.resolver';

describe('erasing my personal data', () => {
  let bed: VaultTestBed;
  let app: TestingModule;
  let resolver: EraseMyPersonalDataResolver;

  beforeAll(async () => {
    bed = await openVaultTestBed('erase-my-personal-data');
    app = await Test.createTestingModule({
      imports: [CqrsModule.forRoot()],
      providers: [
        EraseMyPersonalDataHandler,
        EraseMyPersonalDataResolver,
        { provide: PiiVault, useValue: bed.vault },
        { provide: MyPersonalDataView, useValue: bed.view },
      ],
    }).compile();
    await app.init();
    resolver = app.get(EraseMyPersonalDataResolver);
  });
  afterAll(async () => {
    await app?.close();
    await bed?.close();
  });

  it('destroys the data for good and answers it erased; repeating it changes nothing', async () => {
    const me = voter(randomUUID());
    await bed.vault.save(me.id, { name: 'Иванова Мария', contact: 'maria@example.ru', postalAddress: null });
    const erased = await resolver.eraseMyPersonalData(me, { confirm: true });
    expect(erased).toEqual({ erased: true, name: null, contact: null, postalAddress: null, accessLog: [] });
    expect(await resolver.eraseMyPersonalData(me, { confirm: true, commandId: randomUUID() })).toEqual(erased);
    await expect(bed.vault.save(me.id, { name: 'Иванова Мария' })).rejects.toThrow();
  });

  it('refuses without confirm: true, keeping the data', async () => {
    const me = voter(randomUUID());
    await bed.vault.save(me.id, { name: 'Петров Пётр' });
    await expect(resolver.eraseMyPersonalData(me, { confirm: false })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'confirm' },
    });
    expect(await bed.vault.read(me.id, { readerId: me.id, role: 'VOTER', purpose: 'test' })).toMatchObject({ name: 'Петров Пётр' });
  });
});
