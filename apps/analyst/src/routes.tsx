import { AppLayout, LoadingState, NotFoundPage, RequireSignIn, SignInCallbackPage } from '@app/ui';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, type RouteObject } from 'react-router';

function AnalystLayout() {
  const { t } = useTranslation();
  return (
    <AppLayout
      appName={t('appName')}
      nav={[
        { to: '/ratings', label: t('nav.ratings'), private: true },
        { to: '/analytics', label: t('nav.analytics'), private: true },
        { to: '/regions', label: t('nav.regions'), private: true },
        { to: '/method', label: t('nav.method'), private: true },
      ]}
    />
  );
}

/** Party analysts and ЦУР moderators: the API gives both the ratings and analytics of their regions. */
function AnalystsOnly() {
  const { t } = useTranslation();
  return (
    <RequireSignIn roles={['ANALYST', 'MODERATOR']} otherRoleHint={t('otherApps')}>
      <Outlet />
    </RequireSignIn>
  );
}

export const routes: RouteObject[] = [
  {
    element: <AnalystLayout />,
    // Shown while the first page's chunk loads.
    hydrateFallbackElement: <LoadingState />,
    children: [
      { path: 'callback', element: <SignInCallbackPage /> },
      { index: true, element: <Navigate to="/ratings" replace /> },
      {
        element: <AnalystsOnly />,
        // Each page is its own chunk: the charts library loads with the first page that draws a chart.
        children: [
          { path: 'ratings', lazy: async () => ({ Component: (await import('./features/ratings/ratings-page')).RatingsPage }) },
          { path: 'deputies/:id', lazy: async () => ({ Component: (await import('./features/deputy/deputy-page')).DeputyPage }) },
          { path: 'analytics', lazy: async () => ({ Component: (await import('./features/analytics/analytics-page')).AnalyticsPage }) },
          { path: 'regions', lazy: async () => ({ Component: (await import('./features/regions/regions-page')).RegionsPage }) },
          { path: 'method', lazy: async () => ({ Component: (await import('./features/method/method-page')).MethodPage }) },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
