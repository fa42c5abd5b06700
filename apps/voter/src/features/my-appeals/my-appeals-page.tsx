import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, Select, Stack, Text } from '@mantine/core';
import { APPEAL_STATUSES, AppealStatusBadge, EmptyState, ErrorState, LoadingState, Page, useFormat } from '@app/ui';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AppealStatus, VoterAppealSummaryFragment as AppealSummary } from '../../gql/graphql';
import { MY_APPEALS_QUERY } from '../../graphql/appeals';
import { useCategoryOptions } from '../new-appeal/use-category-options';

const PAGE_SIZE = 20;
const isStatus = (value: string | null): value is AppealStatus => (APPEAL_STATUSES as readonly (string | null)[]).includes(value);

/** The voter's appeals, soonest answer due first, with their status and due date. */
export function MyAppealsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('status');
  const status = isStatus(requested) ? requested : null;
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(MY_APPEALS_QUERY, {
    variables: { status, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const list = data?.myAppeals;
  const { fullName: categoryName } = useCategoryOptions();

  return (
    <Page
      title={t('myAppeals.title')}
      actions={
        <Group>
          <Button component={Link} to="/appeals/new">
            {t('nav.newAppeal')}
          </Button>
        </Group>
      }
    >
      <Select
        label={t('myAppeals.statusFilter')}
        data={[
          { value: 'ALL', label: t('myAppeals.allStatuses') },
          ...APPEAL_STATUSES.map((value) => ({ value, label: t(`ui:appealStatus.${value}`) })),
        ]}
        value={status ?? 'ALL'}
        onChange={(value) => setParams(value && value !== 'ALL' ? { status: value } : {}, { replace: true })}
        allowDeselect={false}
        maw={320}
      />
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !list ? (
        <LoadingState label={t('myAppeals.loading')} />
      ) : list.items.length === 0 ? (
        <EmptyState
          title={status ? t('myAppeals.emptyFiltered') : t('myAppeals.emptyTitle')}
          description={status ? undefined : t('myAppeals.emptyText')}
          action={
            !status && (
              <Button component={Link} to="/appeals/new">
                {t('nav.newAppeal')}
              </Button>
            )
          }
        />
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('myAppeals.count', { count: list.totalCount })}
          </Text>
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="my-appeals">
            {list.items.map((appeal) => (
              <li key={appeal.id}>
                <AppealCard appeal={appeal} categoryName={categoryName(appeal.categoryId)} />
              </li>
            ))}
          </Stack>
          {list.hasNextPage && (
            <Group justify="center">
              <Button
                variant="default"
                loading={networkStatus === NetworkStatus.fetchMore}
                onClick={() => void fetchMore({ variables: { after: list.endCursor } })}
              >
                {t('myAppeals.more')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Page>
  );
}

function AppealCard({ appeal, categoryName }: { appeal: AppealSummary; categoryName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`appeal-${appeal.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Anchor component={Link} to={`/appeals/${appeal.id}`} fw={600} id={`appeal-${appeal.id}`}>
            {appeal.subject}
          </Anchor>
          <AppealStatusBadge status={appeal.status} overdue={appeal.overdue} />
        </Group>
        <Text size="sm" c="dimmed">
          {categoryName}
        </Text>
        <Group gap="lg">
          <Text size="sm">{t('appeal.submittedOn', { date: format.date(appeal.submittedAt) })}</Text>
          <Text size="sm" data-testid="appeal-due">
            {t('appeal.dueOn', { date: format.date(appeal.answerDueAt) })}
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}
