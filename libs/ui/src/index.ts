/** Shared pieces of the web apps: start-up, sign-in, Apollo, i18n, layout, states and form errors. */
export { startWebApp, type WebApp } from './app/start-web-app';
export { NotFoundPage } from './app/not-found-page';
export { AuthSession, type AuthState } from './auth/auth-session';
export { useAuth } from './auth/auth-context';
export { RequireSignIn, SignInPrompt } from './auth/require-sign-in';
export { SignInCallbackPage } from './auth/sign-in-callback-page';
export { type AppError, type AppErrorCode, toAppError, hasErrorCode } from './errors/app-error';
export { useErrorMessage } from './errors/use-error-message';
export { useServerFormErrors } from './errors/use-server-form-errors';
export { useFormat } from './format/use-format';
export { LANGUAGES, type Language, type AppResources } from './i18n/i18n';
export { AppLayout, type NavItem } from './layout/app-layout';
export { Page } from './layout/page';
export { EmptyState, ErrorState, FormError, LoadingState } from './states/states';
export { useViewer, type Role, type Viewer } from './viewer/use-viewer';
