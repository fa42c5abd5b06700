import { useMutation, useQuery } from '@apollo/client/react';
import { Button, SegmentedControl, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormError, newCommandId, useServerFormErrors } from '@app/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponderCommandResultFragment as AppealCommandResult } from '../../gql/graphql';
import { FORWARD_APPEAL } from '../../graphql/appeals';
import { DEPUTIES_QUERY } from '../../graphql/registry';

type Values = { to: 'deputy' | 'authority'; deputyId: string | null; authority: string; reason: string };

/** Hand the appeal to another deputy of the region (deadlines unchanged) or to an outside authority (final). */
export function ForwardForm({
  appealId,
  regionCode,
  currentDeputyId,
  onDone,
}: {
  appealId: string;
  regionCode: string;
  currentDeputyId: string | null;
  onDone: (result: AppealCommandResult) => void;
}) {
  const { t } = useTranslation();
  const [commandId] = useState(newCommandId);
  const deputies = useQuery(DEPUTIES_QUERY, { variables: { regionCode }, fetchPolicy: 'cache-first' });
  const options = (deputies.data?.deputies ?? [])
    .filter((deputy) => deputy.id !== currentDeputyId)
    .map((deputy) => ({ value: deputy.id, label: deputy.fullName }));
  const form = useForm<Values>({
    initialValues: { to: 'deputy', deputyId: null, authority: '', reason: '' },
    validate: {
      deputyId: (value, values) => (values.to === 'deputy' && !value ? t('forward.deputyRequired') : null),
      authority: (value, values) => (values.to === 'authority' && !value.trim() ? t('forward.authorityRequired') : null),
      reason: (value) => (value.trim() ? null : t('forward.reasonRequired')),
    },
  });
  const { formError, handleError, clearFormError } = useServerFormErrors(form, {
    toDeputyId: { path: 'deputyId' },
    'to.deputyId': { path: 'deputyId' },
    to: { path: 'deputyId' },
    toAuthority: { path: 'authority' },
    reason: { path: 'reason' },
  });
  const [forward, { loading }] = useMutation(FORWARD_APPEAL);

  const onSubmit = form.onSubmit(async (values) => {
    clearFormError();
    try {
      const target = values.to === 'deputy' ? { toDeputyId: values.deputyId } : { toAuthority: values.authority.trim() };
      const { data } = await forward({
        variables: { input: { appealId, reason: values.reason.trim(), ...target, ...(commandId ? { commandId } : {}) } },
      });
      if (data) onDone(data.forwardAppeal);
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate data-testid="forward-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('forward.hint')}
        </Text>
        <SegmentedControl
          aria-label={t('forward.to')}
          data={[
            { value: 'deputy', label: t('forward.toDeputy') },
            { value: 'authority', label: t('forward.toAuthority') },
          ]}
          {...form.getInputProps('to')}
        />
        {form.values.to === 'deputy' ? (
          <Select label={t('forward.deputy')} required searchable data={options} {...form.getInputProps('deputyId')} />
        ) : (
          <TextInput
            label={t('forward.authority')}
            required
            placeholder={t('forward.authorityPlaceholder')}
            {...form.getInputProps('authority')}
          />
        )}
        <Textarea label={t('forward.reason')} required autosize minRows={2} {...form.getInputProps('reason')} />
        <FormError error={formError} />
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('forward.submit')}
        </Button>
      </Stack>
    </form>
  );
}
