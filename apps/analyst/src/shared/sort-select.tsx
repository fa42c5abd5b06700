import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SortDirection } from './sort-rows';

export type SortOption<Key extends string> = Readonly<{ key: Key; label: string; natural: SortDirection }>;
export type SortState<Key extends string> = Readonly<{ key: Key; direction: SortDirection }>;

/**
 * Sorting for rows shown as cards, where there are no column headers to press: the column, then the
 * order. A new column starts in its natural order, as a header press does.
 */
export function SortSelect<Key extends string>({
  options,
  sort,
  onChange,
}: {
  options: readonly SortOption<Key>[];
  sort: SortState<Key>;
  onChange: (sort: SortState<Key>) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group grow align="flex-end" gap="xs" data-testid="sort-select">
      <NativeSelect
        label={t('table.sortBy')}
        data={options.map((option) => ({ value: option.key, label: option.label }))}
        value={sort.key}
        onChange={(event) => {
          const option = options.find((candidate) => candidate.key === event.currentTarget.value);
          if (option) onChange({ key: option.key, direction: option.natural });
        }}
      />
      <NativeSelect
        label={t('table.order')}
        data={[
          { value: 'asc', label: t('table.ascending') },
          { value: 'desc', label: t('table.descending') },
        ]}
        value={sort.direction}
        onChange={(event) => onChange({ key: sort.key, direction: event.currentTarget.value === 'asc' ? 'asc' : 'desc' })}
      />
    </Group>
  );
}
