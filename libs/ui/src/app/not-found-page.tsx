import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../layout/page';
import { EmptyState } from '../states/states';

export function NotFoundPage() {
  const { t } = useTranslation('ui');
  return (
    <Page title={t('notFound.title')}>
      <EmptyState
        title={t('notFound.text')}
        action={
          <Button component={Link} to="/">
            {t('notFound.home')}
          </Button>
        }
      />
    </Page>
  );
}
