import { Group, Stack, Text } from '@mantine/core';
import { ChartFigure, HiddenCellPattern, HiddenCellSwatch, usePatternId } from '@app/ui/charts/chart-figure';
import { CHART_COLORS, CHART_INK } from '@app/ui/charts/chart-palette';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceArea,
  ResponsiveContainer,
  Text as SvgText,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { type AnalystFormat, useAnalystFormat } from '../../shared/use-analyst-format';
import {
  type AnalyticsCell,
  type ChartRow,
  type GroupBy,
  isTimeGroupBy,
  type Metric,
  summarizeRows,
  type TimeGroupBy,
  toChartRows,
} from './chart-rows';

/** Region rows of the overview are categories too. */
export type CellsGrouping = GroupBy | 'REGION';

const LABEL_WIDTH = 150;
const ROW_HEIGHT = 34;

/** A metric's value as written in charts and tables: counts whole, hours and scores with one decimal. */
export function formatMetric(metric: Metric, value: number, format: AnalystFormat): string {
  return metric === 'medianResponseHours' || metric === 'satisfaction' ? format.decimal(value) : format.count(value);
}

function ChartTooltip({
  active,
  payload,
  metric,
  hiddenText,
}: {
  active?: boolean;
  payload?: ReadonlyArray<{ payload: ChartRow }>;
  metric: Metric;
  hiddenText: string;
}) {
  const { t } = useTranslation();
  const format = useAnalystFormat();
  const row = active ? payload?.[0]?.payload : undefined;
  if (!row) return null;
  return (
    <Stack gap={2} p="xs" bg="var(--mantine-color-body)" style={{ border: `1px solid ${CHART_INK.grid}`, borderRadius: 6, maxWidth: 260 }}>
      <Text size="sm" fw={600}>
        {row.label}
      </Text>
      <Text size="sm" fs={row.suppressed ? 'italic' : undefined}>
        {row.suppressed
          ? hiddenText
          : row.value === null
            ? t('figures.noData')
            : `${t(`metrics.${metric}`)}: ${formatMetric(metric, row.value, format)}`}
      </Text>
    </Stack>
  );
}

type TickProps = { x?: number; y?: number; payload?: { value: string } };

/**
 * A category's name beside its bar, wrapped onto two lines at most; for a hidden cell, the word "hidden"
 * with the hatching where its bar would be (the legend under the chart says why).
 */
function CategoryTick({
  x = 0,
  y = 0,
  payload,
  rows,
  hiddenText,
  patternId,
}: TickProps & { rows: ReadonlyMap<string, ChartRow>; hiddenText: string; patternId: string }) {
  const row = payload ? rows.get(payload.value) : undefined;
  const style = { fontSize: 12 };
  return (
    <g>
      <SvgText
        x={x - 6}
        y={y}
        width={LABEL_WIDTH - 24}
        maxLines={2}
        textAnchor="end"
        verticalAnchor="middle"
        fill={CHART_INK.text}
        style={style}
      >
        {row?.label ?? payload?.value ?? ''}
      </SvgText>
      {row?.suppressed && (
        <>
          <rect x={x + 6} y={y - 7} width={14} height={14} fill={`url(#${patternId})`} stroke={CHART_INK.hidden} />
          <text x={x + 26} y={y} dominantBaseline="central" fill={CHART_INK.text} style={{ ...style, fontStyle: 'italic' }}>
            {hiddenText}
          </text>
        </>
      )}
    </g>
  );
}

/**
 * Cells of regional analytics as bars: categories (and regions) as horizontal bars, largest first; periods
 * as columns in time order. A suppressed cell gets no bar, a hatched band and the word "hidden": never a
 * zero. The figure's text alternative names the largest and smallest and counts the hidden ones.
 */
export function CellsChart({
  cells,
  groupBy,
  metric,
  k,
  title,
}: {
  cells: readonly AnalyticsCell[];
  groupBy: CellsGrouping;
  metric: Metric;
  k: number;
  title: string;
}) {
  const { t } = useTranslation();
  const format = useAnalystFormat();
  const patternId = usePatternId();
  const timeGroupBy: TimeGroupBy | null = groupBy !== 'REGION' && isTimeGroupBy(groupBy) ? groupBy : null;
  const label = (cell: AnalyticsCell) => (timeGroupBy ? format.period(cell.key, timeGroupBy, true) : format.cellName(cell));
  const rows = toChartRows(cells, metric, label, timeGroupBy ? 'time' : 'largestFirst');
  const summary = summarizeRows(rows);
  const hiddenText = t('suppression.mark', { k });
  const hiddenShort = t('charts.hiddenShort');
  const metricName = t(`metrics.${metric}`);
  const value = (row: ChartRow | null) => (row?.value === null || !row ? '' : formatMetric(metric, row.value, format));
  const text = [
    t('charts.summaryRows', { metric: metricName, count: rows.length }),
    summary.shown > 0 && summary.highest && summary.lowest
      ? t('charts.summaryRange', {
          highest: summary.highest.label,
          highestValue: value(summary.highest),
          lowest: summary.lowest.label,
          lowestValue: value(summary.lowest),
        })
      : t('charts.summaryNothing'),
    summary.suppressed > 0 ? t('charts.summaryHidden', { count: summary.suppressed, k }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const axisTick = { fill: CHART_INK.text, fontSize: 12 };
  const valueTick = (tick: number) => formatMetric(metric, tick, format);
  const hidden = rows.filter((row) => row.suppressed);
  const legend = hidden.length > 0 && (
    <Group gap={6} wrap="nowrap">
      <HiddenCellSwatch />
      <Text size="xs" c="dimmed">
        {t('charts.hiddenLegend', { k })}
      </Text>
    </Group>
  );

  if (timeGroupBy) {
    const tickLabel = (key: string) => format.period(key, timeGroupBy === 'WEEK' ? 'DAY' : timeGroupBy);
    return (
      <ChartFigure title={title} summary={text} height={300} footer={legend} data-testid="analytics-chart">
        <ResponsiveContainer width="100%" height="100%" minWidth={0}>
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 4, left: 0 }} accessibilityLayer={false} barCategoryGap="15%">
            <HiddenCellPattern id={patternId} />
            <CartesianGrid stroke={CHART_INK.grid} vertical={false} />
            <XAxis
              dataKey="key"
              tickFormatter={tickLabel}
              tick={axisTick}
              stroke={CHART_INK.grid}
              interval="preserveStartEnd"
              minTickGap={16}
            />
            <YAxis
              tick={axisTick}
              stroke={CHART_INK.grid}
              width={44}
              tickFormatter={valueTick}
              allowDecimals={metric === 'satisfaction' || metric === 'medianResponseHours'}
            />
            {hidden.map((row) => (
              <ReferenceArea
                key={row.key}
                x1={row.key}
                x2={row.key}
                fill={`url(#${patternId})`}
                fillOpacity={0.45}
                stroke="none"
                ifOverflow="visible"
              />
            ))}
            <Tooltip content={<ChartTooltip metric={metric} hiddenText={hiddenText} />} cursor={{ fill: 'rgba(25, 113, 194, 0.08)' }} />
            <Bar dataKey="value" fill={CHART_COLORS.blue} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>
    );
  }

  const byKey = new Map(rows.map((row) => [row.key, row]));
  return (
    <ChartFigure
      title={title}
      summary={text}
      height={Math.max(120, rows.length * ROW_HEIGHT + 36)}
      footer={legend}
      data-testid="analytics-chart"
    >
      <ResponsiveContainer width="100%" height="100%" minWidth={0}>
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 48, bottom: 4, left: 0 }}
          accessibilityLayer={false}
          barCategoryGap="20%"
        >
          <HiddenCellPattern id={patternId} />
          <CartesianGrid stroke={CHART_INK.grid} horizontal={false} />
          <XAxis
            type="number"
            tick={axisTick}
            stroke={CHART_INK.grid}
            tickFormatter={valueTick}
            allowDecimals={metric === 'satisfaction' || metric === 'medianResponseHours'}
          />
          <YAxis
            type="category"
            dataKey="key"
            width={LABEL_WIDTH}
            tick={<CategoryTick rows={byKey} hiddenText={hiddenShort} patternId={patternId} />}
            interval={0}
            stroke={CHART_INK.grid}
          />
          <Tooltip content={<ChartTooltip metric={metric} hiddenText={hiddenText} />} cursor={{ fill: 'rgba(25, 113, 194, 0.08)' }} />
          <Bar dataKey="value" fill={CHART_COLORS.blue} isAnimationActive={false}>
            <LabelList
              dataKey="value"
              position="right"
              fill={CHART_INK.text}
              fontSize={12}
              formatter={(label: unknown) => (typeof label === 'number' ? valueTick(label) : '')}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
