import { useQuery } from '@apollo/client/react';
import { CATEGORIES_QUERY, TERRITORIES_QUERY, useLocalizedName } from '@app/ui';
import { useCallback, useMemo } from 'react';

/** Category and territory names in the page's language, with the options for a select. */
export function useRegistry(regionCode: string | null) {
  const name = useLocalizedName();
  const categories = useQuery(CATEGORIES_QUERY, { fetchPolicy: 'cache-first' });
  const territories = useQuery(TERRITORIES_QUERY, {
    variables: { regionCode: regionCode ?? '' },
    skip: !regionCode,
    fetchPolicy: 'cache-first',
  });
  const categoryById = useMemo(
    () => new Map((categories.data?.categories ?? []).map((category) => [category.id, category])),
    [categories.data],
  );
  const categoryName = useCallback(
    (id: string) => {
      const category = categoryById.get(id);
      if (!category) return id;
      const parent = category.parentId ? categoryById.get(category.parentId) : undefined;
      return parent ? `${name(parent)} · ${name(category)}` : name(category);
    },
    [categoryById, name],
  );
  const territoryName = useCallback(
    (id: string) => {
      const territory = territories.data?.territories.find((candidate) => candidate.id === id);
      return territory ? name(territory) : id;
    },
    [territories.data, name],
  );
  const categoryOptions = useMemo(
    () =>
      (categories.data?.categories ?? [])
        .map((category) => ({ value: category.id, label: categoryName(category.id) }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [categories.data, categoryName],
  );
  const territoryOptions = useMemo(
    () =>
      (territories.data?.territories ?? [])
        .map((territory) => ({ value: territory.id, label: name(territory) }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [territories.data, name],
  );
  return { categoryName, territoryName, categoryOptions, territoryOptions };
}
