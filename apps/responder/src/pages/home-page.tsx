import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ErrorState, LoadingState, Page, useAuth, useViewer } from '@app/ui';
import { useTranslation } from 'react-i18next';

type DeputyRecord = Readonly<{
  id: string;
  fullName: string;
  district: string | null;
  responsiveness: Readonly<{ appealsReceived: number; open: number; overdueNow: number; answered: number }>;
}>;

const DEPUTY_QUERY: TypedDocumentNode<{ deputy: DeputyRecord }, { id: string }> = gql`
  query ResponderDeputy($id: ID!) {
    deputy(id: $id) {
      id
      fullName
      district
      responsiveness {
        appealsReceived
        open
        overdueNow
        answered
      }
    }
  }
`;

/** Who is signed in and for which deputy, with the deputy's current workload. */
export function HomePage() {
  const { t } = useTranslation();
  const { data } = useViewer();
  const auth = useAuth();
  if (!data) return <LoadingState />;
  const { me } = data;
  return (
    <Page title={t('home.title')}>
      <Card withBorder padding="md">
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('home.signedInAs')}
          </Text>
          <Text fw={600} size="lg" data-testid="signed-in-name">
            {me.name ?? t('ui:auth.someone')}
          </Text>
          <Text>{t(`ui:roles.${me.role}`)}</Text>
          {me.regions.length > 0 && <Text size="sm">{t('home.regions', { regions: me.regions.join(', ') })}</Text>}
          <Group>
            <Button variant="default" onClick={() => void auth.session.signOut()}>
              {t('ui:auth.signOut')}
            </Button>
          </Group>
        </Stack>
      </Card>
      {me.deputyId && <DeputyWorkload deputyId={me.deputyId} assistant={me.role === 'ASSISTANT'} />}
    </Page>
  );
}

function DeputyWorkload({ deputyId, assistant }: { deputyId: string; assistant: boolean }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(DEPUTY_QUERY, { variables: { id: deputyId } });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  const { deputy } = data;
  const figures = [
    { label: t('home.open'), value: deputy.responsiveness.open },
    { label: t('home.overdue'), value: deputy.responsiveness.overdueNow },
    { label: t('home.answered'), value: deputy.responsiveness.answered },
    { label: t('home.received'), value: deputy.responsiveness.appealsReceived },
  ];
  return (
    <Stack gap="sm" component="section" aria-labelledby="workload-title">
      <Title order={2} size="h4" id="workload-title">
        {assistant ? t('home.assisting', { name: deputy.fullName }) : t('home.workload')}
      </Title>
      {deputy.district && <Text c="dimmed">{deputy.district}</Text>}
      <SimpleGrid cols={{ base: 2, sm: 4 }} component="dl" m={0}>
        {figures.map((figure) => (
          <Card key={figure.label} withBorder padding="sm">
            <Text component="dt" size="sm" c="dimmed">
              {figure.label}
            </Text>
            <Text component="dd" m={0} fw={700} size="xl">
              {figure.value}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
