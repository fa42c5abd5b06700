import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AnalystRatingFieldsFragment as DeputyRating } from '../../gql/graphql';
import { CardList, FigureList, RowCard } from '../../shared/row-cards';
import { ScrollRegion } from '../../shared/scroll-region';
import { useAnalystFormat } from '../../shared/use-analyst-format';
import { useCardLayout } from '../../shared/use-card-layout';
import { RowFlags, ScoreCell } from './ratings-table';

const FIRST = 10;

/**
 * Deputies with too few answered appeals to rank: a provisional score, and how far they are from a rank.
 * A region can have dozens of them; the first ten are shown until asked for all. On a phone, a card each.
 */
export function BelowMinimumTable({
  rows,
  asOf,
  minimumAnswered,
  caption,
}: {
  rows: readonly DeputyRating[];
  asOf: string;
  minimumAnswered: number;
  caption: string;
}) {
  const { t } = useTranslation();
  const format = useAnalystFormat();
  const cards = useCardLayout();
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, FIRST);
  const link = (row: DeputyRating) => (
    <Anchor component={Link} to={`/deputies/${row.deputyId}?asOf=${asOf}`} size="sm">
      {row.fullName}
    </Anchor>
  );
  const answered = (row: DeputyRating) =>
    t('ratings.answeredOfMinimum', { answered: format.count(row.answered), minimum: minimumAnswered });
  return (
    <Stack gap="xs" align="stretch">
      {cards ? (
        <CardList label={caption} testId="below-minimum-cards">
          {shown.map((row) => (
            <RowCard key={row.deputyId} title={link(row)} data-testid="below-minimum-row">
              <FigureList
                figures={[
                  {
                    key: 'score',
                    label: t('ratings.columns.provisionalScore'),
                    value: <ScoreCell score={row.score} format={format} provisional />,
                  },
                  { key: 'answered', label: t('ratings.columns.answered'), value: answered(row) },
                ]}
              />
              <RowFlags flags={row.flags} />
            </RowCard>
          ))}
        </CardList>
      ) : (
        <ScrollRegion label={caption} testId="below-minimum-table">
          <Table verticalSpacing="xs" horizontalSpacing="sm" miw={560}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th className="analyst-sticky">{t('ratings.columns.name')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('ratings.columns.provisionalScore')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('ratings.columns.answered')}</Table.Th>
                <Table.Th>{t('ratings.columns.flags')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((row) => (
                <Table.Tr key={row.deputyId} data-testid="below-minimum-row">
                  <Table.Td className="analyst-sticky" miw={170}>
                    {link(row)}
                  </Table.Td>
                  <Table.Td>
                    <ScoreCell score={row.score} format={format} provisional />
                  </Table.Td>
                  <Table.Td className="analyst-num">
                    <Text size="sm" span>
                      {answered(row)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <RowFlags flags={row.flags} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      {rows.length > FIRST && (
        <Button
          variant="subtle"
          onClick={() => setAll((value) => !value)}
          aria-expanded={all}
          style={{ alignSelf: 'flex-start' }}
          data-testid="below-minimum-toggle"
        >
          {all ? t('ratings.showFewer') : t('ratings.showAll', { count: rows.length })}
        </Button>
      )}
    </Stack>
  );
}
