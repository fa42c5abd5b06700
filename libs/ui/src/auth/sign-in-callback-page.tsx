import { Button, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState, LoadingState } from '../states/states';
import { useAuth } from './auth-context';

/** `<app>/callback`: the provider sends the browser here with the code; exchange it, then go on. */
export function SignInCallbackPage() {
  const { t } = useTranslation('ui');
  const { session } = useAuth();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    session.completeSignIn().then(
      (returnTo) => navigate(returnTo, { replace: true }),
      (error: unknown) => {
        console.error('sign-in failed', error); // for developers; the page says it in plain words
        setFailed(true);
      },
    );
  }, [session, navigate]);

  if (!failed) return <LoadingState label={t('auth.completing')} />;
  return (
    <Stack gap="md" maw={520} mx="auto">
      <ErrorState title={t('auth.failedTitle')} error={{ code: 'UNKNOWN' }} message={t('auth.failedText')} />
      <Button onClick={() => void session.signIn('/')}>{t('auth.tryAgain')}</Button>
    </Stack>
  );
}
