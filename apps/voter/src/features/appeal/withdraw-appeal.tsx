import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { FormError, newCommandId, toAppError, type AppError } from '@app/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VoterCommandResultFragment as AppealCommandResult } from '../../gql/graphql';
import { WITHDRAW_APPEAL } from '../../graphql/appeals';

/** Withdrawing is final, so it asks first. */
export function WithdrawAppeal({ appealId, onDone }: { appealId: string; onDone: (result: AppealCommandResult) => void }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [commandId] = useState(newCommandId);
  const [error, setError] = useState<AppError | null>(null);
  const [withdraw, { loading }] = useMutation(WITHDRAW_APPEAL);

  const confirm = async () => {
    setError(null);
    try {
      const { data } = await withdraw({ variables: { input: { appealId, ...(commandId ? { commandId } : {}) } } });
      if (!data) return;
      close();
      onDone(data.withdrawAppeal);
    } catch (failure) {
      setError(toAppError(failure));
    }
  };

  return (
    <>
      <Button variant="subtle" color="red" onClick={open} style={{ alignSelf: 'flex-start' }}>
        {t('withdraw.open')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('withdraw.title')} centered>
        <Stack gap="md">
          <Text size="sm">{t('withdraw.text')}</Text>
          <FormError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('form.cancel')}
            </Button>
            <Button color="red" loading={loading} onClick={() => void confirm()}>
              {t('withdraw.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
