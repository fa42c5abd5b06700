import { useLazyQuery } from '@apollo/client/react';
import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { ErrorState } from '@app/ui';
import { useTranslation } from 'react-i18next';
import { APPEAL_AUTHOR_QUERY } from '../../graphql/appeals';

/** The voter's name and contact, fetched only when asked for: each read is written to the voter's access log. */
export function VoterContact({ appealId }: { appealId: string }) {
  const { t } = useTranslation();
  const [load, { data, loading, error, called }] = useLazyQuery(APPEAL_AUTHOR_QUERY, { fetchPolicy: 'network-only' });
  const author = data?.appeal.author;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="contact-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="contact-title">
          {t('contact.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('contact.logged')}
        </Text>
        {!called || (loading && !data) ? (
          <Button
            variant="light"
            loading={loading}
            onClick={() => void load({ variables: { id: appealId } })}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('contact.show')}
          </Button>
        ) : error && !data ? (
          <ErrorState error={error} onRetry={() => void load({ variables: { id: appealId } })} />
        ) : !author ? (
          <Text>{t('contact.none')}</Text>
        ) : author.erased ? (
          <Alert color="gray" variant="light">
            {t('contact.erased')}
          </Alert>
        ) : (
          <Stack gap={4} component="dl" m={0} data-testid="voter-contact">
            <Line label={t('contact.name')} value={author.name} />
            <Line label={t('contact.contact')} value={author.contact} />
            <Line label={t('contact.postalAddress')} value={author.postalAddress} />
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function Line({ label, value }: { label: string; value: string | null }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {value ?? t('contact.notGiven')}
      </Text>
    </div>
  );
}
