import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { Page, useAuth } from '@app/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DeputyFinder } from '../features/deputies/deputy-finder';

/** What the portal is for, the two main actions, and "who are my deputies". */
export function HomePage() {
  const { t } = useTranslation();
  const auth = useAuth();
  return (
    <Page title={t('home.title')}>
      <Stack gap="sm">
        <Text size="lg">{t('home.lead')}</Text>
        <Text c="dimmed">
          {t('home.privacy')}{' '}
          <Anchor component={Link} to="/privacy" inherit underline="always">
            {t('home.policyLink')}
          </Anchor>
        </Text>
        <Group>
          <Button component={Link} to="/appeals/new" data-testid="write-appeal">
            {t('nav.newAppeal')}
          </Button>
          {auth.status === 'signedIn' && (
            <Button component={Link} to="/appeals" variant="default">
              {t('nav.myAppeals')}
            </Button>
          )}
        </Group>
      </Stack>
      <DeputyFinder />
    </Page>
  );
}
