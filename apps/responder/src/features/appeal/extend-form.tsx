import { useMutation } from '@apollo/client/react';
import { Button, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormError, hasErrorCode, newCommandId, useServerFormErrors } from '@app/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponderCommandResultFragment as AppealCommandResult } from '../../gql/graphql';
import { EXTEND_DEADLINE } from '../../graphql/appeals';

const MAX_DAYS = 30;
const MAX_REASON = 2_000;

/** 59-ФЗ allows one extension of up to 30 days; the reason is shown to the voter. */
export function ExtendForm({ appealId, onDone }: { appealId: string; onDone: (result: AppealCommandResult) => void }) {
  const { t } = useTranslation();
  const [commandId] = useState(newCommandId);
  const form = useForm<{ days: number | string; reason: string }>({
    initialValues: { days: 14, reason: '' },
    validate: {
      days: (value) =>
        typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_DAYS
          ? null
          : t('extend.daysRange', { max: MAX_DAYS }),
      reason: (value) =>
        !value.trim() ? t('extend.reasonRequired') : [...value.trim()].length > MAX_REASON ? t('form.tooLong', { max: MAX_REASON }) : null,
    },
  });
  const { formError, handleError, clearFormError } = useServerFormErrors(form, {
    days: { path: 'days', message: t('extend.daysRange', { max: MAX_DAYS }) },
    reason: { path: 'reason' },
  });
  const [extend, { loading }] = useMutation(EXTEND_DEADLINE);

  const onSubmit = form.onSubmit(async ({ days, reason }) => {
    clearFormError();
    try {
      const { data } = await extend({
        variables: { input: { appealId, days: Number(days), reason: reason.trim(), ...(commandId ? { commandId } : {}) } },
      });
      if (data) onDone(data.extendDeadline);
    } catch (error) {
      // A second extension is refused as CONFLICT: it is about the days asked for, so say it there.
      if (hasErrorCode(error, 'CONFLICT')) form.setFieldError('days', t('extend.alreadyExtended'));
      else handleError(error);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate data-testid="extend-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('extend.hint')}
        </Text>
        <NumberInput
          label={t('extend.days')}
          required
          min={1}
          max={MAX_DAYS}
          allowDecimal={false}
          hideControls
          w={160}
          {...form.getInputProps('days')}
        />
        <Textarea
          label={t('extend.reason')}
          description={t('extend.reasonHint')}
          required
          autosize
          minRows={2}
          {...form.getInputProps('reason')}
        />
        <FormError error={formError} />
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('extend.submit')}
        </Button>
      </Stack>
    </form>
  );
}
