import { Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CardList, FigureList, RowCard } from '../../shared/row-cards';
import { ScrollRegion } from '../../shared/scroll-region';
import { SortableHeader } from '../../shared/sortable-header';
import { nextSort, type SortDirection, sortRows } from '../../shared/sort-rows';
import { SortSelect, type SortState } from '../../shared/sort-select';
import { SuppressedMark } from '../../shared/suppressed';
import { useAnalystFormat } from '../../shared/use-analyst-format';
import { useCardLayout } from '../../shared/use-card-layout';
import { type CellsGrouping, formatMetric } from './cells-chart';
import { type AnalyticsCell, isTimeGroupBy, type Metric, METRICS } from './chart-rows';

type SortKey = 'name' | Metric;

/**
 * The cells and their total, every figure, sortable by any column (periods in time order and categories
 * largest first to begin with, as in the chart). A suppressed cell says so across its figures instead of
 * showing numbers, and sorts last. On a phone, a card for each cell and one for the total.
 */
export function CellsTable({
  cells,
  total,
  groupBy,
  k,
  caption,
  firstColumn,
}: {
  cells: readonly AnalyticsCell[];
  total: AnalyticsCell;
  groupBy: CellsGrouping;
  k: number;
  caption: string;
  firstColumn: string;
}) {
  const { t } = useTranslation();
  const format = useAnalystFormat();
  const cards = useCardLayout();
  const time = groupBy !== 'REGION' && isTimeGroupBy(groupBy) ? groupBy : null;
  const [sort, setSort] = useState<SortState<SortKey>>(time ? { key: 'name', direction: 'asc' } : { key: 'submitted', direction: 'desc' });
  const name = (cell: AnalyticsCell) => (time ? format.period(cell.key, time, true) : format.cellName(cell));
  const sorted = sortRows(
    cells,
    (cell) => (sort.key === 'name' ? (time ? cell.key : name(cell)) : cell.suppressed ? null : cell[sort.key]),
    sort.direction,
    format.locale,
  );
  const figure = (value: number | null, metric: Metric) =>
    value === null ? (
      <Text span size="sm" c="dimmed">
        —<span className="analyst-visually-hidden">{t('figures.noData')}</span>
      </Text>
    ) : (
      formatMetric(metric, value, format)
    );
  if (cards) {
    const card = (cell: AnalyticsCell, title: string, isTotal = false) => (
      <RowCard
        key={cell.key}
        title={
          <Text fw={600} size="sm">
            {title}
          </Text>
        }
        bg={isTotal ? 'var(--mantine-color-gray-0)' : undefined}
        data-suppressed={cell.suppressed || undefined}
        data-key={cell.key}
        data-testid={isTotal ? 'total-row' : undefined}
      >
        {cell.suppressed ? (
          <SuppressedMark k={k} />
        ) : (
          <FigureList
            figures={METRICS.map((metric) => ({
              key: metric,
              label: t(`metrics.${metric}`),
              value: <span className="analyst-num">{figure(cell[metric], metric)}</span>,
            }))}
          />
        )}
      </RowCard>
    );
    return (
      <Stack gap="xs">
        <SortSelect
          options={[
            { key: 'name', label: firstColumn, natural: 'asc' },
            ...METRICS.map((metric) => ({ key: metric, label: t(`metrics.${metric}`), natural: 'desc' as const })),
          ]}
          sort={sort}
          onChange={setSort}
        />
        <CardList label={caption} testId="analytics-cards">
          {sorted.map((cell) => card(cell, name(cell)))}
          {card(total, t('analytics.total'), true)}
        </CardList>
        <Text size="sm" c="dimmed">
          {caption}
        </Text>
      </Stack>
    );
  }
  const figures = (cell: AnalyticsCell) =>
    cell.suppressed ? (
      <Table.Td colSpan={METRICS.length}>
        <SuppressedMark k={k} />
      </Table.Td>
    ) : (
      METRICS.map((metric) => (
        <Table.Td key={metric} className="analyst-num">
          {figure(cell[metric], metric)}
        </Table.Td>
      ))
    );
  const header = (key: SortKey, label: string, natural: SortDirection, align: 'left' | 'right') => (
    <SortableHeader
      key={key}
      label={label}
      align={align}
      width={key === 'name' ? undefined : 84}
      className={key === 'name' ? 'analyst-sticky' : undefined}
      active={sort.key === key ? sort.direction : null}
      onSort={() => setSort((current) => nextSort(current, key, natural))}
    />
  );
  return (
    <Stack gap={6}>
      <ScrollRegion label={caption} testId="analytics-table">
        <Table verticalSpacing={6} horizontalSpacing={6} highlightOnHover miw={760} fz="sm">
          <Table.Thead>
            <Table.Tr className="analyst-wrap-head">
              {header('name', firstColumn, 'asc', 'left')}
              {METRICS.map((metric) => header(metric, t(`metrics.${metric}`), 'desc', 'right'))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((cell) => (
              <Table.Tr key={cell.key} data-suppressed={cell.suppressed || undefined} data-key={cell.key}>
                <Table.Th scope="row" className="analyst-sticky" fw={400} miw={120} style={time ? { whiteSpace: 'nowrap' } : undefined}>
                  {name(cell)}
                </Table.Th>
                {figures(cell)}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr data-testid="total-row">
              <Table.Th scope="row" className="analyst-sticky">
                {t('analytics.total')}
              </Table.Th>
              {figures(total)}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </ScrollRegion>
      <Text size="sm" c="dimmed">
        {caption}
      </Text>
    </Stack>
  );
}
