import { Alert, Button, Stack } from '@mantine/core';
import { type AppError, useAuth, useErrorMessage } from '@app/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadCsv, exportUrl } from './csv-download';

type Props = Readonly<{
  /** `/export/deputy-ratings.csv` and the like. */
  path: string;
  params: Readonly<Record<string, string | null | undefined>>;
  /** Used when the server names no file. */
  fallbackName: string;
  label?: string;
  disabled?: boolean;
}>;

/** Downloads the table on screen as CSV (the same figures and suppression as the page), saying plainly if it fails. */
export function ExportButton({ path, params, fallbackName, label, disabled }: Props) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const { session } = useAuth();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const download = async () => {
    setBusy(true);
    setError(null);
    const result = await downloadCsv(exportUrl(path, params), () => session.accessToken(), fallbackName);
    setBusy(false);
    if (result.ok) return;
    setError(result.error);
    if (result.error.code === 'UNAUTHENTICATED') void session.expire();
  };

  return (
    <Stack gap={6} align="flex-start">
      <Button variant="default" onClick={() => void download()} loading={busy} disabled={disabled} data-testid="export-csv">
        {label ?? t('export.csv')}
      </Button>
      {error && (
        <Alert color="red" variant="light" role="alert" p="xs" maw={420}>
          {t('export.failed', { reason: message(error) })}
        </Alert>
      )}
    </Stack>
  );
}
