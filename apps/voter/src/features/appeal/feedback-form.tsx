import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, Input, Radio, Rating, Stack, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormError, newCommandId, useServerFormErrors } from '@app/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Solved, VoterCommandResultFragment as AppealCommandResult } from '../../gql/graphql';
import { SUBMIT_FEEDBACK } from '../../graphql/appeals';

const MAX_COMMENT = 2_000;
const SCORES = ['promptness', 'quality', 'attentiveness'] as const;
type Score = (typeof SCORES)[number];
type Values = Record<Score, number> & { solved: Solved | ''; comment: string };

/** Stars for promptness, quality and attentiveness, "was it solved?", a comment; closes the appeal. */
export function FeedbackForm({ appealId, onDone }: { appealId: string; onDone: (result: AppealCommandResult) => void }) {
  const { t } = useTranslation();
  const [commandId] = useState(newCommandId);
  const score = (value: number) => (value >= 1 && value <= 5 ? null : t('feedback.scoreRequired'));
  const form = useForm<Values>({
    initialValues: { promptness: 0, quality: 0, attentiveness: 0, solved: '', comment: '' },
    validate: {
      promptness: score,
      quality: score,
      attentiveness: score,
      solved: (value) => (value ? null : t('feedback.solvedRequired')),
      comment: (value) => ([...value.trim()].length > MAX_COMMENT ? t('form.tooLong', { max: MAX_COMMENT }) : null),
    },
  });
  const { formError, handleError, clearFormError } = useServerFormErrors(form, {
    promptness: { path: 'promptness', message: t('feedback.scoreRequired') },
    quality: { path: 'quality', message: t('feedback.scoreRequired') },
    attentiveness: { path: 'attentiveness', message: t('feedback.scoreRequired') },
    solved: { path: 'solved', message: t('feedback.solvedRequired') },
    comment: { path: 'comment' },
  });
  const [send, { loading }] = useMutation(SUBMIT_FEEDBACK);

  const onSubmit = form.onSubmit(async (values) => {
    clearFormError();
    if (!values.solved) return;
    try {
      const { data } = await send({
        variables: {
          input: {
            appealId,
            promptness: values.promptness,
            quality: values.quality,
            attentiveness: values.attentiveness,
            solved: values.solved,
            comment: values.comment.trim() || null,
            ...(commandId ? { commandId } : {}),
          },
        },
      });
      if (data) onDone(data.submitFeedback);
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="feedback-title">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h4" id="feedback-title">
            {t('feedback.title')}
          </Title>
          {SCORES.map((name) => (
            <StarsField
              key={name}
              label={t(`feedback.${name}`)}
              value={form.values[name]}
              onChange={(value) => form.setFieldValue(name, value)}
              error={form.errors[name]}
            />
          ))}
          <Radio.Group label={t('feedback.solved')} required {...form.getInputProps('solved')}>
            <Group mt="xs">
              {(['YES', 'PARTLY', 'NO'] as const).map((value) => (
                <Radio key={value} value={value} label={t(`feedback.solvedOptions.${value}`)} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea label={t('feedback.comment')} autosize minRows={3} {...form.getInputProps('comment')} />
          <FormError error={formError} />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('feedback.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

/** 1–5 stars, labelled as a group for screen readers. */
function StarsField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: number;
  onChange: (value: number) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Input.Wrapper label={label} labelElement="div" required error={typeof error === 'string' ? error : undefined} id={id}>
      <div role="radiogroup" aria-labelledby={`${id}-label`}>
        <Rating value={value} onChange={onChange} size="lg" getSymbolLabel={(stars) => t('feedback.stars', { count: stars })} />
      </div>
    </Input.Wrapper>
  );
}
