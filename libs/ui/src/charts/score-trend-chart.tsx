import { Box, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from '../format/use-format';
import { ChartFigure } from './chart-figure';
import { CHART_COLORS, CHART_INK } from './chart-palette';
import { describeTrend, type TrendRow, trendDomain } from './score-trend';

type DotProps = { cx?: number; cy?: number; payload?: TrendRow; index?: number };

/** A month where the deputy was ranked is a filled dot; one below the minimum sample, a hollow one. */
function TrendDot({ cx, cy, payload, index }: DotProps) {
  if (cx === undefined || cy === undefined || !payload) return null;
  return (
    <circle
      key={index}
      cx={cx}
      cy={cy}
      r={5}
      stroke={CHART_COLORS.blue}
      strokeWidth={2}
      fill={payload.ranked ? CHART_COLORS.blue : '#fff'}
      data-ranked={payload.ranked}
    />
  );
}

function TrendTooltip({ active, payload }: { active?: boolean; payload?: ReadonlyArray<{ payload: TrendRow }> }) {
  const { t } = useTranslation('ui');
  const format = useFormat();
  const point = active ? payload?.[0]?.payload : undefined;
  if (!point) return null;
  return (
    <Stack gap={2} p="xs" bg="var(--mantine-color-body)" style={{ border: `1px solid ${CHART_INK.grid}`, borderRadius: 6 }}>
      <Text size="sm" fw={600}>
        {format.month(point.month)}
      </Text>
      <Text size="sm">{t('scoreTrend.score', { score: format.decimal(point.score) })}</Text>
      <Text size="xs" c="dimmed">
        {point.ranked ? t('scoreTrend.rank', { rank: point.rank }) : t('scoreTrend.unranked')}
      </Text>
    </Stack>
  );
}

function LegendDot({ filled }: { filled: boolean }) {
  return (
    <svg width="12" height="12" aria-hidden="true">
      <circle cx="6" cy="6" r="4.5" fill={filled ? CHART_COLORS.blue : '#fff'} stroke={CHART_COLORS.blue} strokeWidth="1.5" />
    </svg>
  );
}

// Figures line up on the right; "not ranked" may wrap, so that the table fits a phone's width.
const NUM = { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } as const;

export type ScoreTrendChartProps = Readonly<{
  /** The score at the end of each month, oldest first (`deputyRating.trend`). */
  trend: readonly TrendRow[];
  /** Answered appeals a rank needs (`method.minimumAnswered`): the legend of the hollow dots says it. */
  minimumAnswered: number;
  'data-testid'?: string;
}>;

/**
 * A deputy's score at the end of each of the last twelve months as a line, ranked months as filled dots;
 * summarised in words for screen readers, and the same figures as a table on request.
 */
export function ScoreTrendChart({ trend, minimumAnswered, 'data-testid': testId = 'trend-chart' }: ScoreTrendChartProps) {
  const { t } = useTranslation('ui');
  const format = useFormat();
  const described = describeTrend(trend);
  const [low, high] = trendDomain(trend.map((point) => point.score));
  const ticks = Array.from({ length: (high - low) / 10 + 1 }, (_, index) => low + index * 10);
  const summary = described
    ? t('scoreTrend.summary', {
        from: format.month(described.first.month),
        to: format.month(described.last.month),
        first: format.decimal(described.first.score),
        last: format.decimal(described.last.score),
        best: format.month(described.best.month),
        bestScore: format.decimal(described.best.score),
        worst: format.month(described.worst.month),
        worstScore: format.decimal(described.worst.score),
      })
    : t('scoreTrend.empty');
  const title = t('scoreTrend.title');
  const table = (
    // Focusable and named: a keyboard user can scroll it sideways should it not fit (WCAG 2.1.1).
    <Box role="region" aria-label={title} tabIndex={0} style={{ overflowX: 'auto', maxWidth: '100%' }}>
      <Table verticalSpacing={4} horizontalSpacing={6} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('scoreTrend.columns.month')}</Table.Th>
            <Table.Th style={NUM}>{t('scoreTrend.columns.score')}</Table.Th>
            <Table.Th style={NUM}>{t('scoreTrend.columns.rank')}</Table.Th>
            <Table.Th style={NUM}>{t('scoreTrend.columns.answered')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {trend.map((point) => (
            <Table.Tr key={point.month}>
              <Table.Th scope="row" fw={400}>
                {format.month(point.month)}
              </Table.Th>
              <Table.Td style={NUM}>{format.decimal(point.score)}</Table.Td>
              <Table.Td style={NUM}>{point.ranked ? point.rank : t('scoreTrend.noRank')}</Table.Td>
              <Table.Td style={NUM}>{format.count(point.answered)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
  return (
    <ChartFigure
      title={title}
      summary={summary}
      height={260}
      table={table}
      data-testid={testId}
      footer={
        <Group gap="md">
          <Group gap={6} wrap="nowrap">
            <LegendDot filled />
            <Text size="xs">{t('scoreTrend.legendRanked')}</Text>
          </Group>
          <Group gap={6} wrap="nowrap">
            <LegendDot filled={false} />
            <Text size="xs">{t('scoreTrend.legendUnranked', { count: minimumAnswered })}</Text>
          </Group>
        </Group>
      }
    >
      <ResponsiveContainer width="100%" height="100%" minWidth={0}>
        <LineChart data={[...trend]} margin={{ top: 12, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke={CHART_INK.grid} vertical={false} />
          <XAxis
            dataKey="month"
            tickFormatter={format.monthShort}
            tick={{ fill: CHART_INK.text, fontSize: 12 }}
            stroke={CHART_INK.grid}
            interval="preserveStartEnd"
            minTickGap={12}
          />
          <YAxis
            domain={[low, high]}
            ticks={ticks}
            tick={{ fill: CHART_INK.text, fontSize: 12 }}
            stroke={CHART_INK.grid}
            width={36}
            allowDecimals={false}
          />
          <Tooltip content={<TrendTooltip />} />
          <Line
            type="monotone"
            dataKey="score"
            stroke={CHART_COLORS.blue}
            strokeWidth={2}
            dot={<TrendDot />}
            activeDot={{ r: 6 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
