import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isMetric, type Metric, METRICS } from './chart-rows';

/** Which figure the chart draws; the table always shows them all. */
export function MetricSelect({ value, onChange }: { value: Metric; onChange: (metric: Metric) => void }) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('analytics.metric')}
      data={METRICS.map((metric) => ({ value: metric, label: t(`metrics.${metric}`) }))}
      value={value}
      onChange={(next) => isMetric(next) && onChange(next)}
      allowDeselect={false}
      w={{ base: '100%', xs: 280 }}
      data-testid="metric-select"
    />
  );
}
