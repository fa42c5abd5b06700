import { Anchor, AppShell, Burger, Container, Drawer, Group, NavLink, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { useAuth } from '../auth/auth-context';
import { AppInfoContext } from './app-info';
import { LanguageSwitch } from './language-switch';
import { UserMenu } from './user-menu';

export type NavItem = Readonly<{ to: string; label: string; /** Shown only to a signed-in user. */ private?: boolean }>;

/**
 * The frame of every page: a header with the app's name, its sections (in a drawer on phones), the
 * language switch and the user menu; the page itself below, in a readable column.
 */
export function AppLayout({ appName, nav, userMenuItems }: { appName: string; nav: readonly NavItem[]; userMenuItems?: ReactNode }) {
  const { t } = useTranslation('ui');
  const [opened, { toggle, close }] = useDisclosure(false);
  const auth = useAuth();
  const location = useLocation();
  const visible = nav.filter((item) => !item.private || auth.status === 'signedIn');
  const matches = (to: string) => location.pathname === to || (to !== '/' && location.pathname.startsWith(`${to}/`));
  // The most specific section is the current one: /appeals/new is "new appeal", not "my appeals".
  const current = visible.filter((item) => matches(item.to)).sort((a, b) => b.to.length - a.to.length)[0]?.to;
  const isActive = (to: string) => to === current;
  const links = (onNavigate?: () => void) =>
    visible.map((item) => (
      <NavLink
        key={item.to}
        component={RouterNavLink}
        to={item.to}
        end
        label={item.label}
        active={isActive(item.to)}
        aria-current={isActive(item.to) ? 'page' : undefined}
        onClick={onNavigate}
        noWrap
        style={{ borderRadius: 'var(--mantine-radius-md)' }}
      />
    ));

  return (
    <AppInfoContext.Provider value={{ appName }}>
      <a href="#main" className="skip-link">
        {t('layout.skipToContent')}
      </a>
      <AppShell header={{ height: 60 }} padding="md">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="xs" wrap="nowrap">
              {visible.length > 0 && (
                <Burger
                  opened={opened}
                  onClick={toggle}
                  hiddenFrom="sm"
                  size="sm"
                  aria-label={t('layout.openMenu')}
                  aria-expanded={opened}
                />
              )}
              <Anchor
                component={Link}
                to="/"
                underline="never"
                c="var(--mantine-color-text)"
                fw={700}
                fz={{ base: 'md', sm: 'lg' }}
                lh={1.2}
              >
                {appName}
              </Anchor>
              {visible.length > 0 && (
                <Group component="nav" aria-label={t('layout.sections')} gap={4} visibleFrom="sm" ml="md" wrap="nowrap">
                  {links()}
                </Group>
              )}
            </Group>
            <Group gap="sm" wrap="nowrap">
              <LanguageSwitch />
              <UserMenu items={userMenuItems} />
            </Group>
          </Group>
        </AppShell.Header>
        <Drawer
          opened={opened}
          onClose={close}
          title={appName}
          size="xs"
          hiddenFrom="sm"
          closeButtonProps={{ 'aria-label': t('layout.closeMenu') }}
        >
          <Stack component="nav" aria-label={t('layout.sections')} gap={4}>
            {links(close)}
          </Stack>
        </Drawer>
        <AppShell.Main id="main" tabIndex={-1}>
          <Container size="md" px={0} py="xs">
            <Outlet />
          </Container>
        </AppShell.Main>
      </AppShell>
    </AppInfoContext.Provider>
  );
}
