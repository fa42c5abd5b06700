import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { AppealStatusBadge, useFormat } from '@app/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ResponderAppealSummaryFragment as AppealSummary } from '../gql/graphql';
import { useRegistry } from './use-registry';

/** Appeals as cards (readable on a phone), overdue ones marked in red; the order is the server's (by due date). */
export function AppealList({
  items,
  hasNextPage,
  loadingMore,
  onMore,
  showDeputy,
}: {
  items: readonly AppealSummary[];
  hasNextPage: boolean;
  loadingMore: boolean;
  onMore: () => void;
  showDeputy?: (id: string | null) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { categoryName } = useRegistry(null);
  return (
    <Stack gap="sm">
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="appeal-list">
        {items.map((appeal) => (
          <Card
            key={appeal.id}
            component="li"
            withBorder
            padding="sm"
            data-testid="appeal-row"
            data-overdue={appeal.overdue ? 'true' : 'false'}
            style={
              appeal.overdue ? { borderLeft: '4px solid var(--mantine-color-red-7)', background: 'var(--mantine-color-red-0)' } : undefined
            }
          >
            <Stack gap={6}>
              <Anchor component={Link} to={`/appeals/${appeal.id}`} fw={600}>
                {appeal.subject}
              </Anchor>
              <AppealStatusBadge status={appeal.status} overdue={appeal.overdue} />
              <Group gap="md" wrap="wrap">
                <Text size="sm">
                  {t('list.due')}{' '}
                  <Text span fw={600} c={appeal.overdue ? 'red.9' : undefined}>
                    {format.date(appeal.answerDueAt)}
                  </Text>
                </Text>
                <Text size="sm" c="dimmed">
                  {categoryName(appeal.categoryId)}
                </Text>
                {showDeputy && (
                  <Text size="sm" c="dimmed">
                    {showDeputy(appeal.deputyId)}
                  </Text>
                )}
              </Group>
            </Stack>
          </Card>
        ))}
      </Stack>
      {hasNextPage && (
        <Button variant="default" onClick={onMore} loading={loadingMore} style={{ alignSelf: 'center' }}>
          {t('list.more')}
        </Button>
      )}
    </Stack>
  );
}
