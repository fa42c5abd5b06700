import { Card, Group, Rating, Stack, Text, Title } from '@mantine/core';
import { useFormat } from '@app/ui';
import type { AppealFeedbackFieldsFragment as AppealFeedback } from '../../gql/graphql';
import { useTranslation } from 'react-i18next';

const SCORES = ['promptness', 'quality', 'attentiveness'] as const;

/** What the voter said about each answer. */
export function FeedbackList({ feedback }: { feedback: readonly AppealFeedback[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="feedback-title" data-testid="appeal-feedback">
      <Stack gap="sm">
        <Title order={2} size="h4" id="feedback-title">
          {t('feedback.title')}
        </Title>
        {feedback.map((item) => (
          <Stack key={item.answerNumber} gap={4}>
            <Text size="xs" c="dimmed">
              {t('feedback.onAnswer', { number: item.answerNumber, date: format.date(item.submittedAt) })}
            </Text>
            {SCORES.map((score) => (
              <Group key={score} gap="xs" wrap="nowrap">
                <Text size="sm" w={140}>
                  {t(`feedback.${score}`)}
                </Text>
                <span role="img" aria-label={t('feedback.stars', { count: item[score] })}>
                  <Rating value={item[score]} readOnly aria-hidden />
                </span>
              </Group>
            ))}
            <Text size="sm">
              {t('feedback.solved', { answer: t(`feedback.solvedOptions.${item.solved}`, { defaultValue: item.solved }) })}
            </Text>
            {item.comment && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                «{item.comment}»
              </Text>
            )}
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
