import { useQuery } from '@apollo/client/react';
import { List, Stack, Table, Text, Title } from '@mantine/core';
import { ErrorState, LoadingState, Page } from '@app/ui';
import { useTranslation } from 'react-i18next';
import type { AnalystRatingMethodFragment as RatingMethod, RatingComponent } from '../../gql/graphql';
import { RATING_METHOD_QUERY } from '../../graphql/ratings';
import { CardList, FigureList, RowCard } from '../../shared/row-cards';
import { ScrollRegion } from '../../shared/scroll-region';
import { useAnalystFormat } from '../../shared/use-analyst-format';
import { useCardLayout } from '../../shared/use-card-layout';
import { useScopeRegions } from '../../shared/use-scope-regions';
import { WeightsBar } from '../ratings/method-explainer';

/** The rating method in plain words (docs/ratings.md is the full text), with the numbers the API uses. */
export function MethodPage() {
  const { t } = useTranslation();
  const scope = useScopeRegions();
  const regionCode = scope.defaultRegion;
  // The method is the same for every region; asking with first: 0 fetches no deputy's figures.
  const query = useQuery(RATING_METHOD_QUERY, { variables: { regionCode: regionCode ?? '' }, skip: !regionCode });
  const method = query.data?.deputyRatings.method;

  return (
    <Page title={t('method.title')}>
      {query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : !method ? (
        <LoadingState />
      ) : (
        <Stack gap="lg">
          <Text>{t('method.intro')}</Text>
          <Stack gap="sm" component="section" aria-labelledby="method-score">
            <Title order={2} size="h3" id="method-score">
              {t('method.scoreTitle')}
            </Title>
            <Text>{t('method.score')}</Text>
            <WeightsBar method={method} />
            <WeightsTable weights={method.weights} />
          </Stack>
          <Stack gap="sm" component="section" aria-labelledby="method-counts">
            <Title order={2} size="h3" id="method-counts">
              {t('method.countsTitle')}
            </Title>
            <List spacing={6}>
              <List.Item>{t('method.window')}</List.Item>
              <List.Item>{t('method.answerable')}</List.Item>
              <List.Item>{t('method.deadline')}</List.Item>
              <List.Item>{t('method.feedback')}</List.Item>
              <List.Item>{t('method.ignoring')}</List.Item>
            </List>
          </Stack>
          <Stack gap="sm" component="section" aria-labelledby="method-shrink">
            <Title order={2} size="h3" id="method-shrink">
              {t('method.shrinkTitle')}
            </Title>
            <Text>{t('method.shrink', { m: method.ratePriorWeight, s: method.scorePriorWeight })}</Text>
            <Text>{t('method.intervals')}</Text>
          </Stack>
          <Stack gap="sm" component="section" aria-labelledby="method-rank">
            <Title order={2} size="h3" id="method-rank">
              {t('method.rankTitle')}
            </Title>
            <Text>{t('method.rank', { minimum: method.minimumAnswered })}</Text>
            <List spacing={6}>
              <List.Item>{t('flags.BELOW_MINIMUM_SAMPLE.explain')}</List.Item>
              <List.Item>{t('flags.FEW_DISTINCT_VOTERS.explain')}</List.Item>
              <List.Item>{t('flags.NO_FEEDBACK.explain')}</List.Item>
            </List>
          </Stack>
          <Stack gap="sm" component="section" aria-labelledby="method-privacy">
            <Title order={2} size="h3" id="method-privacy">
              {t('method.privacyTitle')}
            </Title>
            <Text>{t('method.privacy')}</Text>
          </Stack>
        </Stack>
      )}
    </Page>
  );
}

/** The six weights, each with why it weighs what it does: a table, or on a phone a card for each component. */
function WeightsTable({ weights }: { weights: RatingMethod['weights'] }) {
  const { t } = useTranslation();
  const format = useAnalystFormat();
  const cards = useCardLayout();
  const name = (key: RatingComponent) => (
    <>
      <Text size="sm">{t(`components.${key}.name`)}</Text>
      <Text size="xs" c="dimmed">
        {t(`components.${key}.value`)}
      </Text>
    </>
  );
  if (cards) {
    return (
      <CardList label={t('method.scoreTitle')} testId="weights-cards">
        {weights.map((weight) => (
          <RowCard key={weight.key} title={name(weight.key)} data-component={weight.key}>
            <FigureList
              figures={[
                {
                  key: 'weight',
                  label: t('deputy.columns.weight'),
                  value: <span className="analyst-num">{format.percent(weight.weight)}</span>,
                },
              ]}
            />
            <div>
              <Text size="sm" c="dimmed">
                {t('method.why')}
              </Text>
              <Text size="sm">{t(`components.${weight.key}.why`)}</Text>
            </div>
          </RowCard>
        ))}
      </CardList>
    );
  }
  return (
    <ScrollRegion label={t('method.scoreTitle')} testId="weights-table">
      <Table verticalSpacing={6} horizontalSpacing="sm" miw={560}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th className="analyst-sticky">{t('deputy.columns.component')}</Table.Th>
            <Table.Th className="analyst-num">{t('deputy.columns.weight')}</Table.Th>
            <Table.Th>{t('method.why')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {weights.map((weight) => (
            <Table.Tr key={weight.key} data-component={weight.key}>
              <Table.Td className="analyst-sticky">{name(weight.key)}</Table.Td>
              <Table.Td className="analyst-num">{format.percent(weight.weight)}</Table.Td>
              <Table.Td>
                <Text size="sm">{t(`components.${weight.key}.why`)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
