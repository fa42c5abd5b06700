import { Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScopeRegions } from './use-scope-regions';
import { useAnalystFormat } from './use-analyst-format';

type Props = Readonly<{
  scope: ScopeRegions;
  value: string;
  onChange: (code: string) => void;
  error?: ReactNode;
}>;

/** The regions of the viewer's scope, searchable; with the whole country, those with appeals come first. */
export function RegionSelect({ scope, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const format = useAnalystFormat();
  const option = (region: ScopeRegions['regions'][number]) => ({ value: region.code, label: `${format.name(region)} (${region.code})` });
  const withAppeals = scope.regions.filter((region) => scope.active.has(region.code));
  const others = scope.regions.filter((region) => !scope.active.has(region.code));
  const data =
    scope.wholeCountry && withAppeals.length > 0
      ? [
          { group: t('filters.regionsWithAppeals'), items: withAppeals.map(option) },
          { group: t('filters.otherRegions'), items: others.map(option) },
        ]
      : scope.regions.map(option);
  return (
    <Select
      label={t('filters.region')}
      placeholder={scope.loading ? t('ui:states.loading') : t('filters.regionPlaceholder')}
      data={data}
      value={value || null}
      onChange={(code) => code && onChange(code)}
      searchable
      allowDeselect={false}
      nothingFoundMessage={t('filters.nothingFound')}
      error={error ?? (scope.error ? t('filters.regionsFailed') : undefined)}
      required
      w={{ base: '100%', sm: 300 }}
      comboboxProps={{ withinPortal: true }}
      data-testid="region-select"
    />
  );
}
