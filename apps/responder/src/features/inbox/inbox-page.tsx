import { useQuery } from '@apollo/client/react';
import { Card, Group, Select, SimpleGrid, Stack, Switch, Text, UnstyledButton } from '@mantine/core';
import { APPEAL_STATUSES, EmptyState, ErrorState, LoadingState, Page, useViewer } from '@app/ui';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AppealStatus, InboxCountersQuery } from '../../gql/graphql';
import { INBOX_COUNTERS_QUERY, INBOX_QUERY } from '../../graphql/appeals';
import { DEPUTY_QUERY } from '../../graphql/registry';
import { AppealList } from '../../shared/appeal-list';
import { useRegistry } from '../../shared/use-registry';

const PAGE = 20;
/** Counters shown as filter buttons, in the order work flows. */
const COUNTED: ReadonlyArray<readonly [AppealStatus, keyof InboxCountersQuery['inboxCounters']]> = [
  ['ASSIGNED', 'assigned'],
  ['IN_PROGRESS', 'inProgress'],
  ['AWAITING_CLARIFICATION', 'awaitingClarification'],
  ['REOPENED', 'reopened'],
  ['ANSWERED', 'answered'],
  ['CLOSED', 'closed'],
  ['FORWARDED', 'forwarded'],
  ['REJECTED', 'rejected'],
  ['WITHDRAWN', 'withdrawn'],
];

/** The deputy's (or their assistant's) appeals, nearest due date first, with counters that filter. */
export function InboxPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const deputyId = viewer.data?.me.deputyId ?? null;
  const deputy = useQuery(DEPUTY_QUERY, { variables: { id: deputyId ?? '' }, skip: !deputyId, fetchPolicy: 'cache-first' });
  const regionCode = deputy.data?.deputy.regionCode ?? null;
  const { categoryOptions, territoryOptions } = useRegistry(regionCode);
  const [searchParams] = useSearchParams();
  const linked = searchParams.get('status');
  const [status, setStatus] = useState<AppealStatus | null>(
    (APPEAL_STATUSES as readonly string[]).includes(linked ?? '') ? (linked as AppealStatus) : null,
  );
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [territoryId, setTerritoryId] = useState<string | null>(null);
  const counters = useQuery(INBOX_COUNTERS_QUERY, { fetchPolicy: 'cache-and-network' });
  const inbox = useQuery(INBOX_QUERY, {
    variables: { status, overdueOnly: overdueOnly || null, categoryId, territoryId, first: PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const more = async () => {
    setLoadingMore(true);
    try {
      await inbox.fetchMore({
        variables: { after: inbox.data?.deputyInbox.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          deputyInbox: { ...fetchMoreResult.deputyInbox, items: [...previous.deputyInbox.items, ...fetchMoreResult.deputyInbox.items] },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };
  const filtered = status !== null || overdueOnly || categoryId !== null || territoryId !== null;
  const title =
    viewer.data?.me.role === 'ASSISTANT' && deputy.data ? t('inbox.titleFor', { name: deputy.data.deputy.fullName }) : t('inbox.title');
  const c = counters.data?.inboxCounters;

  return (
    <Page title={title}>
      <section aria-labelledby="counters-title">
        <Text id="counters-title" size="sm" c="dimmed" mb="xs">
          {t('inbox.countersHint')}
        </Text>
        {counters.error && !c ? (
          <ErrorState error={counters.error} onRetry={() => void counters.refetch()} />
        ) : (
          <SimpleGrid cols={{ base: 2, xs: 3, sm: 5 }} spacing="xs">
            <CounterButton
              label={t('inbox.overdue')}
              value={c?.overdue}
              pressed={overdueOnly}
              danger
              testId="counter-overdue"
              onClick={() => setOverdueOnly((value) => !value)}
            />
            {COUNTED.map(([key, field]) => (
              <CounterButton
                key={key}
                label={t(`ui:appealStatus.${key}`)}
                value={c?.[field]}
                pressed={status === key}
                testId={`counter-${key}`}
                onClick={() => setStatus((current) => (current === key ? null : key))}
              />
            ))}
          </SimpleGrid>
        )}
      </section>

      <Card withBorder padding="sm" component="section" aria-label={t('inbox.filters')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select
              label={t('inbox.status')}
              placeholder={t('inbox.anyStatus')}
              data={COUNTED.map(([key]) => ({ value: key, label: t(`ui:appealStatus.${key}`) }))}
              value={status}
              onChange={(value) => setStatus(value)}
              clearable
            />
            <Select
              label={t('inbox.category')}
              placeholder={t('inbox.anyCategory')}
              data={categoryOptions}
              value={categoryId}
              onChange={setCategoryId}
              clearable
              searchable
            />
            <Select
              label={t('inbox.territory')}
              placeholder={t('inbox.anyTerritory')}
              data={territoryOptions}
              value={territoryId}
              onChange={setTerritoryId}
              clearable
              searchable
            />
          </SimpleGrid>
          <Switch label={t('inbox.overdueOnly')} checked={overdueOnly} onChange={(event) => setOverdueOnly(event.currentTarget.checked)} />
        </Stack>
      </Card>

      <section aria-label={t('inbox.listLabel')}>
        {inbox.error && !inbox.data ? (
          <ErrorState error={inbox.error} onRetry={() => void inbox.refetch()} />
        ) : !inbox.data ? (
          <LoadingState label={t('inbox.loading')} />
        ) : inbox.data.deputyInbox.items.length === 0 ? (
          <EmptyState
            title={filtered ? t('inbox.emptyFiltered') : t('inbox.empty')}
            description={filtered ? t('inbox.emptyFilteredHint') : t('inbox.emptyHint')}
          />
        ) : (
          <Stack gap="xs">
            <Text size="sm" c="dimmed" data-testid="inbox-total">
              {t('inbox.total', { count: inbox.data.deputyInbox.totalCount })}
            </Text>
            <AppealList
              items={inbox.data.deputyInbox.items}
              hasNextPage={inbox.data.deputyInbox.hasNextPage}
              loadingMore={loadingMore}
              onMore={() => void more()}
            />
          </Stack>
        )}
      </section>
    </Page>
  );
}

function CounterButton({
  label,
  value,
  pressed,
  danger = false,
  testId,
  onClick,
}: {
  label: string;
  value: number | undefined;
  pressed: boolean;
  danger?: boolean;
  testId: string;
  onClick: () => void;
}) {
  const color = danger ? 'var(--mantine-color-red-8)' : 'var(--mantine-color-blue-8)';
  return (
    <UnstyledButton
      onClick={onClick}
      aria-pressed={pressed}
      data-testid={testId}
      style={{
        border: `1px solid ${pressed ? color : 'var(--mantine-color-default-border)'}`,
        borderRadius: 'var(--mantine-radius-md)',
        padding: '8px 10px',
        background: pressed ? (danger ? 'var(--mantine-color-red-light)' : 'var(--mantine-color-blue-light)') : undefined,
      }}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" lh={1.2}>
          {label}
        </Text>
        <Text fw={700} size="lg" c={danger && (value ?? 0) > 0 ? 'red.9' : undefined} data-testid={`${testId}-value`}>
          {value ?? '…'}
        </Text>
      </Group>
    </UnstyledButton>
  );
}
