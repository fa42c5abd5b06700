import { Anchor, Box, Group, Stack, Table, Text } from '@mantine/core';
import { CHART_INK, CHART_COLORS } from '@app/ui/charts/chart-palette';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AnalystRateFieldsFragment as RateFigure, AnalystRatingFieldsFragment as DeputyRating, RatingFlag } from '../../gql/graphql';
import { rawSatisfaction, scoreBarWidth } from '../../shared/figures';
import { RatingFlags } from '../../shared/rating-flags';
import { CardList, FigureList, RowCard } from '../../shared/row-cards';
import { ScrollRegion } from '../../shared/scroll-region';
import { SortableHeader } from '../../shared/sortable-header';
import { nextSort, type SortDirection, sortRows, type SortValue } from '../../shared/sort-rows';
import { SortSelect, type SortState } from '../../shared/sort-select';
import { useCardLayout } from '../../shared/use-card-layout';
import { type AnalystFormat, useAnalystFormat } from '../../shared/use-analyst-format';

type Column = Readonly<{ key: SortKey; natural: SortDirection; value: (row: DeputyRating) => SortValue }>;
type SortKey = 'rank' | 'name' | 'score' | 'answeredShare' | 'deadlineCompliance' | 'resolutionRate' | 'satisfaction';

const satisfactionOf = (row: DeputyRating) => rawSatisfaction([row.promptness, row.quality, row.attentiveness]);

const COLUMNS: Readonly<Record<SortKey, Column>> = {
  rank: { key: 'rank', natural: 'asc', value: (row) => row.rank },
  name: { key: 'name', natural: 'asc', value: (row) => row.fullName },
  score: { key: 'score', natural: 'desc', value: (row) => row.score },
  answeredShare: { key: 'answeredShare', natural: 'desc', value: (row) => row.answeredShare.rate },
  deadlineCompliance: { key: 'deadlineCompliance', natural: 'desc', value: (row) => row.deadlineCompliance.rate },
  resolutionRate: { key: 'resolutionRate', natural: 'desc', value: (row) => row.resolutionRate.rate },
  satisfaction: { key: 'satisfaction', natural: 'desc', value: satisfactionOf },
};

/** A 0–100 score with a small bar; the number is what is read out, the bar is decoration. */
export function ScoreCell({ score, format, provisional = false }: { score: number; format: AnalystFormat; provisional?: boolean }) {
  return (
    <Group gap={8} wrap="nowrap" justify="flex-end">
      <Text fw={600} size="sm" className="analyst-num" fs={provisional ? 'italic' : undefined}>
        {format.decimal(score)}
      </Text>
      <Box aria-hidden="true" w={64} h={8} style={{ background: CHART_INK.track, borderRadius: 4, flex: 'none' }}>
        <Box
          h={8}
          w={`${scoreBarWidth(score)}%`}
          style={{ background: provisional ? CHART_INK.hidden : CHART_COLORS.blue, borderRadius: 4 }}
        />
      </Box>
    </Group>
  );
}

/** A share with its interval under it, e.g. "82 %" over "(76–87)"; a dash when nothing was counted yet. */
export function RateCell({ rate, format }: { rate: RateFigure; format: AnalystFormat }) {
  const { t } = useTranslation();
  const figure = format.rate(rate);
  if (!figure) {
    return (
      <Text size="sm" c="dimmed" ta="right" title={t('figures.noData')}>
        —<span className="analyst-visually-hidden">{t('figures.noData')}</span>
      </Text>
    );
  }
  return (
    <Stack gap={0} align="flex-end">
      <Text size="sm" className="analyst-num">
        {figure.value}
      </Text>
      {figure.interval && (
        <Text size="xs" c="dimmed" className="analyst-num">
          <span className="analyst-visually-hidden">{t('figures.intervalPrefix')} </span>({figure.interval})
        </Text>
      )}
    </Stack>
  );
}

export function SatisfactionCell({ row, format }: { row: DeputyRating; format: AnalystFormat }) {
  const { t } = useTranslation();
  const value = satisfactionOf(row);
  return (
    <Stack gap={0} align="flex-end">
      <Text size="sm" className="analyst-num">
        {value === null ? '—' : format.decimal(value)}
      </Text>
      <Text size="xs" c="dimmed" className="analyst-num">
        {t('ratings.ratingsCount', { count: row.feedback, formatted: format.count(row.feedback) })}
      </Text>
    </Stack>
  );
}

/** A deputy's flags in the ratings lists: "below the minimum sample" goes without saying there, the list says it. */
export function RowFlags({ flags }: { flags: readonly RatingFlag[] }) {
  return <RatingFlags flags={flags} hide={['BELOW_MINIMUM_SAMPLE']} />;
}

/** The deputy's name, linked to their page, and how many appeals they answered. */
function DeputyName({ row, asOf, format }: { row: DeputyRating; asOf: string; format: AnalystFormat }) {
  const { t } = useTranslation();
  return (
    <>
      <Anchor component={Link} to={`/deputies/${row.deputyId}?asOf=${asOf}`} size="sm" fw={500}>
        {row.fullName}
      </Anchor>
      <Text size="xs" c="dimmed">
        {t('ratings.answeredOf', { answered: format.count(row.answered), received: format.count(row.received) })}
      </Text>
    </>
  );
}

/** One ranked deputy as a card (phones): the same figures as a row of the table, each under its column's name. */
function RatingCard({ row, asOf, format }: { row: DeputyRating; asOf: string; format: AnalystFormat }) {
  const { t } = useTranslation();
  return (
    <RowCard title={<DeputyName row={row} asOf={asOf} format={format} />} data-testid="rating-row">
      <FigureList
        figures={[
          { key: 'rank', label: t('ratings.columns.rank'), value: <span className="analyst-num">{row.rank}</span> },
          { key: 'score', label: t('ratings.columns.score'), value: <ScoreCell score={row.score} format={format} /> },
          { key: 'answeredShare', label: t('ratings.columns.answeredShare'), value: <RateCell rate={row.answeredShare} format={format} /> },
          {
            key: 'deadlineCompliance',
            label: t('ratings.columns.deadlineCompliance'),
            value: <RateCell rate={row.deadlineCompliance} format={format} />,
          },
          {
            key: 'resolutionRate',
            label: t('ratings.columns.resolutionRate'),
            value: <RateCell rate={row.resolutionRate} format={format} />,
          },
          { key: 'satisfaction', label: t('ratings.columns.satisfaction'), value: <SatisfactionCell row={row} format={format} /> },
        ]}
      />
      <RowFlags flags={row.flags} />
    </RowCard>
  );
}

/**
 * The ranked deputies of a region, sortable by any column (by rank to begin with): a table, or on a phone
 * a card for each deputy with the sort chosen above the cards.
 */
export function RatingsTable({ rows, asOf, caption }: { rows: readonly DeputyRating[]; asOf: string; caption: string }) {
  const { t } = useTranslation();
  const format = useAnalystFormat();
  const cards = useCardLayout();
  const [sort, setSort] = useState<SortState<SortKey>>({ key: 'rank', direction: 'asc' });
  const sorted = sortRows(rows, COLUMNS[sort.key].value, sort.direction, format.locale);
  const label = (key: SortKey) => t(`ratings.columns.${key}`);
  if (cards) {
    return (
      <Stack gap="xs">
        <SortSelect
          options={Object.values(COLUMNS).map((column) => ({ key: column.key, label: label(column.key), natural: column.natural }))}
          sort={sort}
          onChange={setSort}
        />
        <CardList label={caption} testId="ratings-cards">
          {sorted.map((row) => (
            <RatingCard key={row.deputyId} row={row} asOf={asOf} format={format} />
          ))}
        </CardList>
        <Text size="sm" c="dimmed">
          {t('ratings.cardsCaption')}
        </Text>
      </Stack>
    );
  }
  const header = (key: SortKey, align: 'left' | 'right' = 'right') => (
    <SortableHeader
      label={label(key)}
      align={align}
      active={sort.key === key ? sort.direction : null}
      onSort={() => setSort((current) => nextSort(current, key, COLUMNS[key].natural))}
    />
  );
  return (
    <Stack gap={6}>
      <ScrollRegion label={caption} testId="ratings-table">
        <Table verticalSpacing="xs" horizontalSpacing="sm" highlightOnHover miw={820}>
          <Table.Thead>
            <Table.Tr>
              {header('rank')}
              <SortableHeader
                className="analyst-sticky"
                label={label('name')}
                active={sort.key === 'name' ? sort.direction : null}
                onSort={() => setSort((current) => nextSort(current, 'name', 'asc'))}
              />
              {header('score')}
              {header('answeredShare')}
              {header('deadlineCompliance')}
              {header('resolutionRate')}
              {header('satisfaction')}
              <Table.Th style={{ verticalAlign: 'bottom' }}>{t('ratings.columns.flags')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((row) => (
              <Table.Tr key={row.deputyId} data-testid="rating-row">
                <Table.Td className="analyst-num">{row.rank}</Table.Td>
                <Table.Td className="analyst-sticky" miw={170}>
                  <DeputyName row={row} asOf={asOf} format={format} />
                </Table.Td>
                <Table.Td>
                  <ScoreCell score={row.score} format={format} />
                </Table.Td>
                <Table.Td>
                  <RateCell rate={row.answeredShare} format={format} />
                </Table.Td>
                <Table.Td>
                  <RateCell rate={row.deadlineCompliance} format={format} />
                </Table.Td>
                <Table.Td>
                  <RateCell rate={row.resolutionRate} format={format} />
                </Table.Td>
                <Table.Td>
                  <SatisfactionCell row={row} format={format} />
                </Table.Td>
                <Table.Td>
                  <RowFlags flags={row.flags} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      <Text size="sm" c="dimmed">
        {t('ratings.tableCaption')}
      </Text>
    </Stack>
  );
}
