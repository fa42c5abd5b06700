import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../errors/app-error';
import { useErrorMessage } from '../errors/use-error-message';

/** A spinner that screen readers announce. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation('ui');
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" aria-hidden />
        <Text>{label ?? t('states.loading')}</Text>
      </Group>
    </Center>
  );
}

/** A failed load, in plain words, with a way to try again. */
export function ErrorState({
  error,
  message: text,
  onRetry,
  title,
}: {
  error: unknown;
  message?: string;
  onRetry?: () => void;
  title?: string;
}) {
  const { t } = useTranslation('ui');
  const message = useErrorMessage();
  return (
    <Alert color="red" variant="light" title={title ?? t('states.errorTitle')} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{text ?? message(error)}</Text>
        {onRetry && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            {t('states.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** Nothing to show yet, said plainly, with the next step. */
export function EmptyState({ title, description, action }: { title: string; description?: string; action?: ReactNode }) {
  return (
    <Stack align="center" gap="xs" py="xl" ta="center">
      <Title order={2} size="h4">
        {title}
      </Title>
      {description && <Text c="dimmed">{description}</Text>}
      {action}
    </Stack>
  );
}

/** The error of a whole form submission (one not about a single field). */
export function FormError({ error }: { error: AppError | null }) {
  const message = useErrorMessage();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert">
      {message(error)}
    </Alert>
  );
}
