import type { Viewer } from '../access/viewer';
import type { PiiAccessLog } from '../pii-vault/access-log';
import type { PiiVault } from '../pii-vault/pii-vault';
import type { MyPersonalData } from './personal-data.types';

/**
 * The voter's own personal data as `myPersonalData` and the personal data mutations answer it: the fields (none
 * once erased) and who has read them. The voter's own read is logged like any other.
 */
export class MyPersonalDataView {
  constructor(
    private readonly vault: PiiVault,
    private readonly accessLog: PiiAccessLog,
  ) {}

  async read(viewer: Viewer): Promise<MyPersonalData> {
    const [data, accessLog] = await Promise.all([
      this.vault.read(viewer.id, { readerId: viewer.id, role: viewer.role, purpose: 'own data' }),
      this.accessLog.entries(viewer.id),
    ]);
    const erased = data !== null && 'erased' in data;
    const fields = data && !('erased' in data) ? data : null;
    return {
      erased,
      name: fields?.name ?? null,
      contact: fields?.contact ?? null,
      postalAddress: fields?.postalAddress ?? null,
      accessLog: accessLog.map(({ readerRole, purpose, appealId, accessedAt }) => ({ readerRole, purpose, appealId, accessedAt })),
    };
  }
}
