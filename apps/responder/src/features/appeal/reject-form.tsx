import { useMutation } from '@apollo/client/react';
import { Button, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormError, newCommandId, useServerFormErrors } from '@app/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RejectReason, ResponderCommandResultFragment as AppealCommandResult } from '../../gql/graphql';
import { REJECT_APPEAL } from '../../graphql/appeals';

const MAX_NOTE = 2_000;
// The reasons in the order the select offers them; a Record, so a reason the schema adds does not compile until placed.
const REASON_ORDER: Readonly<Record<RejectReason, number>> = { SPAM: 0, ABUSE: 1, NOT_AN_APPEAL: 2, DUPLICATE: 3 };
const REJECT_REASONS = (Object.keys(REASON_ORDER) as RejectReason[]).sort((a, b) => REASON_ORDER[a] - REASON_ORDER[b]);

/** Spam, abuse, not an appeal or a duplicate; the text is kept. */
export function RejectForm({ appealId, onDone }: { appealId: string; onDone: (result: AppealCommandResult) => void }) {
  const { t } = useTranslation();
  const [commandId] = useState(newCommandId);
  const form = useForm<{ reason: RejectReason | null; note: string }>({
    initialValues: { reason: null, note: '' },
    validate: {
      reason: (value) => (value ? null : t('reject.reasonRequired')),
      note: (value) => ([...value.trim()].length > MAX_NOTE ? t('form.tooLong', { max: MAX_NOTE }) : null),
    },
  });
  const { formError, handleError, clearFormError } = useServerFormErrors(form, { reason: { path: 'reason' }, note: { path: 'note' } });
  const [reject, { loading }] = useMutation(REJECT_APPEAL);

  const onSubmit = form.onSubmit(async ({ reason, note }) => {
    clearFormError();
    if (!reason) return;
    try {
      const { data } = await reject({
        variables: { input: { appealId, reason, note: note.trim() || null, ...(commandId ? { commandId } : {}) } },
      });
      if (data) onDone(data.rejectAppeal);
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate data-testid="reject-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('reject.hint')}
        </Text>
        <Select
          label={t('reject.reason')}
          required
          data={REJECT_REASONS.map((value) => ({ value, label: t(`reject.reasons.${value}`) }))}
          {...form.getInputProps('reason')}
        />
        <Textarea label={t('reject.note')} autosize minRows={2} {...form.getInputProps('note')} />
        <FormError error={formError} />
        <Button type="submit" color="red" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('reject.submit')}
        </Button>
      </Stack>
    </form>
  );
}
