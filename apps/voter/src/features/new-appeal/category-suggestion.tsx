import { Alert, Button, Group, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '@app/ui';
import { suggestCategory } from './suggest-category';

/** "Looks like «Roads → Road repair»" under the text, once the text points at another topic than the chosen one. */
export function CategorySuggestion({
  text,
  categories,
  selected,
  fullName,
  onAccept,
}: {
  text: string;
  categories: readonly Category[];
  selected: string;
  fullName: (id: string) => string;
  onAccept: (categoryId: string) => void;
}) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(text, 400);
  const suggestion = useMemo(() => suggestCategory(debounced, categories), [debounced, categories]);
  if (!suggestion || suggestion.id === selected) return null;
  return (
    <Alert variant="light" color="blue" p="sm" aria-live="polite" data-testid="category-suggestion">
      <Group justify="space-between" gap="xs">
        <Text size="sm">{t('newAppeal.suggestion', { category: fullName(suggestion.id) })}</Text>
        <Button size="compact-sm" variant="white" onClick={() => onAccept(suggestion.id)}>
          {t('newAppeal.useSuggestion')}
        </Button>
      </Group>
    </Alert>
  );
}
