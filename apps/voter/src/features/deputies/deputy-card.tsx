import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useFormat } from '@app/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { VoterDeputyFragment as Deputy } from '../../gql/graphql';

/** A deputy's public record and how they answer, with a way to write to them. */
export function DeputyCard({ deputy, writeTo }: { deputy: Deputy; writeTo: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { appealsReceived, answered, answeredOnTime, medianFirstResponseHours } = deputy.responsiveness;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`deputy-${deputy.id}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={600} id={`deputy-${deputy.id}`}>
            {deputy.fullName}
          </Text>
          {deputy.verified && (
            <Badge color="teal" variant="light" title={t('deputies.verifiedHint')}>
              {t('deputies.verified')}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {[t(`deputies.level.${deputy.level}`), deputy.district].filter(Boolean).join(' · ')}
        </Text>
        <Text size="sm">
          {appealsReceived === 0
            ? t('deputies.noAppealsYet')
            : t('deputies.responsiveness', {
                count: appealsReceived,
                answered,
                onTime: answeredOnTime,
              })}
          {medianFirstResponseHours !== null && ` ${t('deputies.firstResponse', { hours: format.number(medianFirstResponseHours) })}`}
        </Text>
        <Group>
          <Button component={Link} to={writeTo} variant="light" size="xs">
            {t('deputies.write')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
