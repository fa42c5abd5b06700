import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Category, CATEGORIES_QUERY, useLocalizedName } from '@app/ui';

type Option = { value: string; label: string };

/** The two-level taxonomy as grouped options: each topic, then its subtopics. */
export function useCategoryOptions() {
  const { t } = useTranslation();
  const name = useLocalizedName();
  const query = useQuery(CATEGORIES_QUERY, { fetchPolicy: 'cache-first' });
  const categories = query.data?.categories;
  return useMemo(() => {
    const all = categories ?? [];
    const byId = new Map<string, Category>(all.map((category) => [category.id, category]));
    const groups = all
      .filter((category) => category.parentId === null)
      .map((top) => ({
        group: name(top),
        items: [
          { value: top.id, label: t('newAppeal.categoryGeneral', { name: name(top) }) },
          ...all.filter((category) => category.parentId === top.id).map((sub): Option => ({ value: sub.id, label: name(sub) })),
        ],
      }));
    /** "Topic → subtopic", for the suggestion. */
    const fullName = (id: string): string => {
      const category = byId.get(id);
      if (!category) return id;
      const parent = category.parentId ? byId.get(category.parentId) : undefined;
      return parent ? `${name(parent)} → ${name(category)}` : name(category);
    };
    return { groups, categories: all, fullName, loading: query.loading && !query.data, error: query.error };
  }, [categories, name, t, query.loading, query.data, query.error]);
}
