import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ErrorState, LoadingState } from '../states/states';
import type { Role } from '../gql/graphql';
import { useViewer } from '../viewer/use-viewer';
import { useAuth } from './auth-context';

/** Asks to sign in, and returns here afterwards. */
export function SignInPrompt({ expired = false }: { expired?: boolean }) {
  const { t } = useTranslation('ui');
  const { session } = useAuth();
  const location = useLocation();
  return (
    <Card withBorder padding="lg" radius="md" maw={520} mx="auto">
      <Stack gap="md">
        <Title order={1} size="h3">
          {t('auth.promptTitle')}
        </Title>
        {expired && (
          <Alert color="yellow" variant="light">
            {t('auth.expired')}
          </Alert>
        )}
        <Text>{t('auth.promptText')}</Text>
        <Button onClick={() => void session.signIn(`${location.pathname}${location.search}`)} data-testid="sign-in">
          {t('auth.signIn')}
        </Button>
      </Stack>
    </Card>
  );
}

/**
 * Shows `children` only to a signed-in user whose role fits; others get a sign-in prompt or a plain
 * explanation that this app is for someone else.
 */
export function RequireSignIn({
  roles,
  otherRoleHint,
  children,
}: {
  roles: readonly Role[];
  otherRoleHint?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation('ui');
  const auth = useAuth();
  const viewer = useViewer();
  if (auth.status === 'loading') return <LoadingState />;
  if (auth.status === 'signedOut') return <SignInPrompt expired={auth.expired} />;
  if (viewer.error) return <ErrorState error={viewer.error} onRetry={() => void viewer.refetch()} />;
  if (!viewer.data) return <LoadingState />;
  if (!roles.includes(viewer.data.me.role)) {
    return (
      <Alert color="yellow" variant="light" title={t('auth.wrongRoleTitle')}>
        <Stack gap="xs">
          <Text size="sm">{t('auth.wrongRole', { role: t(`roles.${viewer.data.me.role}`) })}</Text>
          {otherRoleHint}
        </Stack>
      </Alert>
    );
  }
  return <>{children}</>;
}
