import { isDeepStrictEqual } from 'node:util';
import type { Decider } from '@app/platform/event-sourcing/decider';
import { DomainError } from '@app/platform/errors/domain-error';
import type { NationalProject, Region, Territory } from './reference-data';
import type { CategoryDefinition, RegistryEvent } from './registry-events';

export type ReferenceEvent = Extract<
  RegistryEvent,
  { type: 'RegionDefined' | 'TerritoryDefined' | 'CategoryDefined' | 'NationalProjectDefined' }
>;

/** Regions, territories, categories and national projects: defining one anew changes it. */
export type ReferenceState = Readonly<{
  regions: ReadonlyMap<string, Region>;
  territories: ReadonlyMap<string, Territory>;
  categories: ReadonlyMap<string, CategoryDefinition>;
  nationalProjects: ReadonlyMap<string, NationalProject>;
}>;

/** Several definitions at once (the import of the reference data, or one admin change). */
export type DefineReferenceData = Readonly<{
  regions?: readonly Region[];
  territories?: readonly Territory[];
  categories?: readonly CategoryDefinition[];
  nationalProjects?: readonly NationalProject[];
}>;

const ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/**
 * Emits a definition only where it differs from what is stored, so importing the same reference data
 * again writes nothing, and an edited file writes just its changes. Checks references within the
 * resulting registry: a territory's region, a category's parent and national project.
 */
export const referenceDecider: Decider<DefineReferenceData, ReferenceEvent, ReferenceState> = {
  initialState: { regions: new Map(), territories: new Map(), categories: new Map(), nationalProjects: new Map() },

  decide(command, state) {
    const events: ReferenceEvent[] = [];
    let next = state;
    const add = (event: ReferenceEvent, current: unknown): void => {
      if (current !== undefined && isDeepStrictEqual(current, event.data)) return;
      events.push(event);
      next = referenceDecider.evolve(next, event);
    };
    for (const region of command.regions ?? []) {
      if (!/^\d{2}$/.test(region.code))
        throw new DomainError('BAD_USER_INPUT', `Region code must be two digits, got "${region.code}"`, { field: 'code' });
      requireName(region, `region ${region.code}`);
      add({ type: 'RegionDefined', data: region }, state.regions.get(region.code));
    }
    for (const project of command.nationalProjects ?? []) {
      requireId(project.id, 'national project');
      requireName(project, `national project ${project.id}`);
      add({ type: 'NationalProjectDefined', data: project }, state.nationalProjects.get(project.id));
    }
    for (const territory of command.territories ?? []) {
      requireId(territory.id, 'territory');
      requireName(territory, `territory ${territory.id}`);
      if (!next.regions.has(territory.regionCode)) {
        throw new DomainError(
          'BAD_USER_INPUT',
          `Territory ${territory.id} names region ${territory.regionCode}, which is not in the registry`,
          { field: 'regionCode' },
        );
      }
      add({ type: 'TerritoryDefined', data: territory }, state.territories.get(territory.id));
    }
    // Parents first, so a file may list a subcategory before its parent.
    const categories = [...(command.categories ?? [])].sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null));
    for (const category of categories) {
      requireId(category.id, 'category');
      requireName(category, `category ${category.id}`);
      if (category.parentId !== null && !next.categories.has(category.parentId)) {
        throw new DomainError('BAD_USER_INPUT', `Category ${category.id} names parent ${category.parentId}, which is not in the registry`, {
          field: 'parentId',
        });
      }
      if (category.nationalProjectId !== null && !next.nationalProjects.has(category.nationalProjectId)) {
        throw new DomainError(
          'BAD_USER_INPUT',
          `Category ${category.id} names national project ${category.nationalProjectId}, which is not in the registry`,
          {
            field: 'nationalProjectId',
          },
        );
      }
      if (
        category.firstResponseTargetHours !== null &&
        !(category.firstResponseTargetHours > 0 && category.firstResponseTargetHours <= 720)
      ) {
        throw new DomainError('BAD_USER_INPUT', `Category ${category.id}: the first-response target must be 1 to 720 hours`, {
          field: 'firstResponseTargetHours',
        });
      }
      add({ type: 'CategoryDefined', data: category }, state.categories.get(category.id));
    }
    return events;
  },

  evolve(state, event) {
    switch (event.type) {
      case 'RegionDefined':
        return { ...state, regions: new Map(state.regions).set(event.data.code, event.data) };
      case 'TerritoryDefined':
        return { ...state, territories: new Map(state.territories).set(event.data.id, event.data) };
      case 'CategoryDefined':
        return { ...state, categories: new Map(state.categories).set(event.data.id, event.data) };
      case 'NationalProjectDefined':
        return { ...state, nationalProjects: new Map(state.nationalProjects).set(event.data.id, event.data) };
    }
  },
};

function requireId(id: string, what: string): void {
  if (!ID.test(id))
    throw new DomainError('BAD_USER_INPUT', `A ${what} id must be lower-case latin words joined by "-" or ".", got "${id}"`, {
      field: 'id',
    });
}

function requireName(item: { nameRu: string; nameEn: string }, what: string): void {
  if (!item.nameRu?.trim() || item.nameRu.length > 200)
    throw new DomainError('BAD_USER_INPUT', `${what}: the Russian name must be 1 to 200 characters`, { field: 'nameRu' });
  if (!item.nameEn?.trim() || item.nameEn.length > 200)
    throw new DomainError('BAD_USER_INPUT', `${what}: the English name must be 1 to 200 characters`, { field: 'nameEn' });
}
