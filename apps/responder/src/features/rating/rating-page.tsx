import { useQuery } from '@apollo/client/react';
import { Alert, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { EmptyState, ErrorState, LoadingState, Page, useFormat, useViewer } from '@app/ui';
import { ScoreTrendChart } from '@app/ui/charts/score-trend-chart';
import { useTranslation } from 'react-i18next';
import type { OwnRatingQuery } from '../../gql/graphql';
import { OWN_RATING_QUERY } from '../../graphql/rating';
import { ReceivedFeedback } from './received-feedback';

/** The deputy's own rating: score and rank, why (the breakdown), the last year, and the feedback received. */
export function RatingPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const deputyId = viewer.data?.me.deputyId ?? null;
  const { data, error, refetch } = useQuery(OWN_RATING_QUERY, {
    variables: { deputyId: deputyId ?? '' },
    skip: !deputyId,
    fetchPolicy: 'cache-and-network',
  });
  if (viewer.data && !deputyId) {
    return (
      <Page title={t('rating.title')}>
        <EmptyState title={t('rating.noDeputy')} />
      </Page>
    );
  }
  if (error && !data) {
    return (
      <Page title={t('rating.title')}>
        <ErrorState error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  if (!data) return <LoadingState label={t('rating.loading')} />;
  return <RatingView detail={data.deputyRating} />;
}

function RatingView({ detail }: { detail: OwnRatingQuery['deputyRating'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { rating } = detail;
  const percent = (rate: number | null) => (rate === null ? '—' : `${format.number(rate * 100)} %`);
  const mean = (value: number | null) => (value === null ? '—' : format.number(value));
  const figures = [
    { key: 'received', label: t('rating.received'), value: String(rating.received) },
    { key: 'answered', label: t('rating.answered'), value: String(rating.answered) },
    { key: 'onTime', label: t('rating.onTime'), value: percent(rating.deadlineCompliance.rate) },
    { key: 'feedback', label: t('rating.feedback'), value: String(rating.feedback) },
    { key: 'solved', label: t('rating.solved'), value: percent(rating.resolutionRate.rate) },
    { key: 'quality', label: t('rating.quality'), value: mean(rating.quality.mean) },
  ];
  return (
    <Page title={t('rating.title')}>
      <Card withBorder padding="md">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {t('rating.asOf', { date: format.date(detail.asOf) })}
            </Text>
            <Text fw={700} fz={40} lh={1} data-testid="rating-score">
              {format.number(rating.score)}
            </Text>
            <Text size="sm">{t('rating.outOf')}</Text>
          </Stack>
          <Text fw={600} data-testid="rating-rank">
            {rating.ranked && rating.rank !== null
              ? t('rating.rank', { rank: rating.rank })
              : t('rating.provisional', { min: detail.method.minimumAnswered })}
          </Text>
        </Group>
      </Card>

      {rating.flags.length > 0 && (
        <Stack gap="xs">
          {rating.flags.map((flag) => (
            <Alert key={flag} color="yellow" variant="light" title={t(`rating.flags.${flag}.short`)}>
              {t(`rating.flags.${flag}.explain`)}
            </Alert>
          ))}
        </Stack>
      )}

      <SimpleGrid cols={{ base: 2, sm: 3 }} component="dl" m={0} data-testid="rating-figures">
        {figures.map((figure) => (
          <Card key={figure.key} withBorder padding="sm" data-testid={`rating-${figure.key}`}>
            <Text component="dt" size="sm" c="dimmed">
              {figure.label}
            </Text>
            <Text component="dd" m={0} fw={700} size="xl">
              {figure.value}
            </Text>
          </Card>
        ))}
      </SimpleGrid>

      <Card withBorder padding="md" component="section" aria-labelledby="breakdown-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="breakdown-title">
            {t('rating.breakdownTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('rating.breakdownHint')}
          </Text>
          <Stack gap="sm" data-testid="rating-breakdown">
            {rating.breakdown.map((component) => (
              <Stack key={component.key} gap={4}>
                <Group justify="space-between" wrap="nowrap">
                  <Text size="sm" fw={600}>
                    {t(`rating.components.${component.key}.name`)}
                  </Text>
                  <Text size="sm">
                    {t('rating.points', { points: format.number(component.points), max: format.number(component.weight * 100) })}
                  </Text>
                </Group>
                <Progress value={component.value * 100} aria-label={t(`rating.components.${component.key}.name`)} />
                <Text size="xs" c="dimmed">
                  {t(`rating.components.${component.key}.value`)}: {percent(component.value)}
                </Text>
              </Stack>
            ))}
          </Stack>
        </Stack>
      </Card>

      <Card withBorder padding="md" component="section" aria-labelledby="trend-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="trend-title">
            {t('rating.trendTitle')}
          </Title>
          <ScoreTrendChart trend={detail.trend} minimumAnswered={detail.method.minimumAnswered} data-testid="rating-trend" />
        </Stack>
      </Card>

      <Card withBorder padding="md" component="section" aria-labelledby="voices-title">
        <Stack gap="xs">
          <Title order={2} size="h4" id="voices-title">
            {t('rating.voicesTitle')}
          </Title>
          <Text size="sm">
            {t('rating.voicesScores', {
              promptness: mean(rating.promptness.mean),
              quality: mean(rating.quality.mean),
              attentiveness: mean(rating.attentiveness.mean),
              count: rating.feedback,
            })}
          </Text>
        </Stack>
      </Card>

      <ReceivedFeedback />
    </Page>
  );
}
