import { Box, Card, Group, Stack, Text } from '@mantine/core';
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

type DataAttributes = { [name: `data-${string}`]: string | boolean | undefined };

/** One row of a table as a card in a `CardList`: what the row is about, then its figures. */
export function RowCard({ title, children, bg, ...data }: { title: ReactNode; children: ReactNode; bg?: string } & DataAttributes) {
  return (
    <Card component="li" withBorder padding="sm" bg={bg} {...data}>
      <Stack gap="xs">
        <div>{title}</div>
        {children}
      </Stack>
    </Card>
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
