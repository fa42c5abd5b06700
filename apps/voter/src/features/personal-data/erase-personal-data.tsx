import { useMutation } from '@apollo/client/react';
import { Button, Card, Checkbox, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { type AppError, FormError, toAppError } from '@app/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ERASE_MY_PERSONAL_DATA } from '../../graphql/personal-data';

/** Erasure (152-ФЗ) destroys the key of the voter's data: it cannot be undone, so it is confirmed twice. */
export function ErasePersonalData() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [understood, setUnderstood] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [erase, { loading }] = useMutation(ERASE_MY_PERSONAL_DATA);

  const confirm = async () => {
    setError(null);
    try {
      await erase({ variables: { input: { confirm: true } } });
      close();
      notifications.show({ color: 'green', message: t('personal.erased') });
    } catch (failure) {
      setError(toAppError(failure));
    }
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="erase-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="erase-title">
          {t('personal.eraseTitle')}
        </Title>
        <Text size="sm">{t('personal.eraseText')}</Text>
        <Button color="red" variant="outline" onClick={open} style={{ alignSelf: 'flex-start' }}>
          {t('personal.eraseOpen')}
        </Button>
      </Stack>
      <Modal opened={opened} onClose={close} title={t('personal.eraseConfirmTitle')} centered>
        <Stack gap="md">
          <Text size="sm">{t('personal.eraseConfirmText')}</Text>
          <Checkbox
            label={t('personal.eraseUnderstood')}
            checked={understood}
            onChange={(event) => setUnderstood(event.currentTarget.checked)}
          />
          <FormError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('form.cancel')}
            </Button>
            <Button color="red" disabled={!understood} loading={loading} onClick={() => void confirm()}>
              {t('personal.eraseConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
