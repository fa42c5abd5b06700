import { useQuery } from '@apollo/client/react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { EmptyState, ErrorState, LoadingState, Page } from '@app/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { REGIONS_OVERVIEW_QUERY } from '../../graphql/analytics';
import { defaultRange, isIsoDate, localToday } from '../../shared/dates';
import { DateField } from '../../shared/date-field';
import { ExportButton } from '../../shared/export-button';
import { FilterForm } from '../../shared/filter-form';
import { SuppressionNote } from '../../shared/suppressed';
import { useAnalystFormat } from '../../shared/use-analyst-format';
import { useQueryFieldErrors } from '../../shared/use-query-field-errors';
import { CellsChart } from '../analytics/cells-chart';
import { CellsTable } from '../analytics/cells-table';
import { isMetric, type Metric } from '../analytics/chart-rows';
import { MetricSelect } from '../analytics/metric-select';
import { useRangeForm } from '../analytics/use-range-form';

/** The regions of the viewer's scope side by side over a period (those with appeals in it). */
export function RegionsPage() {
  const { t } = useTranslation();
  const format = useAnalystFormat();
  const [params, setParams] = useSearchParams();
  const today = useMemo(() => localToday(), []);
  const fallback = useMemo(() => defaultRange(today), [today]);
  const from = isIsoDate(params.get('from')) ? params.get('from')! : fallback.from;
  const to = isIsoDate(params.get('to')) ? params.get('to')! : fallback.to;
  const requestedMetric = params.get('metric');
  const metric: Metric = isMetric(requestedMetric) ? requestedMetric : 'submitted';

  const current = useMemo(() => ({ regionCode: '', from, to }), [from, to]);
  const form = useRangeForm(current, false);
  const query = useQuery(REGIONS_OVERVIEW_QUERY, { variables: { from, to } });
  const { pageError, fieldError } = useQueryFieldErrors(query.error, form, {
    from: { path: 'from', message: t('filters.errors.fromServer') },
    to: { path: 'to', message: t('filters.errors.toServer') },
  });
  const overview = query.data?.regionsOverview;
  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) next.set(name, value);
    setParams(next);
  };
  const onSubmit = form.onSubmit((values) => update({ from: values.from, to: values.to }));
  const suppressedCount = overview ? overview.regions.filter((cell) => cell.suppressed).length + (overview.total.suppressed ? 1 : 0) : 0;

  return (
    <Page title={t('regions.title')}>
      <FilterForm onSubmit={onSubmit} label={t('filters.formLabel')}>
        <DateField
          label={t('filters.from')}
          value={form.values.from}
          error={form.errors.from}
          onChange={(value) => form.setFieldValue('from', value)}
          testId="from"
        />
        <DateField
          label={t('filters.to')}
          value={form.values.to}
          error={form.errors.to}
          onChange={(value) => form.setFieldValue('to', value)}
          testId="to"
        />
      </FilterForm>
      {pageError ? (
        <ErrorState error={pageError} onRetry={() => void query.refetch()} />
      ) : fieldError ? (
        <Text c="dimmed">{t('filters.fixAbove')}</Text>
      ) : !overview ? (
        <LoadingState label={t('regions.loading')} />
      ) : overview.regions.length === 0 ? (
        <EmptyState title={t('regions.emptyTitle')} description={t('regions.emptyText')} />
      ) : (
        <Stack gap="md">
          <Title order={2} size="h3">
            {t('regions.heading', { from: format.date(overview.from), to: format.date(overview.to), count: overview.regions.length })}
          </Title>
          <Group justify="space-between" align="flex-end" gap="sm">
            <MetricSelect value={metric} onChange={(next) => update({ metric: next })} />
            <ExportButton
              path="/export/regions-overview.csv"
              params={{ from: overview.from, to: overview.to }}
              fallbackName={`regions-overview-${overview.from}-${overview.to}.csv`}
            />
          </Group>
          <CellsChart
            cells={overview.regions}
            groupBy="REGION"
            metric={metric}
            k={overview.k}
            title={t('regions.chartTitle', { metric: t(`metrics.${metric}`) })}
          />
          <SuppressionNote k={overview.k} count={suppressedCount} />
          <CellsTable
            cells={overview.regions}
            total={overview.total}
            groupBy="REGION"
            k={overview.k}
            firstColumn={t('regions.region')}
            caption={t('regions.tableCaption', { from: format.date(overview.from), to: format.date(overview.to) })}
          />
        </Stack>
      )}
    </Page>
  );
}
