import { Button, Card, Group } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The filters of a page (region, dates): checked on "Show" before anything is asked of the server. */
export function FilterForm({
  onSubmit,
  children,
  label,
}: {
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" component="form" onSubmit={onSubmit} noValidate aria-label={label} data-testid="filters">
      <Group align="flex-start" gap="sm" wrap="wrap">
        {children}
        <Button type="submit" mt={{ base: 0, xs: 25 }} w={{ base: '100%', xs: 'auto' }} data-testid="apply-filters">
          {t('filters.apply')}
        </Button>
      </Group>
    </Card>
  );
}
