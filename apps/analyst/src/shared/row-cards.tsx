import { Box, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** The rows of a table as a list of cards, named like the table it stands for. */
export function CardList({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    // role="list": Safari drops the list semantics of a list without bullets.
    <Stack component="ul" role="list" aria-label={label} gap="xs" p={0} m={0} style={{ listStyle: 'none' }} data-testid={testId}>
      {children}
    </Stack>
  );
}

export type CardFigure = Readonly<{ key: string; label: ReactNode; value: ReactNode }>;

/** A card's figures, each "name … value" on one line, as a description list (the column headers of the table). */
export function FigureList({ figures }: { figures: readonly CardFigure[] }) {
  return (
    <Stack component="dl" gap={6} m={0}>
      {figures.map((figure) => (
        <Group key={figure.key} justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Text component="dt" size="sm" c="dimmed">
            {figure.label}
          </Text>
          <Box component="dd" m={0} ta="right" fz="sm">
            {figure.value}
          </Box>
        </Group>
      ))}
    </Stack>
  );
}
