import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppealStatus } from '../gql/graphql';

const COLORS: Readonly<Record<AppealStatus, string>> = {
  SUBMITTED: 'gray',
  ASSIGNED: 'blue',
  IN_PROGRESS: 'blue',
  AWAITING_CLARIFICATION: 'orange',
  ANSWERED: 'green',
  CLOSED: 'gray',
  FORWARDED: 'violet',
  REOPENED: 'orange',
  REJECTED: 'red',
  WITHDRAWN: 'gray',
};

/** The status in words, and "overdue" next to it when the answer's deadline was missed. */
export function AppealStatusBadge({ status, overdue = false }: { status: AppealStatus; overdue?: boolean }) {
  const { t } = useTranslation('ui');
  return (
    <Group gap={6}>
      <Badge color={COLORS[status]} variant="light" data-testid="appeal-status">
        {t(`appealStatus.${status}`)}
      </Badge>
      {overdue && (
        <Badge color="red" variant="filled" data-testid="overdue-badge">
          {t('appealOverdue')}
        </Badge>
      )}
    </Group>
  );
}
