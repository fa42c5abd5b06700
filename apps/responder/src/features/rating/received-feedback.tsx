import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, Rating, Stack, Text, Title } from '@mantine/core';
import { EmptyState, ErrorState, LoadingState, useFormat } from '@app/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RECEIVED_FEEDBACK_QUERY } from '../../graphql/rating';

const SCORES = ['promptness', 'quality', 'attentiveness'] as const;
const PAGE = 10;

/** What voters said about the answers, newest first, each linked to its appeal. */
export function ReceivedFeedback() {
  const { t } = useTranslation();
  const format = useFormat();
  const [first, setFirst] = useState(PAGE);
  const { data, error, refetch } = useQuery(RECEIVED_FEEDBACK_QUERY, { variables: { first }, fetchPolicy: 'cache-and-network' });
  return (
    <Stack gap="sm" component="section" aria-labelledby="received-title">
      <Title order={2} size="h4" id="received-title">
        {t('rating.receivedTitle')}
      </Title>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingState />
      ) : data.receivedFeedback.items.length === 0 ? (
        <EmptyState title={t('rating.receivedEmpty')} description={t('rating.receivedEmptyHint')} />
      ) : (
        <>
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="received-feedback">
            {data.receivedFeedback.items.map((item) => (
              <Card
                key={`${item.appealId}-${item.answerNumber}`}
                component="li"
                withBorder
                padding="sm"
                data-testid="received-feedback-item"
              >
                <Stack gap={4}>
                  <Anchor component={Link} to={`/appeals/${item.appealId}`} fw={600}>
                    {item.subject}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {format.date(item.submittedAt)}
                  </Text>
                  <Group gap="md" wrap="wrap">
                    {SCORES.map((score) => (
                      <Group key={score} gap={4} wrap="nowrap">
                        <Text size="sm">{t(`feedback.${score}`)}</Text>
                        <span role="img" aria-label={t('feedback.stars', { count: item[score] })}>
                          <Rating value={item[score]} readOnly size="sm" aria-hidden />
                        </span>
                      </Group>
                    ))}
                  </Group>
                  <Text size="sm">
                    {t('feedback.solved', { answer: t(`feedback.solvedOptions.${item.solved}`, { defaultValue: item.solved }) })}
                  </Text>
                  {item.comment && (
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      «{item.comment}»
                    </Text>
                  )}
                </Stack>
              </Card>
            ))}
          </Stack>
          {data.receivedFeedback.totalCount > data.receivedFeedback.items.length && first < 100 && (
            <Button variant="default" onClick={() => setFirst((count) => Math.min(100, count + PAGE))} style={{ alignSelf: 'center' }}>
              {t('list.more')}
            </Button>
          )}
        </>
      )}
    </Stack>
  );
}
