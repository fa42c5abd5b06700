/**
 * Shared pieces of the web apps: start-up, sign-in, Apollo, i18n, layout, states and form errors, and what
 * the voter and responder apps show alike: an appeal's status and history, registry names. Charts are
 * imported from `@app/ui/charts/*` instead, so that Recharts loads only with a page that draws one.
 */
export { startWebApp, type WebApp } from './app/start-web-app';
export { NotFoundPage } from './app/not-found-page';
export { newCommandId } from './apollo/command-id';
// The fragments in appeal-fields.ts are spread by name in the apps' documents (codegen.ts gives each app their definitions).
export { APPEAL_STATUSES } from './appeals/appeal-fields';
export { AppealPhotos } from './appeals/appeal-photos';
export { AppealStatusBadge } from './appeals/appeal-status-badge';
export { AppealTimeline } from './appeals/appeal-timeline';
export { AuthSession, type AuthState } from './auth/auth-session';
export { useAuth } from './auth/auth-context';
export { RequireSignIn, SignInPrompt } from './auth/require-sign-in';
export { SignInCallbackPage } from './auth/sign-in-callback-page';
export { type AppError, type AppErrorCode, errorExtension, toAppError, hasErrorCode } from './errors/app-error';
export { useErrorMessage } from './errors/use-error-message';
export { useServerFormErrors } from './errors/use-server-form-errors';
export { useFormat } from './format/use-format';
export { LANGUAGES, type Language, type AppResources } from './i18n/i18n';
export { AppLayout, type NavItem } from './layout/app-layout';
export { Page } from './layout/page';
export { type Category, CATEGORIES_QUERY, type Named, TERRITORIES_QUERY } from './registry/registry';
export { useLocalizedName } from './registry/use-localized-name';
export { EmptyState, ErrorState, FormError, LoadingState } from './states/states';
export { useViewer } from './viewer/use-viewer';
/** The schema's types that libs/ui's documents use (generated from schema.gql, see codegen.ts). */
export type { AppealStatus, Role } from './gql/graphql';
