import { Anchor, Menu } from '@mantine/core';
import { AppLayout, NotFoundPage, RequireSignIn, SignInCallbackPage } from '@app/ui';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, type RouteObject } from 'react-router';
import { HomePage } from './pages/home-page';

function VoterLayout() {
  const { t } = useTranslation();
  return (
    <AppLayout
      appName={t('appName')}
      nav={[
        { to: '/appeals/new', label: t('nav.newAppeal') },
        { to: '/appeals', label: t('nav.myAppeals'), private: true },
        { to: '/personal-data', label: t('nav.personalData'), private: true },
      ]}
      userMenuItems={
        <Menu.Item component={Link} to="/personal-data">
          {t('nav.personalData')}
        </Menu.Item>
      }
    />
  );
}

/** Pages for voters only; a deputy or analyst who lands here is pointed to their own app. */
function VoterOnly() {
  const { t } = useTranslation();
  return (
    <RequireSignIn
      roles={['VOTER']}
      otherRoleHint={
        <Anchor href="/responder/" size="sm">
          {t('otherApps')}
        </Anchor>
      }
    >
      <Outlet />
    </RequireSignIn>
  );
}

export const routes: RouteObject[] = [
  {
    element: <VoterLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'callback', element: <SignInCallbackPage /> },
      { path: 'privacy', lazy: async () => ({ Component: (await import('./features/privacy/privacy-page')).PrivacyPage }) },
      {
        element: <VoterOnly />,
        // Each page is its own chunk, loaded when first opened.
        children: [
          { path: 'appeals', lazy: async () => ({ Component: (await import('./features/my-appeals/my-appeals-page')).MyAppealsPage }) },
          { path: 'appeals/new', lazy: async () => ({ Component: (await import('./features/new-appeal/new-appeal-page')).NewAppealPage }) },
          { path: 'appeals/:id', lazy: async () => ({ Component: (await import('./features/appeal/appeal-page')).AppealPage }) },
          {
            path: 'personal-data',
            lazy: async () => ({ Component: (await import('./features/personal-data/personal-data-page')).PersonalDataPage }),
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
