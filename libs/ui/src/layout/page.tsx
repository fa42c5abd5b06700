import { Stack, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { useAppInfo } from './app-info';

/** A page: its heading, and the browser tab's title to match. */
export function Page({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  const { appName } = useAppInfo();
  useEffect(() => {
    document.title = `${title} · ${appName}`;
  }, [title, appName]);
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1} size="h2">
          {title}
        </Title>
        {actions}
      </Stack>
      {children}
    </Stack>
  );
}
