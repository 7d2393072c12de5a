import { Center, Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

/** The centred card signed-out pages (sign-up, verify email, talk to sales) sit in. */
export function PublicFrame({ children, width = 460 }: { children: ReactNode; width?: number }) {
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={width} component="main">
        <Stack gap="md">{children}</Stack>
      </Paper>
    </Center>
  );
}
