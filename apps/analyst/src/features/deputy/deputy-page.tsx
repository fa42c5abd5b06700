import { useQuery } from '@apollo/client/react';
import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorState, LoadingState, Page } from '@app/ui';
import { ScoreTrendChart } from '@app/ui/charts/score-trend-chart';
import { type ReactNode, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { DEPUTY_RATING_QUERY } from '../../graphql/ratings';
import { asOfProblem, isIsoDate, localToday } from '../../shared/dates';
import { DateField } from '../../shared/date-field';
import { FilterForm } from '../../shared/filter-form';
import { RatingFlags, RatingFlagsLegend } from '../../shared/rating-flags';
import { useAnalystFormat } from '../../shared/use-analyst-format';
import { useQueryFieldErrors } from '../../shared/use-query-field-errors';
import { useScopeRegions } from '../../shared/use-scope-regions';
import { RatingFigures } from './rating-figures';
import { BreakdownTable, ScoreBreakdown } from './score-breakdown';

function Stat({ label, value, note, testId }: { label: string; value: ReactNode; note?: ReactNode; testId?: string }) {
  return (
    <Card withBorder padding="sm" data-testid={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2}>
        {value}
      </Text>
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Card>
  );
}

/** One deputy's rating as of a date: the score and rank, what makes it up, every figure with its interval, and a year of trend. */
export function DeputyPage() {
  const { t } = useTranslation();
  const format = useAnalystFormat();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const today = useMemo(() => localToday(), []);
  const asOfParam = isIsoDate(params.get('asOf')) ? params.get('asOf') : null;
  const scope = useScopeRegions();

  const form = useForm<{ asOf: string }>({
    initialValues: { asOf: asOfParam ?? today },
    validate: {
      asOf: (value) => {
        const problem = asOfProblem(value, today);
        return problem ? t(`filters.errors.asOf.${problem}`) : null;
      },
    },
  });
  useEffect(() => {
    form.setValues({ asOf: asOfParam ?? today });
    form.clearErrors();
  }, [asOfParam, today]);

  const query = useQuery(DEPUTY_RATING_QUERY, { variables: { deputyId: id, asOf: asOfParam } });
  const { pageError, fieldError } = useQueryFieldErrors(query.error, form, {
    asOf: { path: 'asOf', message: t('filters.errors.asOfServer') },
  });
  const detail = query.data?.deputyRating;
  const rating = detail?.rating;
  const region = scope.regions.find((candidate) => candidate.code === rating?.regionCode);

  const onSubmit = form.onSubmit((values) => setParams(values.asOf === today ? {} : { asOf: values.asOf }));
  const backTo = rating ? `/ratings?region=${rating.regionCode}${asOfParam ? `&asOf=${asOfParam}` : ''}` : '/ratings';

  return (
    <Page title={rating?.fullName ?? t('deputy.title')}>
      <Group justify="space-between" gap="sm" mt={-8}>
        <Anchor component={Link} to={backTo} size="sm">
          ← {t('deputy.back')}
        </Anchor>
        {rating && (
          <Text size="sm" c="dimmed">
            {region ? `${format.name(region)} (${rating.regionCode})` : rating.regionCode}
          </Text>
        )}
      </Group>
      <FilterForm onSubmit={onSubmit} label={t('filters.formLabel')}>
        <DateField
          label={t('filters.asOf')}
          max={today}
          value={form.values.asOf}
          error={form.errors.asOf}
          onChange={(value) => form.setFieldValue('asOf', value)}
          testId="as-of"
        />
      </FilterForm>

      {pageError ? (
        <ErrorState error={pageError} onRetry={() => void query.refetch()} />
      ) : fieldError ? (
        <Text c="dimmed">{t('filters.fixAbove')}</Text>
      ) : !detail || !rating ? (
        <LoadingState label={t('deputy.loading')} />
      ) : (
        <Stack gap="xl">
          <Stack gap="sm" component="section" aria-labelledby="summary-title">
            <Title order={2} size="h3" id="summary-title">
              {t('deputy.summaryTitle', { date: format.date(detail.asOf) })}
            </Title>
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
              <Stat
                label={rating.ranked ? t('deputy.score') : t('deputy.provisionalScore')}
                value={format.decimal(rating.score)}
                note={t('deputy.outOf100')}
                testId="deputy-score"
              />
              <Stat
                label={t('deputy.rank')}
                value={rating.ranked ? rating.rank : '—'}
                note={rating.ranked ? t('deputy.rankInRegion') : t('deputy.unrankedNote', { minimum: detail.method.minimumAnswered })}
                testId="deputy-rank"
              />
              <Stat
                label={t('deputy.answered')}
                value={format.count(rating.answered)}
                note={t('deputy.received', { count: rating.received, formatted: format.count(rating.received) })}
              />
              <Stat
                label={t('deputy.feedback')}
                value={format.count(rating.feedback)}
                note={t('deputy.voters', { count: rating.distinctVoters, formatted: format.count(rating.distinctVoters) })}
              />
            </SimpleGrid>
            <Text size="sm" c="dimmed">
              {rating.medianFirstResponseHours === null
                ? t('deputy.medianNone')
                : t('deputy.median', { hours: format.decimal(rating.medianFirstResponseHours) })}
            </Text>
            {rating.flags.length > 0 && (
              <Stack gap={4}>
                <RatingFlags flags={rating.flags} />
                <RatingFlagsLegend flags={rating.flags} />
              </Stack>
            )}
          </Stack>

          <Stack gap="sm" component="section" aria-labelledby="breakdown-title">
            <Title order={2} size="h3" id="breakdown-title">
              {t('deputy.howTitle')}
            </Title>
            <ScoreBreakdown breakdown={rating.breakdown} score={rating.score} />
            <BreakdownTable breakdown={rating.breakdown} />
            <Anchor component={Link} to="/method" size="sm">
              {t('method.more')}
            </Anchor>
          </Stack>

          <Stack gap="sm" component="section" aria-labelledby="figures-title">
            <Title order={2} size="h3" id="figures-title">
              {t('deputy.figuresTitle')}
            </Title>
            <RatingFigures rating={rating} />
          </Stack>

          <Stack gap="sm" component="section" aria-labelledby="trend-title">
            <Title order={2} size="h3" id="trend-title">
              {t('deputy.trendSectionTitle')}
            </Title>
            <ScoreTrendChart trend={detail.trend} minimumAnswered={detail.method.minimumAnswered} />
          </Stack>
        </Stack>
      )}
    </Page>
  );
}
