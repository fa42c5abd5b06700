import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Accordion, Alert, Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  AppealPhotos,
  AppealStatusBadge,
  AppealTimeline,
  type AppError,
  ErrorState,
  FormError,
  hasErrorCode,
  LoadingState,
  newCommandId,
  Page,
  toAppError,
  useFormat,
  useViewer,
} from '@app/ui';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type {
  ResponderAppealDetailsFragment as AppealDetails,
  ResponderCommandResultFragment as AppealCommandResult,
} from '../../gql/graphql';
import { ACKNOWLEDGE_APPEAL } from '../../graphql/appeals';
import { DEPUTIES_QUERY } from '../../graphql/registry';
import { notifySuccess } from '../../shared/notify';
import { useRegistry } from '../../shared/use-registry';
import { responderActions } from './appeal-actions';
import { ExtendForm } from './extend-form';
import { FeedbackList } from './feedback-list';
import { ForwardForm } from './forward-form';
import { AssignForm, RecategorizeForm } from './moderator-forms';
import { RejectForm } from './reject-form';
import { TextActionForm } from './text-action-form';
import { useAppeal } from './use-appeal';
import { VoterContact } from './voter-contact';

export function AppealPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch, settle } = useAppeal(id);
  const viewer = useViewer();
  if (!data && !error) return <LoadingState label={t('appeal.loading')} />;
  if (!data) {
    return (
      <Page title={t('appeal.notFoundTitle')}>
        <ErrorState error={error} onRetry={hasErrorCode(error, 'NOT_FOUND') ? undefined : () => void refetch()} />
        <Button component={Link} to="/" variant="default" style={{ alignSelf: 'flex-start' }}>
          {t('appeal.back')}
        </Button>
      </Page>
    );
  }
  if (!viewer.data) return <LoadingState />;
  return <AppealView appeal={data.appeal} role={viewer.data.me.role} settle={settle} />;
}

function AppealView({
  appeal,
  role,
  settle,
}: {
  appeal: AppealDetails;
  role: string;
  settle: (done: (appeal: AppealDetails) => boolean) => Promise<void>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useApolloClient();
  const navigate = useNavigate();
  const { categoryName, territoryName } = useRegistry(appeal.regionCode);
  const deputies = useQuery(DEPUTIES_QUERY, { variables: { regionCode: appeal.regionCode }, fetchPolicy: 'cache-first' });
  const deputyName = useCallback(
    (id: string) => deputies.data?.deputies.find((deputy) => deputy.id === id)?.fullName ?? null,
    [deputies.data],
  );
  const actions = useMemo(() => responderActions(appeal), [appeal]);
  const handles = role === 'DEPUTY' || role === 'ASSISTANT';
  const [section, setSection] = useState<string | null>(null);

  /** After a command: say so, forget cached lists, and show the appeal once the read model has caught up. */
  const done =
    (
      message: string,
      settled: (appeal: AppealDetails, result: AppealCommandResult) => boolean = (current, result) => current.status === result.status,
    ) =>
    async (result: AppealCommandResult) => {
      notifySuccess(message, t('notice.close'));
      client.cache.evict({ fieldName: 'deputyInbox' });
      client.cache.evict({ fieldName: 'inboxCounters' });
      client.cache.evict({ fieldName: 'moderationQueue' });
      setSection(null);
      // Handed to someone else: it has left this deputy's reach.
      if (handles && result.deputyId && result.deputyId !== appeal.deputyId) {
        void navigate('/');
        return;
      }
      await settle((current) => settled(current, result));
    };

  return (
    <Page title={appeal.subject} actions={<AppealStatusBadge status={appeal.status} overdue={appeal.overdue} />}>
      <Card withBorder padding="md" style={appeal.overdue ? { borderColor: 'var(--mantine-color-red-7)' } : undefined}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" component="dl" m={0}>
          <Fact
            label={appeal.open ? t('appeal.due') : t('appeal.dueWas')}
            value={format.date(appeal.answerDueAt)}
            danger={appeal.overdue}
            hint={
              appeal.status === 'AWAITING_CLARIFICATION'
                ? t('appeal.clockPaused')
                : appeal.extended
                  ? t('appeal.extended', { reason: appeal.extensionReason ?? '' })
                  : undefined
            }
            testId="fact-due"
          />
          <Fact label={t('appeal.submitted')} value={format.date(appeal.submittedAt)} />
          <Fact label={t('appeal.category')} value={categoryName(appeal.categoryId)} testId="fact-category" />
          <Fact label={t('appeal.territory')} value={territoryName(appeal.territoryId)} />
          <Fact
            label={t('appeal.deputy')}
            value={appeal.deputyId ? (deputyName(appeal.deputyId) ?? '…') : t('appeal.noDeputy')}
            testId="fact-deputy"
          />
          {appeal.answeredAt && <Fact label={t('appeal.answered')} value={format.date(appeal.answeredAt)} />}
        </SimpleGrid>
      </Card>

      <Card withBorder padding="md" component="section" aria-labelledby="text-title">
        <Stack gap="xs">
          <Title order={2} size="h4" id="text-title">
            {t('appeal.text')}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="appeal-text">
            {appeal.text}
          </Text>
          <AppealPhotos photos={appeal.attachments ?? []} />
        </Stack>
      </Card>

      {handles && <VoterContact appealId={appeal.id} />}

      {actions.acknowledge && <AcknowledgeCard appealId={appeal.id} onDone={done(t('acknowledge.sent'))} />}

      {actions.answer && (
        <Card withBorder padding="md" component="section" aria-labelledby="answer-title">
          <Stack gap="xs">
            <Title order={2} size="h4" id="answer-title">
              {t('answer.title')}
            </Title>
            <TextActionForm kind="answer" appealId={appeal.id} onDone={done(t('answer.sent'))} />
          </Stack>
        </Card>
      )}

      {(actions.clarify || actions.forward || actions.extend || actions.reject || actions.assign || actions.recategorize) && (
        <Card withBorder padding={0} component="section" aria-labelledby="more-title">
          <Title order={2} size="h4" id="more-title" px="md" pt="md">
            {role === 'MODERATOR' ? t('appeal.moderation') : t('appeal.moreActions')}
          </Title>
          <Accordion value={section} onChange={setSection} chevronPosition="right">
            {actions.assign && (
              <Accordion.Item value="assign">
                <Accordion.Control>{t('assign.title')}</Accordion.Control>
                <Accordion.Panel>
                  <AssignForm
                    appealId={appeal.id}
                    regionCode={appeal.regionCode}
                    currentDeputyId={appeal.deputyId}
                    onDone={done(t('assign.sent'), (current, result) => current.deputyId === result.deputyId)}
                  />
                </Accordion.Panel>
              </Accordion.Item>
            )}
            {actions.recategorize && (
              <Accordion.Item value="recategorize">
                <Accordion.Control>{t('recategorize.title')}</Accordion.Control>
                <Accordion.Panel>
                  <RecategorizeForm
                    appealId={appeal.id}
                    currentCategoryId={appeal.categoryId}
                    onDone={done(t('recategorize.sent'), (current) => current.categoryId !== appeal.categoryId)}
                  />
                </Accordion.Panel>
              </Accordion.Item>
            )}
            {actions.clarify && (
              <Accordion.Item value="clarify">
                <Accordion.Control>{t('clarify.title')}</Accordion.Control>
                <Accordion.Panel>
                  <TextActionForm kind="clarify" appealId={appeal.id} onDone={done(t('clarify.sent'))} />
                </Accordion.Panel>
              </Accordion.Item>
            )}
            {actions.extend && (
              <Accordion.Item value="extend">
                <Accordion.Control>{t('extend.title')}</Accordion.Control>
                <Accordion.Panel>
                  <ExtendForm appealId={appeal.id} onDone={done(t('extend.sent'), (current) => current.extended)} />
                </Accordion.Panel>
              </Accordion.Item>
            )}
            {actions.forward && (
              <Accordion.Item value="forward">
                <Accordion.Control>{t('forward.title')}</Accordion.Control>
                <Accordion.Panel>
                  <ForwardForm
                    appealId={appeal.id}
                    regionCode={appeal.regionCode}
                    currentDeputyId={appeal.deputyId}
                    onDone={done(t('forward.sent'))}
                  />
                </Accordion.Panel>
              </Accordion.Item>
            )}
            {actions.reject && (
              <Accordion.Item value="reject">
                <Accordion.Control>{t('reject.title')}</Accordion.Control>
                <Accordion.Panel>
                  <RejectForm appealId={appeal.id} onDone={done(t('reject.sent'))} />
                </Accordion.Panel>
              </Accordion.Item>
            )}
          </Accordion>
        </Card>
      )}

      {appeal.feedback && appeal.feedback.length > 0 && <FeedbackList feedback={appeal.feedback} />}

      <Stack gap="sm" component="section" aria-labelledby="timeline-title">
        <Title order={2} size="h4" id="timeline-title">
          {t('appeal.timeline')}
        </Title>
        <AppealTimeline steps={appeal.timeline ?? []} deputyName={deputyName} audience="staff" />
      </Stack>

      {appeal.status === 'REJECTED' && (
        <Alert color="red" variant="light">
          {t('appeal.rejectedHint')}
        </Alert>
      )}
    </Page>
  );
}

/** Taking the appeal up is the first response the voter sees. */
function AcknowledgeCard({ appealId, onDone }: { appealId: string; onDone: (result: AppealCommandResult) => void }) {
  const { t } = useTranslation();
  const [commandId] = useState(newCommandId);
  const [error, setError] = useState<AppError | null>(null);
  const [acknowledge, { loading }] = useMutation(ACKNOWLEDGE_APPEAL);
  const send = async () => {
    setError(null);
    try {
      const { data } = await acknowledge({ variables: { input: { appealId, ...(commandId ? { commandId } : {}) } } });
      if (data) onDone(data.acknowledgeAppeal);
    } catch (failure) {
      setError(toAppError(failure));
    }
  };
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="acknowledge-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="acknowledge-title">
          {t('acknowledge.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('acknowledge.hint')}
        </Text>
        <FormError error={error} />
        <Button onClick={() => void send()} loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('acknowledge.submit')}
        </Button>
      </Stack>
    </Card>
  );
}

function Fact({
  label,
  value,
  hint,
  danger = false,
  testId,
}: {
  label: string;
  value: string;
  hint?: string;
  danger?: boolean;
  testId?: string;
}) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={danger ? 700 : 500} c={danger ? 'red.9' : undefined} data-testid={testId}>
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
