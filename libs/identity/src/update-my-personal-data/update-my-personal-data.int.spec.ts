import { randomUUID } from 'node:crypto';
import { CqrsModule } from '@nestjs/cqrs';
import { Test, type TestingModule } from '@nestjs/testing';
import { EraseMyPersonalDataHandler } from '../erase-my-personal-data/erase-my-personal-data.handler';
import { EraseMyPersonalDataResolver } from '../erase-my-personal-data/erase-my-personal-data.resolver';
import { MyPersonalDataView } from '../personal-data/my-personal-data';
import { MyPersonalDataResolver } from '../personal-data/my-personal-data.resolver';
import { openVaultTestBed, type VaultTestBed, voter } from '../personal-data/testing/vault-test-bed';
import { PiiVault } from '../pii-vault/pii-vault';
import { UpdateMyPersonalDataHandler } from './update-my-personal-data.handler';
import { UpdateMyPersonalDataResolver } from './update-my-personal-data.resolver';

describe('updating my personal data', () => {
  let bed: VaultTestBed;
  let app: TestingModule;
  let update: UpdateMyPersonalDataResolver;

  beforeAll(async () => {
    bed = await openVaultTestBed('update-my-personal-data');
    app = await Test.createTestingModule({
      imports: [CqrsModule.forRoot()],
      providers: [
        UpdateMyPersonalDataHandler,
        UpdateMyPersonalDataResolver,
        EraseMyPersonalDataHandler,
        EraseMyPersonalDataResolver,
        MyPersonalDataResolver,
        { provide: PiiVault, useValue: bed.vault },
        { provide: MyPersonalDataView, useValue: bed.view },
      ],
    }).compile();
    await app.init();
    update = app.get(UpdateMyPersonalDataResolver);
  });
  afterAll(async () => {
    await app?.close();
    await bed?.close();
  });

  it('stores the fields, empty ones as null, and answers them with who read them', async () => {
    const me = voter(randomUUID());
    expect(await update.updateMyPersonalData(me, { name: 'Иванова Мария', contact: '+7 900 000-00-00' })).toEqual({
      erased: false,
      name: 'Иванова Мария',
      contact: '+7 900 000-00-00',
      postalAddress: null,
      accessLog: [],
    });
    await bed.vault.read(me.id, { readerId: 'deputy-1', role: 'DEPUTY', purpose: 'answer the appeal', appealId: randomUUID() });
    const mine = await app.get(MyPersonalDataResolver).myPersonalData(me);
    expect(mine).toMatchObject({ name: 'Иванова Мария', accessLog: [{ readerRole: 'DEPUTY', purpose: 'answer the appeal' }] });
  });

  it('refuses a name the vault does not accept, and any change once erased', async () => {
    const me = voter(randomUUID());
    await expect(update.updateMyPersonalData(me, { name: ' ' })).rejects.toThrow();
    await app.get(EraseMyPersonalDataResolver).eraseMyPersonalData(me, { confirm: true });
    await expect(update.updateMyPersonalData(me, { name: 'Иванова Мария' })).rejects.toThrow();
    expect(await app.get(MyPersonalDataResolver).myPersonalData(me)).toMatchObject({ erased: true, name: null });
  });
});
