import { registerEnumType } from '@nestjs/graphql';
import { APPEAL_STATUSES } from '../domain';

/** The appeal statuses as the GraphQL enum `AppealStatus` (queries filter by it, commands report it). */
export const AppealStatusEnum = Object.fromEntries(APPEAL_STATUSES.map((s) => [s, s])) as Record<string, string>;
registerEnumType(AppealStatusEnum, { name: 'AppealStatus' });
