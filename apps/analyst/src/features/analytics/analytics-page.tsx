import { useQuery } from '@apollo/client/react';
import { Alert, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { EmptyState, ErrorState, LoadingState, Page } from '@app/ui';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { REGIONAL_ANALYTICS_QUERY } from '../../graphql/analytics';
import { defaultRange, isIsoDate, localToday } from '../../shared/dates';
import { DateField } from '../../shared/date-field';
import { ExportButton } from '../../shared/export-button';
import { FilterForm } from '../../shared/filter-form';
import { RegionSelect } from '../../shared/region-select';
import { SuppressionNote } from '../../shared/suppressed';
import { useAnalystFormat } from '../../shared/use-analyst-format';
import { useQueryFieldErrors } from '../../shared/use-query-field-errors';
import { useRegionParam } from '../../shared/use-region-param';
import { useScopeRegions } from '../../shared/use-scope-regions';
import { CellsChart } from './cells-chart';
import { CellsTable } from './cells-table';
import { GROUP_BYS, type GroupBy, isGroupBy, isMetric, type Metric } from './chart-rows';
import { MetricSelect } from './metric-select';
import { useRangeForm } from './use-range-form';

/** A region over a period, by topic, territory, national project or over time: a chart, the table and its total. */
export function AnalyticsPage() {
  const { t } = useTranslation();
  const format = useAnalystFormat();
  const scope = useScopeRegions();
  const [params, setParams] = useSearchParams();
  const today = useMemo(() => localToday(), []);
  const fallback = useMemo(() => defaultRange(today), [today]);
  const { regionCode, refused } = useRegionParam(scope);
  const from = isIsoDate(params.get('from')) ? params.get('from')! : fallback.from;
  const to = isIsoDate(params.get('to')) ? params.get('to')! : fallback.to;
  const requestedGroupBy = params.get('groupBy');
  const groupBy: GroupBy = isGroupBy(requestedGroupBy) ? requestedGroupBy : 'CATEGORY';
  const requestedMetric = params.get('metric');
  const metric: Metric = isMetric(requestedMetric) ? requestedMetric : 'submitted';

  const current = useMemo(() => ({ regionCode: regionCode ?? '', from, to }), [regionCode, from, to]);
  const form = useRangeForm(current, true);
  const query = useQuery(REGIONAL_ANALYTICS_QUERY, { variables: { regionCode: regionCode ?? '', from, to, groupBy }, skip: !regionCode });
  const { pageError, fieldError } = useQueryFieldErrors(query.error, form, {
    from: { path: 'from', message: t('filters.errors.fromServer') },
    to: { path: 'to', message: t('filters.errors.toServer') },
  });
  const analytics = query.data?.regionalAnalytics;
  useEffect(() => {
    if (analytics) scope.remember(analytics.regionCode);
  }, [analytics]);

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) next.set(name, value);
    setParams(next);
  };
  const onSubmit = form.onSubmit((values) => update({ region: values.regionCode, from: values.from, to: values.to }));

  const region = scope.regions.find((candidate) => candidate.code === regionCode);
  const regionName = region ? format.name(region) : (regionCode ?? '');
  const groupName = t(`groupBy.${groupBy}`);
  const suppressedCount = analytics ? analytics.cells.filter((cell) => cell.suppressed).length + (analytics.total.suppressed ? 1 : 0) : 0;

  const results = pageError ? (
    <ErrorState error={pageError} onRetry={() => void query.refetch()} />
  ) : fieldError ? (
    <Text c="dimmed">{t('filters.fixAbove')}</Text>
  ) : !regionCode && !scope.loading ? (
    <EmptyState title={t('filters.noRegions')} />
  ) : !analytics ? (
    <LoadingState label={t('analytics.loading')} />
  ) : analytics.cells.length === 0 || (!analytics.total.suppressed && analytics.total.submitted === 0) ? (
    <EmptyState title={t('analytics.emptyTitle')} description={t('analytics.emptyText')} />
  ) : (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <MetricSelect value={metric} onChange={(next) => update({ metric: next })} />
        <ExportButton
          path="/export/regional-analytics.csv"
          params={{ regionCode: analytics.regionCode, from: analytics.from, to: analytics.to, groupBy: analytics.groupBy }}
          fallbackName={`regional-analytics-${analytics.regionCode}-${analytics.groupBy.toLowerCase()}-${analytics.from}-${analytics.to}.csv`}
        />
      </Group>
      <CellsChart
        cells={analytics.cells}
        groupBy={groupBy}
        metric={metric}
        k={analytics.k}
        title={t('analytics.chartTitle', { metric: t(`metrics.${metric}`), group: groupName.toLocaleLowerCase(format.locale) })}
      />
      <SuppressionNote k={analytics.k} count={suppressedCount} />
      <CellsTable
        cells={analytics.cells}
        total={analytics.total}
        groupBy={groupBy}
        k={analytics.k}
        firstColumn={t(`groupColumn.${groupBy}`)}
        caption={t('analytics.tableCaption', {
          region: regionName,
          from: format.date(analytics.from),
          to: format.date(analytics.to),
          group: groupName.toLocaleLowerCase(format.locale),
        })}
      />
    </Stack>
  );

  return (
    <Page title={t('analytics.title')}>
      <FilterForm onSubmit={onSubmit} label={t('filters.formLabel')}>
        <RegionSelect
          scope={scope}
          value={form.values.regionCode}
          onChange={(code) => form.setFieldValue('regionCode', code)}
          error={form.errors.regionCode}
        />
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
      {refused && (
        <Alert color="yellow" variant="light">
          {t('filters.outOfScope', { code: refused })}
        </Alert>
      )}
      {analytics && (
        <Title order={2} size="h3">
          {t('analytics.heading', { region: regionName, from: format.date(analytics.from), to: format.date(analytics.to) })}
        </Title>
      )}
      <Tabs value={groupBy} onChange={(next) => isGroupBy(next) && update({ groupBy: next })}>
        <Tabs.List aria-label={t('analytics.groupByLabel')}>
          {GROUP_BYS.map((value) => (
            <Tabs.Tab key={value} value={value} data-testid={`group-${value}`}>
              {t(`groupBy.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {GROUP_BYS.map((value) => (
          <Tabs.Panel key={value} value={value} pt="md">
            {value === groupBy && results}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Page>
  );
}
