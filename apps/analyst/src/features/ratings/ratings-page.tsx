import { useQuery } from '@apollo/client/react';
import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { EmptyState, ErrorState, LoadingState, Page } from '@app/ui';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { RatingFlag } from '../../gql/graphql';
import { DEPUTY_RATINGS_QUERY } from '../../graphql/ratings';
import { asOfProblem, isIsoDate, localToday } from '../../shared/dates';
import { DateField } from '../../shared/date-field';
import { ExportButton } from '../../shared/export-button';
import { FilterForm } from '../../shared/filter-form';
import { RatingFlagsLegend } from '../../shared/rating-flags';
import { RegionSelect } from '../../shared/region-select';
import { useAnalystFormat } from '../../shared/use-analyst-format';
import { useQueryFieldErrors } from '../../shared/use-query-field-errors';
import { useRegionParam } from '../../shared/use-region-param';
import { useScopeRegions } from '../../shared/use-scope-regions';
import { BelowMinimumTable } from './below-minimum-table';
import { MethodExplainer } from './method-explainer';
import { RatingsTable } from './ratings-table';

type Values = { regionCode: string; asOf: string };

/** Deputies of a region ranked as of a date, those below the minimum sample apart, and how the score is made. */
export function RatingsPage() {
  const { t } = useTranslation();
  const format = useAnalystFormat();
  const scope = useScopeRegions();
  const [params, setParams] = useSearchParams();
  const today = useMemo(() => localToday(), []);
  const { regionCode, refused } = useRegionParam(scope);
  const asOfParam = isIsoDate(params.get('asOf')) ? params.get('asOf') : null;

  const form = useForm<Values>({
    initialValues: { regionCode: regionCode ?? '', asOf: asOfParam ?? today },
    validate: {
      regionCode: (value) => (value ? null : t('filters.errors.region')),
      asOf: (value) => {
        const problem = asOfProblem(value, today);
        return problem ? t(`filters.errors.asOf.${problem}`) : null;
      },
    },
  });
  // The address is the truth (back and forward, shared links): the form follows it.
  useEffect(() => {
    form.setValues({ regionCode: regionCode ?? '', asOf: asOfParam ?? today });
    form.clearErrors();
  }, [regionCode, asOfParam, today]);

  const query = useQuery(DEPUTY_RATINGS_QUERY, { variables: { regionCode: regionCode ?? '', asOf: asOfParam }, skip: !regionCode });
  const { pageError, fieldError } = useQueryFieldErrors(query.error, form, {
    asOf: { path: 'asOf', message: t('filters.errors.asOfServer') },
    regionCode: { path: 'regionCode', message: t('filters.errors.regionServer') },
  });
  const ratings = query.data?.deputyRatings;
  useEffect(() => {
    if (ratings) scope.remember(ratings.regionCode);
  }, [ratings]);

  const onSubmit = form.onSubmit((values) => {
    const next = new URLSearchParams({ region: values.regionCode });
    // Today is left out: the server then uses "now" in the region's own time zone.
    if (values.asOf !== today) next.set('asOf', values.asOf);
    setParams(next);
  });

  const region = scope.regions.find((candidate) => candidate.code === regionCode);
  const regionName = region ? format.name(region) : (regionCode ?? '');
  const flagsInUse = [...new Set((ratings?.ranked ?? []).flatMap((row) => row.flags))].filter(
    (flag): flag is RatingFlag => flag !== 'BELOW_MINIMUM_SAMPLE',
  );

  return (
    <Page title={t('ratings.title')}>
      <FilterForm onSubmit={onSubmit} label={t('filters.formLabel')}>
        <RegionSelect
          scope={scope}
          value={form.values.regionCode}
          onChange={(code) => form.setFieldValue('regionCode', code)}
          error={form.errors.regionCode}
        />
        <DateField
          label={t('filters.asOf')}
          max={today}
          value={form.values.asOf}
          error={form.errors.asOf}
          onChange={(value) => form.setFieldValue('asOf', value)}
          testId="as-of"
        />
      </FilterForm>
      {refused && (
        <Alert color="yellow" variant="light">
          {t('filters.outOfScope', { code: refused })}
        </Alert>
      )}

      {pageError ? (
        <ErrorState error={pageError} onRetry={() => void query.refetch()} />
      ) : fieldError ? (
        <Text c="dimmed">{t('filters.fixAbove')}</Text>
      ) : !regionCode && !scope.loading ? (
        <EmptyState title={t('filters.noRegions')} />
      ) : !ratings ? (
        <LoadingState label={t('ratings.loading')} />
      ) : (
        <Stack gap="xl">
          <Stack gap="sm" component="section" aria-labelledby="ranked-title">
            <Group justify="space-between" align="flex-end" gap="sm">
              <Stack gap={2}>
                <Title order={2} size="h3" id="ranked-title">
                  {t('ratings.rankedTitle', { region: regionName, date: format.date(ratings.asOf) })}
                </Title>
                <Text size="sm" c="dimmed" aria-live="polite">
                  {t('ratings.counts', { ranked: ratings.ranked.length, below: ratings.belowMinimumSample.length })}
                </Text>
              </Stack>
              <ExportButton
                path="/export/deputy-ratings.csv"
                params={{ regionCode: ratings.regionCode, asOf: ratings.asOf }}
                fallbackName={`deputy-ratings-${ratings.regionCode}-${ratings.asOf}.csv`}
              />
            </Group>
            {ratings.ranked.length === 0 ? (
              <EmptyState
                title={ratings.belowMinimumSample.length === 0 ? t('ratings.emptyTitle') : t('ratings.noneRankedTitle')}
                description={
                  ratings.belowMinimumSample.length === 0
                    ? t('ratings.emptyText')
                    : t('ratings.noneRankedText', { minimum: ratings.method.minimumAnswered })
                }
              />
            ) : (
              <>
                <RatingsTable
                  rows={ratings.ranked}
                  asOf={ratings.asOf}
                  caption={t('ratings.rankedTitle', { region: regionName, date: format.date(ratings.asOf) })}
                />
                <RatingFlagsLegend flags={flagsInUse} />
              </>
            )}
          </Stack>

          {ratings.belowMinimumSample.length > 0 && (
            <Stack gap="sm" component="section" aria-labelledby="below-title" data-testid="below-minimum">
              <Title order={2} size="h3" id="below-title">
                {t('ratings.belowTitle')}
              </Title>
              <Text size="sm">{t('ratings.belowText', { minimum: ratings.method.minimumAnswered })}</Text>
              <BelowMinimumTable
                rows={ratings.belowMinimumSample}
                asOf={ratings.asOf}
                minimumAnswered={ratings.method.minimumAnswered}
                caption={t('ratings.belowTitle')}
              />
            </Stack>
          )}

          <MethodExplainer method={ratings.method} />
        </Stack>
      )}
    </Page>
  );
}
