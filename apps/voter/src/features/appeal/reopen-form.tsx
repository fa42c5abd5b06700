import { useMutation } from '@apollo/client/react';
import { Button, Card, Collapse, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { FormError, newCommandId, useServerFormErrors } from '@app/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VoterCommandResultFragment as AppealCommandResult } from '../../gql/graphql';
import { REOPEN_APPEAL } from '../../graphql/appeals';

const MAX = 2_000;

/** "The problem is not solved": the voter says why, and the deputy has to answer again. */
export function ReopenForm({ appealId, onDone }: { appealId: string; onDone: (result: AppealCommandResult) => void }) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  const [commandId] = useState(newCommandId);
  const form = useForm({
    initialValues: { reason: '' },
    validate: {
      reason: (value) => (!value.trim() ? t('reopen.required') : [...value.trim()].length > MAX ? t('form.tooLong', { max: MAX }) : null),
    },
  });
  const { formError, handleError, clearFormError } = useServerFormErrors(form, { reason: { path: 'reason' } });
  const [reopen, { loading }] = useMutation(REOPEN_APPEAL);

  const onSubmit = form.onSubmit(async ({ reason }) => {
    clearFormError();
    try {
      const { data } = await reopen({ variables: { input: { appealId, reason: reason.trim(), ...(commandId ? { commandId } : {}) } } });
      if (data) onDone(data.reopenAppeal);
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="reopen-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="reopen-title">
          {t('reopen.title')}
        </Title>
        <Text size="sm">{t('reopen.text')}</Text>
        {!opened && (
          <Button variant="default" onClick={toggle} style={{ alignSelf: 'flex-start' }} aria-expanded={opened}>
            {t('reopen.open')}
          </Button>
        )}
        <Collapse expanded={opened}>
          <form onSubmit={onSubmit} noValidate>
            <Stack gap="sm">
              <Textarea label={t('reopen.reason')} required autosize minRows={3} {...form.getInputProps('reason')} />
              <FormError error={formError} />
              <Button type="submit" color="orange" loading={loading} style={{ alignSelf: 'flex-start' }}>
                {t('reopen.submit')}
              </Button>
            </Stack>
          </form>
        </Collapse>
      </Stack>
    </Card>
  );
}
