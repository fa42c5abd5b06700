import { notifications } from '@mantine/notifications';

/** A short confirmation that a command was accepted; its close button is named for screen readers. */
export function notifySuccess(message: string, closeLabel: string): void {
  notifications.show({ color: 'green', message, closeButtonProps: { 'aria-label': closeLabel } });
}
