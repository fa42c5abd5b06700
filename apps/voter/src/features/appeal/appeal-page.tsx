import { useQuery } from '@apollo/client/react';
import { useApolloClient } from '@apollo/client/react';
import { Alert, Card, Group, Rating, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  AppealPhotos,
  AppealStatusBadge,
  AppealTimeline,
  ErrorState,
  hasErrorCode,
  LoadingState,
  Page,
  TERRITORIES_QUERY,
  useFormat,
  useLocalizedName,
} from '@app/ui';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { VoterAppealDetailsFragment as AppealDetails, VoterCommandResultFragment as AppealCommandResult } from '../../gql/graphql';
import { DEPUTIES_QUERY } from '../../graphql/registry';
import { useCategoryOptions } from '../new-appeal/use-category-options';
import { voterActions } from './appeal-actions';
import { ClarificationForm } from './clarification-form';
import { FeedbackForm } from './feedback-form';
import { ReopenForm } from './reopen-form';
import { useAppeal } from './use-appeal';
import { WithdrawAppeal } from './withdraw-appeal';

const lastText = (appeal: AppealDetails, type: string): string | null =>
  (appeal.timeline ?? []).findLast((step) => step.type === type)?.text ?? null;

export function AppealPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const justSubmitted = (useLocation().state as { justSubmitted?: boolean } | null)?.justSubmitted === true;
  const { data, error, refetch, waiting, settle } = useAppeal(id, justSubmitted);

  if (waiting || (!data && !error)) return <LoadingState label={waiting ? t('appeal.registering') : t('appeal.loading')} />;
  if (!data) {
    return (
      <Page title={t('appeal.notFoundTitle')}>
        <ErrorState error={error} onRetry={hasErrorCode(error, 'NOT_FOUND') ? undefined : () => void refetch()} />
      </Page>
    );
  }
  return <AppealView appeal={data.appeal} settle={settle} />;
}

function AppealView({ appeal, settle }: { appeal: AppealDetails; settle: (done: (appeal: AppealDetails) => boolean) => Promise<void> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = useLocalizedName();
  const client = useApolloClient();
  const { fullName: categoryName } = useCategoryOptions();
  const deputies = useQuery(DEPUTIES_QUERY, { variables: { regionCode: appeal.regionCode }, fetchPolicy: 'cache-first' });
  const territories = useQuery(TERRITORIES_QUERY, { variables: { regionCode: appeal.regionCode }, fetchPolicy: 'cache-first' });
  const deputyName = useCallback(
    (id: string) => deputies.data?.deputies.find((deputy) => deputy.id === id)?.fullName ?? null,
    [deputies.data],
  );
  const territory = territories.data?.territories.find((candidate) => candidate.id === appeal.territoryId);
  const actions = useMemo(() => voterActions(appeal), [appeal]);
  const answer = lastText(appeal, 'AppealAnswered');

  /** After a command: say so, forget cached lists, and show the appeal once the read model has caught up. */
  const done = (message: string) => async (result: AppealCommandResult) => {
    notifications.show({ color: 'green', message });
    client.cache.evict({ fieldName: 'myAppeals' });
    await settle((current) => current.status === result.status);
  };

  return (
    <Page title={appeal.subject} actions={<AppealStatusBadge status={appeal.status} overdue={appeal.overdue} />}>
      <Card withBorder padding="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" component="dl" m={0}>
          <Fact label={t('appeal.category')} value={categoryName(appeal.categoryId)} />
          <Fact label={t('appeal.territory')} value={territory ? name(territory) : appeal.territoryId} />
          <Fact label={t('appeal.deputy')} value={appeal.deputyId ? (deputyName(appeal.deputyId) ?? '…') : t('appeal.noDeputyYet')} />
          <Fact label={t('appeal.submitted')} value={format.date(appeal.submittedAt)} />
          <Fact
            label={appeal.open ? t('appeal.due') : t('appeal.dueWas')}
            value={format.date(appeal.answerDueAt)}
            hint={
              appeal.status === 'AWAITING_CLARIFICATION'
                ? t('appeal.clockPaused')
                : appeal.extended && appeal.extensionReason
                  ? t('appeal.extended', { reason: appeal.extensionReason })
                  : undefined
            }
          />
          {appeal.closedAt && <Fact label={t('appeal.closed')} value={format.date(appeal.closedAt)} />}
        </SimpleGrid>
      </Card>

      {actions.clarify && (
        <ClarificationForm appealId={appeal.id} question={lastText(appeal, 'ClarificationRequested')} onDone={done(t('clarify.sent'))} />
      )}

      {answer && (
        <Card withBorder padding="md" component="section" aria-labelledby="answer-title" bg="var(--mantine-color-green-light)">
          <Stack gap="xs">
            <Title order={2} size="h4" id="answer-title">
              {t('appeal.answer')}
            </Title>
            {appeal.answeredAt && (
              <Text size="xs" c="dimmed">
                {format.dateTime(appeal.answeredAt)}
              </Text>
            )}
            <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="appeal-answer">
              {answer}
            </Text>
          </Stack>
        </Card>
      )}

      {actions.feedback && <FeedbackForm appealId={appeal.id} onDone={done(t('feedback.sent'))} />}
      {(appeal.feedback ?? []).length > 0 && <GivenFeedback appeal={appeal} />}
      {actions.reopen && <ReopenForm appealId={appeal.id} onDone={done(t('reopen.sent'))} />}

      <Card withBorder padding="md" component="section" aria-labelledby="text-title">
        <Stack gap="xs">
          <Title order={2} size="h4" id="text-title">
            {t('appeal.text')}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{appeal.text}</Text>
          <AppealPhotos photos={appeal.attachments ?? []} />
        </Stack>
      </Card>

      <Stack gap="sm" component="section" aria-labelledby="timeline-title">
        <Title order={2} size="h4" id="timeline-title">
          {t('appeal.timeline')}
        </Title>
        <AppealTimeline steps={appeal.timeline ?? []} deputyName={deputyName} />
      </Stack>

      {actions.withdraw && <WithdrawAppeal appealId={appeal.id} onDone={done(t('withdraw.sent'))} />}
      {appeal.status === 'REJECTED' && (
        <Alert color="red" variant="light">
          {t('appeal.rejectedHint')}
        </Alert>
      )}
    </Page>
  );
}

function Fact({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500} data-testid={`fact-${label}`}>
        {value}
      </Text>
      {hint && (
        <Text component="dd" m={0} size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </div>
  );
}

function GivenFeedback({ appeal }: { appeal: AppealDetails }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="given-feedback-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="given-feedback-title">
          {t('feedback.given')}
        </Title>
        {(appeal.feedback ?? []).map((feedback) => (
          <Stack key={feedback.answerNumber} gap={4}>
            {(['promptness', 'quality', 'attentiveness'] as const).map((score) => (
              <Group key={score} gap="xs">
                <Text size="sm" w={200}>
                  {t(`feedback.${score}`)}
                </Text>
                <span role="img" aria-label={t('feedback.stars', { count: feedback[score] })}>
                  <Rating value={feedback[score]} readOnly aria-hidden />
                </span>
              </Group>
            ))}
            <Text size="sm">{t('feedback.solvedAnswer', { answer: t(`feedback.solvedOptions.${feedback.solved}`) })}</Text>
            {feedback.comment && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {feedback.comment}
              </Text>
            )}
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
