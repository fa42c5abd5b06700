import type { Role } from '../access/viewer';

/** A seeded account of the development identity provider (never used in production). */
export type DemoAccount = Readonly<{
  login: string;
  /** Pseudonymous subject id (the token's `sub`). */
  id: string;
  name: string;
  role: Role;
  deputyId?: string;
  regions?: readonly string[];
}>;

/** Every demo account signs in with this password (README, "Demo accounts"). */
export const DEMO_PASSWORD = 'demo';

/** Demo deputies' ids; the appeal registry seeds deputies with the same ids. */
export const DEMO_DEPUTY_IDS = {
  deputy1: '0b6a3a52-8f0e-4d7c-9d1a-1f0c6c1e0001',
  deputy2: '0b6a3a52-8f0e-4d7c-9d1a-1f0c6c1e0002',
} as const;

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { login: 'voter1', id: '5d0f2b1e-0c43-4a57-8a3c-7a1d2c000001', name: 'Анна Смирнова', role: 'VOTER' },
  { login: 'voter2', id: '5d0f2b1e-0c43-4a57-8a3c-7a1d2c000002', name: 'Игорь Петров', role: 'VOTER' },
  {
    login: 'deputy1',
    id: '5d0f2b1e-0c43-4a57-8a3c-7a1d2c000011',
    name: 'Ольга Кузнецова',
    role: 'DEPUTY',
    deputyId: DEMO_DEPUTY_IDS.deputy1,
  },
  {
    login: 'assistant1',
    id: '5d0f2b1e-0c43-4a57-8a3c-7a1d2c000012',
    name: 'Павел Соколов',
    role: 'ASSISTANT',
    deputyId: DEMO_DEPUTY_IDS.deputy1,
  },
  {
    login: 'deputy2',
    id: '5d0f2b1e-0c43-4a57-8a3c-7a1d2c000013',
    name: 'Сергей Волков',
    role: 'DEPUTY',
    deputyId: DEMO_DEPUTY_IDS.deputy2,
  },
  { login: 'moderator1', id: '5d0f2b1e-0c43-4a57-8a3c-7a1d2c000021', name: 'Елена Морозова', role: 'MODERATOR', regions: ['66'] },
  { login: 'analyst1', id: '5d0f2b1e-0c43-4a57-8a3c-7a1d2c000031', name: 'Дмитрий Лебедев', role: 'ANALYST', regions: ['*'] },
  { login: 'admin1', id: '5d0f2b1e-0c43-4a57-8a3c-7a1d2c000041', name: 'Администратор', role: 'ADMIN' },
];

/** The claims a demo account's tokens carry (see `viewerFromClaims`). */
export function demoClaims(account: DemoAccount): Record<string, unknown> {
  return {
    name: account.name,
    preferred_username: account.login,
    role: account.role,
    ...(account.deputyId ? { deputy_id: account.deputyId } : {}),
    ...(account.regions ? { regions: account.regions } : {}),
  };
}
