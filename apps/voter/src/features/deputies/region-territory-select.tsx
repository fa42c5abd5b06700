import { useQuery } from '@apollo/client/react';
import { Select, SimpleGrid } from '@mantine/core';
import { TERRITORIES_QUERY, useLocalizedName } from '@app/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { REGIONS_QUERY } from '../../graphql/registry';

type SelectProps = Readonly<{ value: string; onChange: (value: string) => void; error?: string | null; required?: boolean }>;

/** A region of Russia, searchable by name or code. */
export function RegionSelect({ value, onChange, error, required }: SelectProps) {
  const { t } = useTranslation();
  const name = useLocalizedName();
  const { data, loading, error: loadError } = useQuery(REGIONS_QUERY, { fetchPolicy: 'cache-first' });
  const options = useMemo(
    () =>
      (data?.regions ?? [])
        .map((region) => ({ value: region.code, label: `${name(region)} (${region.code})` }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [data, name],
  );
  return (
    <Select
      label={t('places.region')}
      placeholder={loading ? t('ui:states.loading') : t('places.regionPlaceholder')}
      data={options}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      searchable
      nothingFoundMessage={t('places.nothingFound')}
      disabled={loading && !data}
      error={error ?? (loadError ? t('places.loadFailed') : undefined)}
      required={required}
      data-testid="region-select"
    />
  );
}

/** A municipality of the chosen region. */
export function TerritorySelect({ regionCode, value, onChange, error, required }: SelectProps & { regionCode: string }) {
  const { t } = useTranslation();
  const name = useLocalizedName();
  const {
    data,
    loading,
    error: loadError,
  } = useQuery(TERRITORIES_QUERY, { variables: { regionCode }, skip: !regionCode, fetchPolicy: 'cache-first' });
  const options = useMemo(
    () => (data?.territories ?? []).map((territory) => ({ value: territory.id, label: name(territory) })),
    [data, name],
  );
  return (
    <Select
      label={t('places.territory')}
      placeholder={!regionCode ? t('places.territoryFirst') : loading ? t('ui:states.loading') : t('places.territoryPlaceholder')}
      data={options}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      searchable
      nothingFoundMessage={t('places.nothingFound')}
      disabled={!regionCode || (loading && !data)}
      error={error ?? (loadError ? t('places.loadFailed') : undefined)}
      required={required}
      data-testid="territory-select"
    />
  );
}

/** Region, then territory; choosing another region clears the territory. */
export function PlaceFields({
  regionCode,
  territoryId,
  onChange,
  errors = {},
  required,
}: {
  regionCode: string;
  territoryId: string;
  onChange: (place: { regionCode: string; territoryId: string }) => void;
  errors?: { regionCode?: string | null; territoryId?: string | null };
  required?: boolean;
}) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <RegionSelect
        value={regionCode}
        onChange={(code) => onChange({ regionCode: code, territoryId: '' })}
        error={errors.regionCode}
        required={required}
      />
      <TerritorySelect
        regionCode={regionCode}
        value={territoryId}
        onChange={(id) => onChange({ regionCode, territoryId: id })}
        error={errors.territoryId}
        required={required}
      />
    </SimpleGrid>
  );
}
