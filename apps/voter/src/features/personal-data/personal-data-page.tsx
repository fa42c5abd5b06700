import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { ErrorState, FormError, LoadingState, Page, useFormat, useServerFormErrors } from '@app/ui';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { VoterPersonalDataFragment as MyPersonalData } from '../../gql/graphql';
import { MY_PERSONAL_DATA_QUERY, UPDATE_MY_PERSONAL_DATA } from '../../graphql/personal-data';
import { ErasePersonalData } from './erase-personal-data';

const LIMITS = { name: 200, contact: 200, postalAddress: 500 } as const;

/** What the platform keeps about the voter (encrypted, outside the appeal history), who read it, and erasure. */
export function PersonalDataPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MY_PERSONAL_DATA_QUERY);
  return (
    <Page title={t('personal.title')}>
      <Text>{t('personal.intro')}</Text>
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingState />
      ) : data.myPersonalData.erased ? (
        <Alert color="gray" variant="light" title={t('personal.erasedTitle')}>
          {t('personal.erasedText')}
        </Alert>
      ) : (
        <>
          <PersonalDataForm data={data.myPersonalData} />
          <AccessLog log={data.myPersonalData.accessLog} />
          <ErasePersonalData />
        </>
      )}
    </Page>
  );
}

function PersonalDataForm({ data }: { data: MyPersonalData }) {
  const { t } = useTranslation();
  const tooLong = (field: keyof typeof LIMITS) => (value: string) =>
    [...value.trim()].length > LIMITS[field] ? t('form.tooLong', { max: LIMITS[field] }) : null;
  const form = useForm({
    initialValues: { name: data.name ?? '', contact: data.contact ?? '', postalAddress: data.postalAddress ?? '' },
    validate: {
      name: (value) => (!value.trim() ? t('personal.nameRequired') : tooLong('name')(value)),
      contact: tooLong('contact'),
      postalAddress: tooLong('postalAddress'),
    },
  });
  const { setValues, resetDirty } = form;
  useEffect(() => {
    const values = { name: data.name ?? '', contact: data.contact ?? '', postalAddress: data.postalAddress ?? '' };
    setValues(values);
    resetDirty(values);
  }, [data.name, data.contact, data.postalAddress, setValues, resetDirty]);
  const { formError, handleError, clearFormError } = useServerFormErrors(form, {
    name: { path: 'name' },
    contact: { path: 'contact' },
    postalAddress: { path: 'postalAddress' },
  });
  const [save, { loading }] = useMutation(UPDATE_MY_PERSONAL_DATA);

  const onSubmit = form.onSubmit(async (values) => {
    clearFormError();
    try {
      await save({
        variables: {
          input: { name: values.name.trim(), contact: values.contact.trim() || null, postalAddress: values.postalAddress.trim() || null },
        },
      });
      notifications.show({ color: 'green', message: t('personal.saved') });
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="personal-form-title">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="personal-form-title">
            {t('personal.formTitle')}
          </Title>
          {!data.name && <Text size="sm">{t('personal.nothingYet')}</Text>}
          <TextInput label={t('personal.name')} required autoComplete="name" {...form.getInputProps('name')} />
          <TextInput
            label={t('personal.contact')}
            description={t('personal.contactHint')}
            autoComplete="email"
            {...form.getInputProps('contact')}
          />
          <TextInput label={t('personal.postalAddress')} autoComplete="street-address" {...form.getInputProps('postalAddress')} />
          <FormError error={formError} />
          <Button type="submit" loading={loading} disabled={!form.isDirty()} style={{ alignSelf: 'flex-start' }}>
            {t('personal.save')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

function AccessLog({ log }: { log: MyPersonalData['accessLog'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="access-log-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="access-log-title">
          {t('personal.accessLogTitle')}
        </Title>
        {log.length === 0 ? (
          <Text c="dimmed">{t('personal.accessLogEmpty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={420}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('personal.accessedAt')}</Table.Th>
                  <Table.Th>{t('personal.reader')}</Table.Th>
                  <Table.Th>{t('personal.purpose')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {log.map((entry, index) => (
                  <Table.Tr key={`${entry.accessedAt}-${index}`}>
                    <Table.Td>{format.dateTime(entry.accessedAt)}</Table.Td>
                    <Table.Td>{t(`ui:roles.${entry.readerRole}`, { defaultValue: entry.readerRole })}</Table.Td>
                    <Table.Td>{entry.appealId ? t('personal.purposeAppeal') : entry.purpose}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
