import { Group, Stack, Table, Text } from '@mantine/core';
import { ChartFigure } from '@app/ui/charts/chart-figure';
import { CHART_COLORS, CHART_INK } from '@app/ui/charts/chart-palette';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendPoint } from '../../graphql/ratings';
import { ScrollRegion } from '../../shared/scroll-region';
import { useAnalystFormat } from '../../shared/use-analyst-format';
import { describeTrend, trendDomain } from './trend-data';

type DotProps = { cx?: number; cy?: number; payload?: TrendPoint; index?: number };

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

function TrendTooltip({ active, payload }: { active?: boolean; payload?: ReadonlyArray<{ payload: TrendPoint }> }) {
  const { t } = useTranslation();
  const format = useAnalystFormat();
  const point = active ? payload?.[0]?.payload : undefined;
  if (!point) return null;
  return (
    <Stack gap={2} p="xs" bg="var(--mantine-color-body)" style={{ border: `1px solid ${CHART_INK.grid}`, borderRadius: 6 }}>
      <Text size="sm" fw={600}>
        {format.month(point.month)}
      </Text>
      <Text size="sm">{t('deputy.trendScore', { score: format.decimal(point.score) })}</Text>
      <Text size="xs" c="dimmed">
        {point.ranked ? t('deputy.trendRank', { rank: point.rank }) : t('deputy.trendUnranked')}
      </Text>
    </Stack>
  );
}

/** The score at the end of each of the last twelve months, with the same figures as a table on request. */
export function TrendChart({ trend }: { trend: readonly TrendPoint[] }) {
  const { t } = useTranslation();
  const format = useAnalystFormat();
  const described = describeTrend(trend);
  const monthShort = (month: string) => format.period(`${month}-01`, 'MONTH');
  const [low, high] = trendDomain(trend.map((point) => point.score));
  const ticks = Array.from({ length: (high - low) / 10 + 1 }, (_, index) => low + index * 10);
  const summary = described
    ? t('deputy.trendSummary', {
        from: format.month(described.first.month),
        to: format.month(described.last.month),
        first: format.decimal(described.first.score),
        last: format.decimal(described.last.score),
        best: format.month(described.best.month),
        bestScore: format.decimal(described.best.score),
        worst: format.month(described.worst.month),
        worstScore: format.decimal(described.worst.score),
      })
    : t('deputy.trendEmpty');
  const table = (
    <ScrollRegion label={t('deputy.trendTitle')}>
      <Table verticalSpacing={4} horizontalSpacing="sm" miw={420}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th className="analyst-sticky">{t('deputy.columns.month')}</Table.Th>
            <Table.Th className="analyst-num">{t('deputy.columns.score')}</Table.Th>
            <Table.Th className="analyst-num">{t('deputy.columns.rank')}</Table.Th>
            <Table.Th className="analyst-num">{t('deputy.columns.answered')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {trend.map((point) => (
            <Table.Tr key={point.month}>
              <Table.Td className="analyst-sticky">{format.month(point.month)}</Table.Td>
              <Table.Td className="analyst-num">{format.decimal(point.score)}</Table.Td>
              <Table.Td className="analyst-num">{point.ranked ? point.rank : t('deputy.noRank')}</Table.Td>
              <Table.Td className="analyst-num">{format.count(point.answered)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
  return (
    <ChartFigure
      title={t('deputy.trendTitle')}
      summary={summary}
      height={260}
      table={table}
      tableToggle={{ show: t('charts.showTable'), hide: t('charts.hideTable') }}
      data-testid="trend-chart"
      footer={
        <Group gap="md">
          <Group gap={6} wrap="nowrap">
            <svg width="12" height="12" aria-hidden="true">
              <circle cx="6" cy="6" r="4.5" fill={CHART_COLORS.blue} stroke={CHART_COLORS.blue} strokeWidth="1.5" />
            </svg>
            <Text size="xs">{t('deputy.legendRanked')}</Text>
          </Group>
          <Group gap={6} wrap="nowrap">
            <svg width="12" height="12" aria-hidden="true">
              <circle cx="6" cy="6" r="4.5" fill="#fff" stroke={CHART_COLORS.blue} strokeWidth="1.5" />
            </svg>
            <Text size="xs">{t('deputy.legendUnranked')}</Text>
          </Group>
        </Group>
      }
    >
      <ResponsiveContainer width="100%" height="100%" minWidth={0}>
        <LineChart data={[...trend]} margin={{ top: 12, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke={CHART_INK.grid} vertical={false} />
          <XAxis
            dataKey="month"
            tickFormatter={monthShort}
            tick={{ fill: CHART_INK.text, fontSize: 12 }}
            stroke={CHART_INK.grid}
            interval="preserveStartEnd"
            minTickGap={12}
          />
          <YAxis domain={[low, high]} ticks={ticks} tick={{ fill: CHART_INK.text, fontSize: 12 }} stroke={CHART_INK.grid} width={36} allowDecimals={false} />
          <Tooltip content={<TrendTooltip />} />
          <Line type="monotone" dataKey="score" stroke={CHART_COLORS.blue} strokeWidth={2} dot={<TrendDot />} activeDot={{ r: 6 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
