import { randomUUID } from 'node:crypto';
import { testBus } from '@test/nest-stubs';
import { EraseMyPersonalDataHandler } from '../erase-my-personal-data/erase-my-personal-data.handler';
import { EraseMyPersonalDataResolver } from '../erase-my-personal-data/erase-my-personal-data.resolver';
import { MyPersonalDataResolver } from '../personal-data/my-personal-data.resolver';
import { openVaultTestBed, type VaultTestBed, voter } from '../personal-data/testing/vault-test-bed';
import { UpdateMyPersonalDataHandler } from './update-my-personal-data.handler';
import { UpdateMyPersonalDataResolver } from './update-my-personal-data.resolver';

jest.mock('@nestjs/common', () => jest.requireActual('@test/nest-stubs').common);
jest.mock('@nestjs/cqrs', () => jest.requireActual('@test/nest-stubs').cqrs);
jest.mock('@nestjs/graphql', () => jest.requireActual('@test/nest-stubs').graphql);

describe('updating my personal data', () => {
  let bed: VaultTestBed;
  let update: UpdateMyPersonalDataResolver;

  beforeAll(async () => {
    bed = await openVaultTestBed('update-my-personal-data');
    update = new UpdateMyPersonalDataResolver(testBus([new UpdateMyPersonalDataHandler(bed.vault)]), bed.view);
  });
  afterAll(async () => {
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
    const mine = await new MyPersonalDataResolver(bed.view).myPersonalData(me);
    expect(mine).toMatchObject({ name: 'Иванова Мария', accessLog: [{ readerRole: 'DEPUTY', purpose: 'answer the appeal' }] });
  });

  it('refuses a name the vault does not accept, and any change once erased', async () => {
    const me = voter(randomUUID());
    await expect(update.updateMyPersonalData(me, { name: ' ' })).rejects.toThrow();
    const erase = new EraseMyPersonalDataResolver(testBus([new EraseMyPersonalDataHandler(bed.vault)]), bed.view);
    await erase.eraseMyPersonalData(me, { confirm: true });
    await expect(update.updateMyPersonalData(me, { name: 'Иванова Мария' })).rejects.toThrow();
    expect(await new MyPersonalDataResolver(bed.view).myPersonalData(me)).toMatchObject({ erased: true, name: null });
  });
});
