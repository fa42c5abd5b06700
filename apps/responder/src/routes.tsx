import { AppLayout, NotFoundPage, RequireSignIn, SignInCallbackPage } from '@app/ui';
import { useTranslation } from 'react-i18next';
import { Outlet, type RouteObject } from 'react-router';
import { HomePage } from './pages/home-page';

function ResponderLayout() {
  const { t } = useTranslation();
  return <AppLayout appName={t('appName')} nav={[]} />;
}

function StaffOnly() {
  return (
    <RequireSignIn roles={['DEPUTY', 'ASSISTANT', 'MODERATOR']}>
      <Outlet />
    </RequireSignIn>
  );
}

export const routes: RouteObject[] = [
  {
    element: <ResponderLayout />,
    children: [
      { path: 'callback', element: <SignInCallbackPage /> },
      { element: <StaffOnly />, children: [{ index: true, element: <HomePage /> }] },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
