import { Group, Text } from '@mantine/core';
import { HiddenCellSwatch } from '@app/ui/charts/chart-figure';
import { useTranslation } from 'react-i18next';

/** The id of the page's note that explains suppression; every hidden cell points to it. */
export const SUPPRESSION_NOTE_ID = 'suppression-note';

/** A hidden cell in a table: says so in words (never 0 or a blank), and points to the explanation. */
export function SuppressedMark({ k }: { k: number }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap" component="span" aria-describedby={SUPPRESSION_NOTE_ID} data-testid="suppressed-cell">
      <HiddenCellSwatch />
      <Text component="span" size="sm" fs="italic" c="dimmed">
        {t('suppression.mark', { k })}
      </Text>
    </Group>
  );
}

/** Why some cells are hidden, once per page. */
export function SuppressionNote({ k, count }: { k: number; count: number }) {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap" align="flex-start">
      <HiddenCellSwatch />
      <Text size="sm" c="dimmed" id={SUPPRESSION_NOTE_ID}>
        {count > 0 ? t('suppression.noteSome', { k, count }) : t('suppression.noteNone', { k })}
      </Text>
    </Group>
  );
}
