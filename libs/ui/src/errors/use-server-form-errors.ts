import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AppError, toAppError } from './app-error';

type FieldErrorTarget<Field extends string> = Readonly<{ path: Field; message?: string }>;

/** What a Mantine form offers for showing an error next to a field. */
type FormWithErrors<Field extends string> = Readonly<{ setFieldError: (path: Field, error: string) => void }>;

/**
 * Shows a refused submission where it belongs: a BAD_USER_INPUT naming a field of this form goes next to
 * that field (with the form's own wording for it); anything else becomes the form's error, shown by
 * <FormError>. `fields` maps the API's input field names to the form's.
 */
export function useServerFormErrors<Field extends string>(
  form: FormWithErrors<Field>,
  fields: Readonly<Partial<Record<string, FieldErrorTarget<Field>>>>,
): { formError: AppError | null; handleError: (error: unknown) => void; clearFormError: () => void } {
  const { t } = useTranslation('ui');
  const [formError, setFormError] = useState<AppError | null>(null);
  const handleError = useCallback(
    (error: unknown) => {
      const appError = toAppError(error);
      const target = appError.code === 'BAD_USER_INPUT' && appError.field ? fields[appError.field] : undefined;
      if (target) {
        form.setFieldError(target.path, target.message ?? t('errors.fieldRejected'));
        setFormError(null);
      } else {
        setFormError(appError);
      }
    },
    [fields, form, t],
  );
  const clearFormError = useCallback(() => setFormError(null), []);
  return { formError, handleError, clearFormError };
}
