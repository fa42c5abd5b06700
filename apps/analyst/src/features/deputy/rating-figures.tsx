import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeputyRating, MeanFigure, RateFigure } from '../../graphql/ratings';
import { formatPercentRange } from '../../shared/figures';
import { ScrollRegion } from '../../shared/scroll-region';
import { useAnalystFormat } from '../../shared/use-analyst-format';

type RateKey = 'answeredShare' | 'deadlineCompliance' | 'firstResponseOnTarget' | 'resolutionRate' | 'reopenRate';
type MeanKey = 'promptness' | 'quality' | 'attentiveness';
const RATES: readonly RateKey[] = ['answeredShare', 'deadlineCompliance', 'firstResponseOnTarget', 'resolutionRate', 'reopenRate'];
const MEANS: readonly MeanKey[] = ['promptness', 'quality', 'attentiveness'];

/**
 * Every figure of a deputy's rating: the record itself, its 95% interval, what it rests on, and the value
 * pulled towards the region's that enters the score.
 */
export function RatingFigures({ rating }: { rating: DeputyRating }) {
  const { t } = useTranslation();
  const format = useAnalystFormat();
  const dash = (
    <Text span size="sm" c="dimmed">
      —<span className="analyst-visually-hidden">{t('figures.noData')}</span>
    </Text>
  );
  const rateRow = (key: RateKey, figure: RateFigure) => (
    <Table.Tr key={key} data-figure={key}>
      <Table.Th scope="row" className="analyst-sticky" fw={400}>
        {t(`figures.${key}`)}
      </Table.Th>
      <Table.Td className="analyst-num">{figure.rate === null ? dash : format.percent(figure.rate)}</Table.Td>
      <Table.Td className="analyst-num">{figure.interval ? formatPercentRange(figure.interval, format.locale) : dash}</Table.Td>
      <Table.Td className="analyst-num">{t('figures.ofTotal', { successes: format.count(figure.successes), total: format.count(figure.total) })}</Table.Td>
      <Table.Td className="analyst-num">{format.percent(figure.shrunk)}</Table.Td>
    </Table.Tr>
  );
  const meanRow = (key: MeanKey, figure: MeanFigure) => (
    <Table.Tr key={key} data-figure={key}>
      <Table.Th scope="row" className="analyst-sticky" fw={400}>
        {t(`figures.${key}`)}
      </Table.Th>
      <Table.Td className="analyst-num">{figure.mean === null ? dash : format.decimal(figure.mean)}</Table.Td>
      <Table.Td className="analyst-num">{`${format.decimal(figure.interval.low)}–${format.decimal(figure.interval.high)}`}</Table.Td>
      <Table.Td className="analyst-num">{t('figures.ratings', { count: figure.count, formatted: format.count(figure.count) })}</Table.Td>
      <Table.Td className="analyst-num">{format.decimal(figure.shrunk)}</Table.Td>
    </Table.Tr>
  );
  return (
    <Stack gap={6}>
      <ScrollRegion label={t('deputy.figuresTitle')} testId="rating-figures">
        <Table verticalSpacing={6} horizontalSpacing="sm" miw={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th className="analyst-sticky">{t('deputy.columns.figure')}</Table.Th>
              <Table.Th className="analyst-num">{t('deputy.columns.own')}</Table.Th>
              <Table.Th className="analyst-num">{t('deputy.columns.interval')}</Table.Th>
              <Table.Th className="analyst-num">{t('deputy.columns.basis')}</Table.Th>
              <Table.Th className="analyst-num">{t('deputy.columns.shrunk')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {RATES.map((key) => rateRow(key, rating[key]))}
            {MEANS.map((key) => meanRow(key, rating[key]))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      <Text size="sm" c="dimmed">
        {t('deputy.figuresCaption')}
      </Text>
    </Stack>
  );
}
