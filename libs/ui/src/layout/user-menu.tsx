import { Avatar, Button, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useAuth } from '../auth/auth-context';
import { useViewer } from '../viewer/use-viewer';

const initials = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase())
    .join('');

/** Who is signed in, with the app's own items and sign-out; a sign-in button otherwise. */
export function UserMenu({ items }: { items?: ReactNode }) {
  const { t } = useTranslation('ui');
  const auth = useAuth();
  const location = useLocation();
  const { data } = useViewer();
  if (auth.status === 'loading') return null;
  if (auth.status === 'signedOut') {
    return (
      <Button size="xs" onClick={() => void auth.session.signIn(`${location.pathname}${location.search}`)}>
        {t('auth.signIn')}
      </Button>
    );
  }
  const name = data?.me.name ?? t('auth.someone');
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('layout.userMenu', { name })} data-testid="user-menu">
          <Avatar color="blue" radius="xl" size="md">
            {initials(name)}
          </Avatar>
          <VisuallyHidden>{name}</VisuallyHidden>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)">
            {name}
          </Text>
          {data && <Text size="xs">{t(`roles.${data.me.role}`)}</Text>}
        </Menu.Label>
        {items}
        <Menu.Divider />
        <Menu.Item onClick={() => void auth.session.signOut()}>{t('auth.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
