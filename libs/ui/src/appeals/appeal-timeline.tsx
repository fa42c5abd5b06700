import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format';
import type { TimelineStepFieldsFragment as TimelineStep } from '../gql/graphql';
import { stepView, type TimelineAudience } from './timeline-steps';

/** An appeal's history, oldest first, in the reader's words (`stepView` decides what each reader sees). */
export function AppealTimeline({
  steps,
  deputyName,
  audience = 'voter',
}: {
  steps: readonly TimelineStep[];
  deputyName: (id: string) => string | null;
  /** The voter by default: a page that forgets to say shows the least. */
  audience?: TimelineAudience;
}) {
  const { t } = useTranslation('ui');
  const format = useFormat();
  return (
    <Timeline active={steps.length - 1} bulletSize={14} lineWidth={2} data-testid="appeal-timeline">
      {steps.map((step, index) => {
        const view = stepView(step, audience);
        const deputy = (view.deputyId ? deputyName(view.deputyId) : null) ?? t(`timeline.${audience}.someDeputy`);
        const reason = view.reason && ('code' in view.reason ? t(`timeline.reasons.${view.reason.code}`) : view.reason.text);
        return (
          <Timeline.Item key={`${step.at}-${index}`} title={t(`timeline.${audience}.${view.kind}`, { deputy })}>
            <Text size="xs" c="dimmed">
              <time dateTime={step.at}>{format.dateTime(step.at)}</time>
            </Text>
            {view.text && (
              <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                {view.text}
              </Text>
            )}
            {reason && (
              <Text size="sm" mt={4}>
                {t('timeline.reason', { reason })}
              </Text>
            )}
            {view.newDueAt && (
              <Text size="sm" mt={4}>
                {t('timeline.newDue', { date: format.date(view.newDueAt) })}
              </Text>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
