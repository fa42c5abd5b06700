import { useQuery } from '@apollo/client/react';
import { Card, SegmentedControl, Select, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { APPEAL_STATUSES, EmptyState, ErrorState, LoadingState, Page, useViewer } from '@app/ui';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppealStatus } from '../../gql/graphql';
import { MODERATION_QUEUE_QUERY } from '../../graphql/appeals';
import { DEPUTIES_QUERY } from '../../graphql/registry';
import { AppealList } from '../../shared/appeal-list';

const PAGE = 20;
type View = 'unassigned' | 'open';

/** The ЦУР queue: appeals no rule routed first, then every open appeal of the moderator's regions. */
export function ModerationPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const regions = (viewer.data?.me.regions ?? []).filter((code) => code !== '*');
  const [regionCode, setRegionCode] = useState<string | null>(null);
  const region = regionCode ?? regions[0] ?? null;
  const [view, setView] = useState<View>('unassigned');
  const [status, setStatus] = useState<AppealStatus | null>(null);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const deputies = useQuery(DEPUTIES_QUERY, { variables: { regionCode: region ?? '' }, skip: !region, fetchPolicy: 'cache-first' });
  const deputyName = useCallback(
    (id: string | null) => (id ? (deputies.data?.deputies.find((deputy) => deputy.id === id)?.fullName ?? '…') : t('moderation.noDeputy')),
    [deputies.data, t],
  );
  const queue = useQuery(MODERATION_QUEUE_QUERY, {
    variables: { regionCode: region, status, unassignedOnly: view === 'unassigned' || null, overdueOnly: overdueOnly || null, first: PAGE },
    fetchPolicy: 'cache-and-network',
    skip: !viewer.data,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const more = async () => {
    setLoadingMore(true);
    try {
      await queue.fetchMore({
        variables: { after: queue.data?.moderationQueue.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          moderationQueue: {
            ...fetchMoreResult.moderationQueue,
            items: [...previous.moderationQueue.items, ...fetchMoreResult.moderationQueue.items],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Page title={t('moderation.title')}>
      <Card withBorder padding="sm" component="section" aria-label={t('moderation.filters')}>
        <Stack gap="sm">
          <SegmentedControl
            fullWidth
            aria-label={t('moderation.view')}
            value={view}
            onChange={(value) => setView(value)}
            data={[
              { value: 'unassigned', label: t('moderation.unassigned') },
              { value: 'open', label: t('moderation.all') },
            ]}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {regions.length > 1 && (
              <Select label={t('moderation.region')} data={regions} value={region} onChange={setRegionCode} allowDeselect={false} />
            )}
            <Select
              label={t('moderation.status')}
              placeholder={t('moderation.openStatuses')}
              data={APPEAL_STATUSES.map((value) => ({ value, label: t(`ui:appealStatus.${value}`) }))}
              value={status}
              onChange={(value) => setStatus(value)}
              clearable
            />
          </SimpleGrid>
          <Switch
            label={t('moderation.overdueOnly')}
            checked={overdueOnly}
            onChange={(event) => setOverdueOnly(event.currentTarget.checked)}
          />
        </Stack>
      </Card>
      <section aria-label={t('moderation.listLabel')}>
        {queue.error && !queue.data ? (
          <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
        ) : !queue.data ? (
          <LoadingState label={t('moderation.loading')} />
        ) : queue.data.moderationQueue.items.length === 0 ? (
          <EmptyState
            title={view === 'unassigned' ? t('moderation.emptyUnassigned') : t('moderation.empty')}
            description={t('moderation.emptyHint')}
          />
        ) : (
          <Stack gap="xs">
            <Text size="sm" c="dimmed" data-testid="queue-total">
              {t('moderation.total', { count: queue.data.moderationQueue.totalCount })}
            </Text>
            <AppealList
              items={queue.data.moderationQueue.items}
              hasNextPage={queue.data.moderationQueue.hasNextPage}
              loadingMore={loadingMore}
              onMore={() => void more()}
              showDeputy={deputyName}
            />
          </Stack>
        )}
      </section>
    </Page>
  );
}
