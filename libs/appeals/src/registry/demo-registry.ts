import { DEMO_DEPUTY_IDS } from '@app/identity/oidc/demo-accounts';
import type { DeputyDefinition, RoutingRule } from './registry-events';

/** The demo accounts' deputies: deputy1 serves Yekaterinburg, where voter1 lives; deputy2 serves Nizhny Tagil. */
export const DEMO_DEPUTIES: readonly DeputyDefinition[] = [
  {
    deputyId: DEMO_DEPUTY_IDS.deputy1,
    fullName: 'Кузнецова Ольга Викторовна',
    level: 'REGIONAL',
    regionCode: '66',
    district: 'Избирательный округ № 5',
    territoryIds: ['66-ekaterinburg'],
  },
  {
    deputyId: DEMO_DEPUTY_IDS.deputy2,
    fullName: 'Волков Сергей Андреевич',
    level: 'REGIONAL',
    regionCode: '66',
    district: 'Избирательный округ № 12',
    territoryIds: ['66-nizhny-tagil'],
  },
];

export const DEMO_ROUTING: readonly RoutingRule[] = [
  {
    ruleId: 'demo-66-ekaterinburg',
    regionCode: '66',
    territoryId: '66-ekaterinburg',
    categoryId: null,
    deputyId: DEMO_DEPUTY_IDS.deputy1,
    reason: 'Демо: округ № 5',
  },
  {
    ruleId: 'demo-66-nizhny-tagil',
    regionCode: '66',
    territoryId: '66-nizhny-tagil',
    categoryId: null,
    deputyId: DEMO_DEPUTY_IDS.deputy2,
    reason: 'Демо: округ № 12',
  },
];
