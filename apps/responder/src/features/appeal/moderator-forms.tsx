import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormError, newCommandId, useServerFormErrors } from '@app/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponderCommandResultFragment as AppealCommandResult } from '../../gql/graphql';
import { ASSIGN_APPEAL, RECATEGORIZE_APPEAL } from '../../graphql/appeals';
import { DEPUTIES_QUERY } from '../../graphql/registry';
import { useRegistry } from '../../shared/use-registry';

/** A moderator hands the appeal to a deputy of its own region, saying why. */
export function AssignForm({
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
    .map((deputy) => ({ value: deputy.id, label: deputy.district ? `${deputy.fullName} (${deputy.district})` : deputy.fullName }));
  const form = useForm<{ deputyId: string | null; reason: string }>({
    initialValues: { deputyId: null, reason: '' },
    validate: {
      deputyId: (value) => (value ? null : t('assign.deputyRequired')),
      reason: (value) => (value.trim() ? null : t('assign.reasonRequired')),
    },
  });
  const { formError, handleError, clearFormError } = useServerFormErrors(form, {
    deputyId: { path: 'deputyId' },
    reason: { path: 'reason' },
  });
  const [assign, { loading }] = useMutation(ASSIGN_APPEAL);

  const onSubmit = form.onSubmit(async ({ deputyId, reason }) => {
    clearFormError();
    if (!deputyId) return;
    try {
      const { data } = await assign({
        variables: { input: { appealId, deputyId, reason: reason.trim(), ...(commandId ? { commandId } : {}) } },
      });
      if (data) onDone(data.assignAppeal);
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate data-testid="assign-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('assign.hint')}
        </Text>
        <Select
          label={t('assign.deputy')}
          required
          searchable
          data={options}
          nothingFoundMessage={t('assign.noDeputies')}
          {...form.getInputProps('deputyId')}
        />
        <Textarea label={t('assign.reason')} required autosize minRows={2} {...form.getInputProps('reason')} />
        <FormError error={formError} />
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('assign.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** A moderator corrects the topic; deadlines stay as they are. */
export function RecategorizeForm({
  appealId,
  currentCategoryId,
  onDone,
}: {
  appealId: string;
  currentCategoryId: string;
  onDone: (result: AppealCommandResult) => void;
}) {
  const { t } = useTranslation();
  const [commandId] = useState(newCommandId);
  const { categoryOptions } = useRegistry(null);
  const form = useForm<{ categoryId: string | null }>({
    initialValues: { categoryId: null },
    validate: {
      categoryId: (value) => (!value ? t('recategorize.required') : value === currentCategoryId ? t('recategorize.same') : null),
    },
  });
  const { formError, handleError, clearFormError } = useServerFormErrors(form, { categoryId: { path: 'categoryId' } });
  const [recategorize, { loading }] = useMutation(RECATEGORIZE_APPEAL);

  const onSubmit = form.onSubmit(async ({ categoryId }) => {
    clearFormError();
    if (!categoryId) return;
    try {
      const { data } = await recategorize({ variables: { input: { appealId, categoryId, ...(commandId ? { commandId } : {}) } } });
      if (data) onDone(data.recategorizeAppeal);
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate data-testid="recategorize-form">
      <Stack gap="sm">
        <Select label={t('recategorize.category')} required searchable data={categoryOptions} {...form.getInputProps('categoryId')} />
        <FormError error={formError} />
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('recategorize.submit')}
        </Button>
      </Stack>
    </form>
  );
}
