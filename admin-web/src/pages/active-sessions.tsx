import { Alert, Badge, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/endpoints.ts';
import { useSession } from '../auth/session.tsx';
import { Empty, ErrorState, errorMessage, formatDate, Loading } from '../components/states.tsx';
import { SignedInBrowsers } from './signed-in-browsers.tsx';

type Scope = 'others' | 'everyone';

const CONFIRM: Record<Scope, { title: string; body: string; button: string }> = {
  others: {
    title: 'Sign out everyone except you?',
    body: 'Every other person is signed out of the admin web on all their browsers and must sign in again. You stay signed in here.',
    button: 'Sign out everyone else',
  },
  everyone: {
    title: 'Sign out everyone, including you?',
    body: 'Every person, you included, is signed out on all browsers. You will go to the sign-in page next.',
    button: 'Sign out everyone',
  },
};

/** Who holds a live session, and the two bulk revokes with a confirmation each. */
export function ActiveSessionsPage() {
  const { signOut } = useSession();
  const queryClient = useQueryClient();
  const [confirm, setConfirm] = useState<Scope | null>(null);
  const list = useQuery({ queryKey: ['active-sessions'], queryFn: api.activeSessions });
  const revoke = useMutation({
    mutationFn: api.revokeSessions,
    onSuccess: async (_result, scope) => {
      setConfirm(null);
      if (scope === 'everyone') {
        await signOut('revoked');
        return;
      }
      await queryClient.invalidateQueries({ queryKey: ['active-sessions'] });
      await queryClient.invalidateQueries({ queryKey: ['browser-sessions'] });
    },
  });
  const users = list.data?.users ?? [];
  const others = users.filter((u) => !u.isMe).length;

  return (
    <Stack gap="md">
      <Title order={2}>Active sessions</Title>
      <Text size="sm" c="dimmed">
        People signed in to the admin web on at least one browser.
      </Text>
      <Group>
        <Button color="red" variant="light" onClick={() => setConfirm('others')} disabled={!list.isSuccess}>
          Sign out everyone except me
        </Button>
        <Button color="red" onClick={() => setConfirm('everyone')} disabled={!list.isSuccess}>
          Sign out everyone including me
        </Button>
      </Group>
      {revoke.isSuccess && revoke.variables === 'others' ? (
        <Alert color="green" role="status" data-testid="revoke-result">
          Signed out {revoke.data.revoked} session{revoke.data.revoked === 1 ? '' : 's'}.
        </Alert>
      ) : null}
      <Modal
        opened={confirm !== null}
        onClose={() => setConfirm(null)}
        title={confirm ? CONFIRM[confirm].title : ''}
        centered
      >
        {confirm ? (
          <Stack gap="md">
            <Text size="sm">{CONFIRM[confirm].body}</Text>
            {confirm === 'others' ? (
              <Text size="sm" c="dimmed">
                {others} other {others === 1 ? 'person is' : 'people are'} signed in now.
              </Text>
            ) : null}
            {revoke.isError ? (
              <Alert color="red" role="alert">
                {errorMessage(revoke.error)}
              </Alert>
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirm(null)} data-autofocus>
                Cancel
              </Button>
              <Button color="red" loading={revoke.isPending} onClick={() => revoke.mutate(confirm)}>
                {CONFIRM[confirm].button}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
      {list.isPending ? (
        <Loading label="Loading sessions…" />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : users.length === 0 ? (
        <Empty title="Nobody is signed in" />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label="Signed-in people">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Person</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Browsers</Table.Th>
                <Table.Th>Last sign-in</Table.Th>
                <Table.Th>Last active</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.map((u) => (
                <Table.Tr key={u.userId} data-testid="active-session-row">
                  <Table.Td>
                    {/* A Group, not a Text: a Badge is a <div>, which may not sit inside a <p>. */}
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={500}>
                        {u.name}
                      </Text>
                      {u.isMe ? <Badge size="xs">you</Badge> : null}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {u.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>{u.role}</Table.Td>
                  <Table.Td>{u.sessionCount}</Table.Td>
                  <Table.Td>{formatDate(u.lastSignInAt)}</Table.Td>
                  <Table.Td>{formatDate(u.lastUsedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <SignedInBrowsers />
    </Stack>
  );
}
