import { Text, Timeline } from '@mantine/core';
import { useFormat } from '@app/ui';
import { useTranslation } from 'react-i18next';
import type { TimelineStep } from '../../graphql/appeals';

const KNOWN = new Set([
  'AppealSubmitted',
  'AppealAssigned',
  'AppealCategorized',
  'AppealAcknowledged',
  'ClarificationRequested',
  'ClarificationProvided',
  'AppealForwarded',
  'DeadlineExtended',
  'AppealAnswered',
  'AppealReopened',
  'AppealClosed',
  'AppealRejected',
  'AppealWithdrawn',
  'AppealOverdue',
  'FeedbackSubmitted',
]);
const MOVES_DUE_DATE = new Set(['ClarificationProvided', 'DeadlineExtended', 'AppealReopened']);
const CODED_REASONS = new Set(['AppealClosed', 'AppealRejected']);

/** The appeal's history, oldest first, from the responder's side. */
export function AppealTimeline({ steps, deputyName }: { steps: readonly TimelineStep[]; deputyName: (id: string) => string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Timeline active={steps.length - 1} bulletSize={14} lineWidth={2} data-testid="appeal-timeline">
      {steps.map((step, index) => {
        const type = KNOWN.has(step.type) ? step.type : 'Other';
        const deputy = step.deputyId ? deputyName(step.deputyId) : null;
        const reason = step.reason && CODED_REASONS.has(step.type) ? t(`timeline.reasons.${step.reason}`, { defaultValue: step.reason }) : step.reason;
        return (
          <Timeline.Item key={`${step.at}-${index}`} title={t(`timeline.${type}`, { deputy: deputy ?? t('timeline.aDeputy') })}>
            <Text size="xs" c="dimmed">
              <time dateTime={step.at}>{format.dateTime(step.at)}</time>
            </Text>
            {step.text && (
              <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                {step.text}
              </Text>
            )}
            {reason && (
              <Text size="sm" mt={4}>
                {t('timeline.reason', { reason })}
              </Text>
            )}
            {step.dueAt && MOVES_DUE_DATE.has(step.type) && (
              <Text size="sm" mt={4}>
                {t('timeline.newDue', { date: format.date(step.dueAt) })}
              </Text>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
