import { Group, Table, Text } from '@mantine/core';
import { ChartFigure, ColorSwatch } from '@app/ui/charts/chart-figure';
import { CHART_INK } from '@app/ui/charts/chart-palette';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { AnalystRatingFieldsFragment } from '../../gql/graphql';
import { COMPONENT_COLORS } from '../../shared/component-colors';
import { CardList, FigureList, RowCard } from '../../shared/row-cards';
import { ScrollRegion } from '../../shared/scroll-region';
import { useAnalystFormat } from '../../shared/use-analyst-format';
import { useCardLayout } from '../../shared/use-card-layout';

type ScoreComponent = AnalystRatingFieldsFragment['breakdown'][number];

/**
 * Why the score is what it is: one stacked bar of the points each component earned out of 100 (the grey
 * rest is what was not earned), and the same as a table: weight, value and points of each component.
 */
export function ScoreBreakdown({ breakdown, score }: { breakdown: readonly ScoreComponent[]; score: number }) {
  const { t } = useTranslation();
  const format = useAnalystFormat();
  const row = {
    name: 'score',
    ...Object.fromEntries(breakdown.map((part) => [part.key, part.points])),
    rest: Math.max(0, 100 - breakdown.reduce((sum, part) => sum + part.points, 0)),
  };
  const summary = t('deputy.breakdownSummary', {
    score: format.decimal(score),
    parts: breakdown
      .map((part) =>
        t('deputy.breakdownPart', {
          name: t(`components.${part.key}.name`),
          points: format.decimal(part.points),
          max: format.decimal(part.weight * 100, 0),
        }),
      )
      .join('; '),
  });
  return (
    <ChartFigure title={t('deputy.breakdownTitle')} summary={summary} height={72} data-testid="score-breakdown">
      <ResponsiveContainer width="100%" height="100%" minWidth={0}>
        <BarChart
          data={[row]}
          layout="vertical"
          margin={{ top: 4, right: 12, bottom: 0, left: 12 }}
          accessibilityLayer={false}
          barCategoryGap={0}
        >
          <XAxis
            type="number"
            domain={[0, 100]}
            ticks={[0, 20, 40, 60, 80, 100]}
            tick={{ fill: CHART_INK.text, fontSize: 12 }}
            stroke={CHART_INK.grid}
          />
          <YAxis type="category" dataKey="name" hide />
          {breakdown.map((part) => (
            <Bar
              key={part.key}
              dataKey={part.key}
              stackId="score"
              fill={COMPONENT_COLORS[part.key]}
              stroke="#fff"
              strokeWidth={2}
              isAnimationActive={false}
              barSize={32}
            />
          ))}
          <Bar dataKey="rest" stackId="score" fill={CHART_INK.track} isAnimationActive={false} barSize={32} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

/** A component of the score with its colour in the bar, and what its value measures. */
function ComponentName({ part }: { part: ScoreComponent }) {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap">
      <ColorSwatch color={COMPONENT_COLORS[part.key]} />
      <div>
        <Text size="sm">{t(`components.${part.key}.name`)}</Text>
        <Text size="xs" c="dimmed">
          {t(`components.${part.key}.value`)}
        </Text>
      </div>
    </Group>
  );
}

/** The breakdown as a table: the text the bar stands for, and its legend. On a phone, a card for each component and one for the total. */
export function BreakdownTable({ breakdown }: { breakdown: readonly ScoreComponent[] }) {
  const { t } = useTranslation();
  const format = useAnalystFormat();
  const cards = useCardLayout();
  const total = breakdown.reduce((sum, part) => sum + part.points, 0);
  const points = (part: ScoreComponent) =>
    t('deputy.pointsOf', { points: format.decimal(part.points), max: format.decimal(part.weight * 100, 0) });
  const totalPoints = t('deputy.pointsOf', { points: format.decimal(total), max: '100' });
  if (cards) {
    const figure = (key: 'weight' | 'value' | 'points', value: string) => ({
      key,
      label: t(`deputy.columns.${key}`),
      value: <span className="analyst-num">{value}</span>,
    });
    return (
      <CardList label={t('deputy.breakdownTitle')} testId="breakdown-cards">
        {breakdown.map((part) => (
          <RowCard key={part.key} title={<ComponentName part={part} />} data-component={part.key}>
            <FigureList
              figures={[
                figure('weight', format.percent(part.weight)),
                figure('value', format.percent(part.value)),
                figure('points', points(part)),
              ]}
            />
          </RowCard>
        ))}
        <RowCard
          title={
            <Text fw={700} size="sm">
              {t('deputy.scoreTotal')}
            </Text>
          }
          bg="var(--mantine-color-gray-0)"
          data-testid="total-row"
        >
          <FigureList figures={[figure('weight', format.percent(1)), figure('points', totalPoints)]} />
        </RowCard>
      </CardList>
    );
  }
  return (
    <ScrollRegion label={t('deputy.breakdownTitle')} testId="breakdown-table">
      <Table verticalSpacing={6} horizontalSpacing="xs" miw={360}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th className="analyst-sticky">{t('deputy.columns.component')}</Table.Th>
            <Table.Th className="analyst-num">{t('deputy.columns.weight')}</Table.Th>
            <Table.Th className="analyst-num">{t('deputy.columns.value')}</Table.Th>
            <Table.Th className="analyst-num">{t('deputy.columns.points')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {breakdown.map((part) => (
            <Table.Tr key={part.key} data-component={part.key}>
              <Table.Td className="analyst-sticky">
                <ComponentName part={part} />
              </Table.Td>
              <Table.Td className="analyst-num">{format.percent(part.weight)}</Table.Td>
              <Table.Td className="analyst-num">{format.percent(part.value)}</Table.Td>
              <Table.Td className="analyst-num">{points(part)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th className="analyst-sticky" scope="row">
              {t('deputy.scoreTotal')}
            </Table.Th>
            <Table.Td className="analyst-num">{format.percent(1)}</Table.Td>
            <Table.Td />
            <Table.Td className="analyst-num">{totalPoints}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </ScrollRegion>
  );
}
