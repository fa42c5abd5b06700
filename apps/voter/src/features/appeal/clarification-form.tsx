import { useMutation } from '@apollo/client/react';
import { Button, Card, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormError, newCommandId, useServerFormErrors } from '@app/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VoterCommandResultFragment as AppealCommandResult } from '../../gql/graphql';
import { PROVIDE_CLARIFICATION } from '../../graphql/appeals';

const MAX = 10_000;

/** The deputy's question and the voter's reply; replying restarts the answer clock. */
export function ClarificationForm({
  appealId,
  question,
  onDone,
}: {
  appealId: string;
  question: string | null;
  onDone: (result: AppealCommandResult) => void;
}) {
  const { t } = useTranslation();
  const [commandId] = useState(newCommandId);
  const form = useForm({
    initialValues: { text: '' },
    validate: {
      text: (value) => (!value.trim() ? t('clarify.required') : [...value.trim()].length > MAX ? t('form.tooLong', { max: MAX }) : null),
    },
  });
  const { formError, handleError, clearFormError } = useServerFormErrors(form, { text: { path: 'text' } });
  const [provide, { loading }] = useMutation(PROVIDE_CLARIFICATION);

  const onSubmit = form.onSubmit(async ({ text }) => {
    clearFormError();
    try {
      const { data } = await provide({ variables: { input: { appealId, text: text.trim(), ...(commandId ? { commandId } : {}) } } });
      if (data) onDone(data.provideClarification);
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="clarify-title">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="clarify-title">
            {t('clarify.title')}
          </Title>
          {question && (
            <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="clarification-question">
              {question}
            </Text>
          )}
          <Textarea label={t('clarify.label')} required autosize minRows={4} {...form.getInputProps('text')} />
          <FormError error={formError} />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('clarify.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
