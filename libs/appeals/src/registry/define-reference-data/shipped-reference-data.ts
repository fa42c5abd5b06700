import { createHash } from 'node:crypto';
import { CATEGORIES, NATIONAL_PROJECTS, REGIONS, SUBCATEGORIES, TERRITORIES } from '../reference-data';
import type { DefineReferenceData } from '../reference-decider';

/** The reference data shipped with the platform, as one definition command. */
export function shippedReferenceData(): DefineReferenceData {
  return {
    regions: REGIONS,
    territories: TERRITORIES,
    nationalProjects: NATIONAL_PROJECTS,
    categories: [
      ...CATEGORIES.map((c) => ({ ...c, parentId: null, firstResponseTargetHours: null, nationalProjectId: null, keywords: [] })),
      ...SUBCATEGORIES.map((c) => ({ ...c, nationalProjectId: c.nationalProjectId ?? null })),
    ],
  };
}

/** The command id of importing `data`: the same content has the same id, so whoever imports it first records it. */
export function referenceDataCommandId(data: DefineReferenceData): string {
  return `reference-data-${createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16)}`;
}
