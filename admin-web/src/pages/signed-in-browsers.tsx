import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/endpoints.ts';
import type { BrowserSessionView } from '../api/types.ts';
import { useSession } from '../auth/session.tsx';
import { Empty, ErrorState, errorMessage, formatDate, Loading } from '../components/states.tsx';

const DEVICE_WORDS: Record<BrowserSessionView['device'], string> = {
  desktop: 'Computer',
  mobile: 'Phone',
  tablet: 'Tablet',
  unknown: 'No device info',
};
const METHOD_WORDS: Record<string, string> = {
  password: 'password',
  entra: 'Microsoft',
  slack: 'Slack',
  invite: 'invite',
};

function BrowserRow({ s, onSignedOut }: { s: BrowserSessionView; onSignedOut: (current: boolean) => void }) {
  const revoke = useMutation({
    mutationFn: () => api.signOutBrowser(s.id),
    onSuccess: (result) => onSignedOut(result.wasCurrent),
  });
  return (
    <Table.Tr data-testid="browser-session-row">
      <Table.Td>
        <Text size="sm" fw={500}>
          {s.userName}
        </Text>
        <Text size="xs" c="dimmed">
          {s.userEmail}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Text size="sm">{s.label}</Text>
          {s.current ? <Badge size="xs">this browser</Badge> : null}
        </Group>
        <Text size="xs" c="dimmed">
          {DEVICE_WORDS[s.device]} · signed in with {METHOD_WORDS[s.method] ?? s.method}{' '}
          {formatDate(s.signedInAt)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace">
          {s.ipAddress ?? '—'}
        </Text>
      </Table.Td>
      <Table.Td>{formatDate(s.lastSeenAt)}</Table.Td>
      <Table.Td>
        <Button
          size="xs"
          variant="light"
          color="red"
          loading={revoke.isPending}
          onClick={() => revoke.mutate()}
          aria-label={`Sign out ${s.userName} on ${s.label}${s.current ? ' (this browser)' : ''}`}
        >
          Sign out this one
        </Button>
        {revoke.isError ? (
          <Text size="xs" c="red" role="alert">
            {errorMessage(revoke.error)}
          </Text>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * One row per signed-in browser (device, browser, IP, last seen) with "Sign out this one". Admins
 * see everyone's; the server decides, so this lists whatever it answers.
 */
export function SignedInBrowsers() {
  const { signOut } = useSession();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ['browser-sessions'], queryFn: api.browserSessions });
  const signedOut = async (current: boolean) => {
    if (current) {
      await signOut('signed_out');
      return;
    }
    await queryClient.invalidateQueries({ queryKey: ['browser-sessions'] });
    await queryClient.invalidateQueries({ queryKey: ['active-sessions'] });
  };
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        Signed-in browsers
      </Title>
      <Text size="sm" c="dimmed">
        "Last seen" moves whenever the browser renews its sign-in (about every 15 minutes while open).
      </Text>
      {list.isPending ? (
        <Loading label="Loading browsers…" />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : list.data.sessions.length === 0 ? (
        <Empty title="No signed-in browsers" />
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table aria-label="Signed-in browsers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Person</Table.Th>
                <Table.Th>Browser and device</Table.Th>
                <Table.Th>IP address</Table.Th>
                <Table.Th>Last seen</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.sessions.map((s) => (
                <BrowserRow key={s.id} s={s} onSignedOut={signedOut} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
