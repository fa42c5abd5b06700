import { type AppError, toAppError } from '@app/ui';
import { useEffect, useMemo } from 'react';

type FormWithErrors<Field extends string> = Readonly<{ setFieldError: (path: Field, error: string) => void }>;

/**
 * A query refused for one of the form's fields (BAD_USER_INPUT naming `asOf`, `from`, `to`) shows its
 * error next to that field, in the form's own words; any other failure is returned for the page to
 * explain (never the server's raw message). `fields` maps the API's argument names to the form's.
 */
export function useQueryFieldErrors<Field extends string>(
  error: unknown,
  form: FormWithErrors<Field>,
  fields: Readonly<Partial<Record<string, Readonly<{ path: Field; message: string }>>>>,
): { pageError: AppError | null; fieldError: boolean } {
  const appError = useMemo(() => (error ? toAppError(error) : null), [error]);
  const target = appError?.code === 'BAD_USER_INPUT' && appError.field ? fields[appError.field] : undefined;
  useEffect(() => {
    if (target) form.setFieldError(target.path, target.message);
    // Set once per error: the form's own validation may clear it as the user edits.
  }, [appError]);
  return { pageError: target ? null : appError, fieldError: !!target };
}
