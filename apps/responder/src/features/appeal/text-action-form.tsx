import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Button, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormError, newCommandId, useServerFormErrors } from '@app/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AnswerAppealMutation,
  AnswerAppealMutationVariables,
  RequestClarificationMutation,
  ResponderCommandResultFragment as AppealCommandResult,
} from '../../gql/graphql';
import { ANSWER_APPEAL, REQUEST_CLARIFICATION } from '../../graphql/appeals';

const MAX = 10_000;
// Both take an AppealTextInput; one form sends either.
type TextCommand = TypedDocumentNode<Partial<AnswerAppealMutation & RequestClarificationMutation>, AnswerAppealMutationVariables>;
const MUTATIONS: Readonly<Record<'answer' | 'clarify', TextCommand>> = { answer: ANSWER_APPEAL, clarify: REQUEST_CLARIFICATION };

/** The answer to the voter, or a question to them (which pauses the answer clock): one text, required. */
export function TextActionForm({
  kind,
  appealId,
  onDone,
}: {
  kind: 'answer' | 'clarify';
  appealId: string;
  onDone: (result: AppealCommandResult) => void;
}) {
  const { t } = useTranslation();
  const [commandId, setCommandId] = useState(newCommandId);
  const form = useForm({
    initialValues: { text: '' },
    validate: {
      text: (value) => (!value.trim() ? t(`${kind}.required`) : [...value.trim()].length > MAX ? t('form.tooLong', { max: MAX }) : null),
    },
  });
  const { formError, handleError, clearFormError } = useServerFormErrors(form, { text: { path: 'text' } });
  const [send, { loading }] = useMutation(MUTATIONS[kind]);

  const onSubmit = form.onSubmit(async ({ text }) => {
    clearFormError();
    try {
      const { data } = await send({ variables: { input: { appealId, text: text.trim(), ...(commandId ? { commandId } : {}) } } });
      const result = kind === 'answer' ? data?.answerAppeal : data?.requestClarification;
      if (!result) return;
      form.reset();
      setCommandId(newCommandId());
      onDone(result);
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate data-testid={`${kind}-form`}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t(`${kind}.hint`)}
        </Text>
        <Textarea label={t(`${kind}.label`)} required autosize minRows={kind === 'answer' ? 6 : 3} {...form.getInputProps('text')} />
        <FormError error={formError} />
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t(`${kind}.submit`)}
        </Button>
      </Stack>
    </form>
  );
}
