import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';
import { ApolloProvider } from '@apollo/client/react';
import { Alert, Container, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { i18n as I18n } from 'i18next';
import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createBrowserRouter, type RouteObject, RouterProvider } from 'react-router';
import { createApolloClient } from '../apollo/create-apollo-client';
import { AuthProvider } from '../auth/auth-context';
import { AuthSession } from '../auth/auth-session';
import { loadAppConfig } from '../config/app-config';
import { type AppResources, createI18n } from '../i18n/i18n';
import { cssVariablesResolver, theme } from './theme';

export type WebApp = Readonly<{
  name: 'voter' | 'responder' | 'analyst';
  resources: AppResources;
  routes: RouteObject[];
}>;

function UiProviders({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <Notifications position="top-center" />
        {children}
      </MantineProvider>
    </I18nextProvider>
  );
}

function StartupFailure() {
  const { t } = useTranslation('ui');
  return (
    <Container size="sm" py="xl">
      <Alert color="red" variant="light" title={t('startup.title')} role="alert">
        {t('startup.text')}
      </Alert>
    </Container>
  );
}

/**
 * Starts a web app: texts, the runtime configuration from the API (/app-config.json), the sign-in
 * session, Apollo Client and the router under the app's base path (Vite's BASE_URL).
 */
export async function startWebApp(app: WebApp): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const root = createRoot(container);
  const i18n = await createI18n(app.resources);
  const render = (content: ReactNode) =>
    root.render(
      <StrictMode>
        <UiProviders i18n={i18n}>{content}</UiProviders>
      </StrictMode>,
    );

  let config;
  try {
    config = await loadAppConfig();
  } catch (error) {
    console.error('could not load the app configuration', error);
    return render(<StartupFailure />);
  }
  const basePath = import.meta.env.BASE_URL;
  const session = AuthSession.create(config, basePath, app.name);
  const client = createApolloClient({
    uri: config.graphqlUrl,
    accessToken: () => session.accessToken(),
    onUnauthenticated: () => void session.expire(),
  });
  // Nothing of one user's data stays in memory for the next.
  session.subscribe(() => {
    if (session.getSnapshot().status === 'signedOut') void client.clearStore();
  });
  await session.restore();
  const router = createBrowserRouter(app.routes, { basename: basePath.replace(/\/$/, '') || '/' });
  render(
    <AuthProvider session={session}>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </AuthProvider>,
  );
}
