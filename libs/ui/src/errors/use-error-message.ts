import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { type AppError, toAppError } from './app-error';

/** A plain-language, localised sentence for an error: never the server's own text or a stack trace. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation('ui');
  return useCallback(
    (error: unknown) => {
      const appError = isAppError(error) ? error : toAppError(error);
      if (appError.code === 'INVALID_STATE' && appError.status) {
        return t('errors.INVALID_STATE_status', { status: t(`appealStatus.${appError.status}`, { defaultValue: appError.status }) });
      }
      return t(`errors.${appError.code}`);
    },
    [t],
  );
}

function isAppError(value: unknown): value is AppError {
  return typeof value === 'object' && value !== null && 'code' in value && !('errors' in value) && !(value instanceof Error);
}
