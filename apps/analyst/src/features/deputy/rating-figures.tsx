import { Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalystRatingFieldsFragment as DeputyRating } from '../../gql/graphql';
import { formatPercentRange } from '../../shared/figures';
import { CardList, FigureList, RowCard } from '../../shared/row-cards';
import { ScrollRegion } from '../../shared/scroll-region';
import { useAnalystFormat } from '../../shared/use-analyst-format';
import { useCardLayout } from '../../shared/use-card-layout';

type RateKey = 'answeredShare' | 'deadlineCompliance' | 'firstResponseOnTarget' | 'resolutionRate' | 'reopenRate';
type MeanKey = 'promptness' | 'quality' | 'attentiveness';
const RATES: readonly RateKey[] = ['answeredShare', 'deadlineCompliance', 'firstResponseOnTarget', 'resolutionRate', 'reopenRate'];
const MEANS: readonly MeanKey[] = ['promptness', 'quality', 'attentiveness'];
/** The columns after the figure's name, in table order. */
const COLUMNS = ['own', 'interval', 'basis', 'shrunk'] as const;

type FigureRow = Readonly<{ key: RateKey | MeanKey } & Record<(typeof COLUMNS)[number], ReactNode>>;

/**
 * Every figure of a deputy's rating: the record itself, its 95% interval, what it rests on, and the value
 * pulled towards the region's that enters the score. On a phone, a card for each figure.
 */
export function RatingFigures({ rating }: { rating: DeputyRating }) {
  const { t } = useTranslation();
  const format = useAnalystFormat();
  const cards = useCardLayout();
  const dash = (
    <Text span size="sm" c="dimmed">
      —<span className="analyst-visually-hidden">{t('figures.noData')}</span>
    </Text>
  );
  const rows: readonly FigureRow[] = [
    ...RATES.map((key) => {
      const figure = rating[key];
      return {
        key,
        own: figure.rate === null ? dash : format.percent(figure.rate),
        interval: figure.interval ? formatPercentRange(figure.interval, format.locale) : dash,
        basis: t('figures.ofTotal', { successes: format.count(figure.successes), total: format.count(figure.total) }),
        shrunk: format.percent(figure.shrunk),
      };
    }),
    ...MEANS.map((key) => {
      const figure = rating[key];
      return {
        key,
        own: figure.mean === null ? dash : format.decimal(figure.mean),
        interval: `${format.decimal(figure.interval.low)}–${format.decimal(figure.interval.high)}`,
        basis: t('figures.ratings', { count: figure.count, formatted: format.count(figure.count) }),
        shrunk: format.decimal(figure.shrunk),
      };
    }),
  ];
  const caption = (
    <Text size="sm" c="dimmed">
      {t('deputy.figuresCaption')}
    </Text>
  );
  if (cards) {
    return (
      <Stack gap="xs">
        <CardList label={t('deputy.figuresTitle')} testId="rating-figures-cards">
          {rows.map((row) => (
            <RowCard
              key={row.key}
              title={
                <Text fw={600} size="sm">
                  {t(`figures.${row.key}`)}
                </Text>
              }
              data-figure={row.key}
            >
              <FigureList
                figures={COLUMNS.map((column) => ({
                  key: column,
                  label: t(`deputy.columns.${column}`),
                  value: <span className="analyst-num">{row[column]}</span>,
                }))}
              />
            </RowCard>
          ))}
        </CardList>
        {caption}
      </Stack>
    );
  }
  return (
    <Stack gap={6}>
      <ScrollRegion label={t('deputy.figuresTitle')} testId="rating-figures">
        <Table verticalSpacing={6} horizontalSpacing="sm" miw={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th className="analyst-sticky">{t('deputy.columns.figure')}</Table.Th>
              {COLUMNS.map((column) => (
                <Table.Th key={column} className="analyst-num">
                  {t(`deputy.columns.${column}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key} data-figure={row.key}>
                <Table.Th scope="row" className="analyst-sticky" fw={400}>
                  {t(`figures.${row.key}`)}
                </Table.Th>
                {COLUMNS.map((column) => (
                  <Table.Td key={column} className="analyst-num">
                    {row[column]}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {caption}
    </Stack>
  );
}
