import { AppLayout, LoadingState, NotFoundPage, RequireSignIn, SignInCallbackPage, useViewer, type NavItem } from '@app/ui';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, type RouteObject } from 'react-router';

const InboxPage = lazy(async () => ({ default: (await import('./features/inbox/inbox-page')).InboxPage }));
const ModerationPage = lazy(async () => ({ default: (await import('./features/moderation/moderation-page')).ModerationPage }));

function ResponderLayout() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const role = viewer.data?.me.role;
  const nav: NavItem[] =
    role === 'MODERATOR'
      ? [{ to: '/', label: t('nav.queue'), private: true }]
      : role === 'DEPUTY' || role === 'ASSISTANT'
        ? [
            { to: '/', label: t('nav.inbox'), private: true },
            { to: '/rating', label: t('nav.rating'), private: true },
          ]
        : [];
  return <AppLayout appName={t('appName')} nav={nav} />;
}

function StaffOnly() {
  return (
    <RequireSignIn roles={['DEPUTY', 'ASSISTANT', 'MODERATOR']}>
      <Outlet />
    </RequireSignIn>
  );
}

/** Deputies and assistants start at their inbox, moderators at the ЦУР queue. */
function HomePage() {
  const viewer = useViewer();
  if (!viewer.data) return <LoadingState />;
  return <Suspense fallback={<LoadingState />}>{viewer.data.me.role === 'MODERATOR' ? <ModerationPage /> : <InboxPage />}</Suspense>;
}

export const routes: RouteObject[] = [
  {
    element: <ResponderLayout />,
    children: [
      { path: 'callback', element: <SignInCallbackPage /> },
      {
        element: <StaffOnly />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'appeals/:id', lazy: async () => ({ Component: (await import('./features/appeal/appeal-page')).AppealPage }) },
          { path: 'rating', lazy: async () => ({ Component: (await import('./features/rating/rating-page')).RatingPage }) },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
