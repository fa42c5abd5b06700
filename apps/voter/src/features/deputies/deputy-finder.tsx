import { useQuery } from '@apollo/client/react';
import { SimpleGrid, Stack, Title } from '@mantine/core';
import { EmptyState, ErrorState, LoadingState } from '@app/ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DEPUTIES_QUERY } from '../../graphql/registry';
import { DeputyCard } from './deputy-card';
import { PlaceFields } from './region-territory-select';

/** "Who are my deputies?": region and territory (kept in the address, so the result can be shared). */
export function DeputyFinder() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const regionCode = params.get('region') ?? '';
  const territoryId = params.get('territory') ?? '';
  const choose = (place: { regionCode: string; territoryId: string }) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of [
          ['region', place.regionCode],
          ['territory', place.territoryId],
        ] as const) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );

  return (
    <Stack gap="md" component="section" aria-labelledby="deputy-finder-title">
      <Title order={2} size="h3" id="deputy-finder-title">
        {t('deputies.title')}
      </Title>
      <PlaceFields regionCode={regionCode} territoryId={territoryId} onChange={choose} />
      {regionCode && territoryId ? <DeputyList regionCode={regionCode} territoryId={territoryId} /> : null}
    </Stack>
  );
}

function DeputyList({ regionCode, territoryId }: { regionCode: string; territoryId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(DEPUTIES_QUERY, { variables: { regionCode, territoryId } });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <LoadingState label={t('deputies.loading')} />;
  const deputies = data?.deputies ?? [];
  if (deputies.length === 0) return <EmptyState title={t('deputies.emptyTitle')} description={t('deputies.emptyText')} />;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} data-testid="deputy-list">
      {deputies.map((deputy) => (
        <DeputyCard
          key={deputy.id}
          deputy={deputy}
          writeTo={`/appeals/new?${new URLSearchParams({ region: regionCode, territory: territoryId, deputy: deputy.id })}`}
        />
      ))}
    </SimpleGrid>
  );
}
