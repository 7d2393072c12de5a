import { Alert, Badge, Button, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type MemberMapping, type PsaMember, psaApi } from '../api/integrations.ts';
import { useSubmit } from '../api/use-submit.ts';
import { ErrorState, errorMessage, Loading } from '../components/states.tsx';

interface Row {
  userId: string;
  name: string;
  email: string;
  memberIdentifier: string | null;
  matchedBy: 'email' | 'admin' | null;
}

function rowsOf(mapping: MemberMapping): Row[] {
  return [
    ...mapping.linked,
    ...mapping.unmatchedUsers.map((u) => ({ ...u, memberIdentifier: null, matchedBy: null })),
  ].sort((a, b) => a.name.localeCompare(b.name));
}

/** One person: who they are in the PSA, and a picker to set it by hand. */
function MemberRow({ row, members }: { row: Row; members: PsaMember[] | undefined }) {
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState('');
  const map = useMutation({
    mutationFn: (member: PsaMember) =>
      psaApi.map(row.userId, { memberId: member.id, memberIdentifier: member.identifier }),
    onSuccess: (mapping) => {
      queryClient.setQueryData(['psa', 'mapping'], mapping);
      setChoice('');
    },
  });
  const chosen = members?.find((m) => m.id === choice);
  return (
    <Table.Tr data-testid={`psa-member-${row.email}`}>
      <Table.Td>
        <Text size="sm" fw={500}>
          {row.name}
        </Text>
        <Text size="xs" c="dimmed">
          {row.email}
        </Text>
      </Table.Td>
      <Table.Td>
        {row.memberIdentifier ? (
          <Group gap="xs">
            <Text size="sm">{row.memberIdentifier}</Text>
            <Badge size="xs" variant="light" color={row.matchedBy === 'admin' ? 'blue' : 'gray'}>
              {row.matchedBy === 'admin' ? 'set by hand' : 'matched by email'}
            </Badge>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            Not mapped
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <NativeSelect
            aria-label={`PSA member for ${row.name}`}
            size="xs"
            value={choice}
            onChange={(e) => setChoice(e.currentTarget.value)}
            disabled={!members}
            data={[
              { value: '', label: members ? 'Choose a member…' : 'Loading members…' },
              ...(members ?? []).map((m) => ({
                value: m.id,
                label: `${m.identifier} · ${m.name}${m.email ? ` (${m.email})` : ''}`,
              })),
            ]}
          />
          <Button
            size="xs"
            variant="light"
            disabled={!chosen}
            loading={map.isPending}
            onClick={() => chosen && map.mutate(chosen)}
          >
            Map
          </Button>
        </Group>
        {map.isError ? (
          <Text size="xs" c="red" role="alert">
            {errorMessage(map.error)}
          </Text>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

/** Who is who in the PSA: time entries and reassignments need each person's member. */
export function PsaMembers() {
  const queryClient = useQueryClient();
  const mapping = useQuery({ queryKey: ['psa', 'mapping'], queryFn: psaApi.mapping });
  const members = useQuery({ queryKey: ['psa', 'members'], queryFn: psaApi.members, retry: false });
  const sync = useSubmit({
    mutationFn: psaApi.sync,
    onSuccess: async (result) => {
      queryClient.setQueryData(['psa', 'mapping'], result);
      await queryClient.invalidateQueries({ queryKey: ['psa', 'members'] });
    },
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="psa-members">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4" id="psa-members">
            People and PSA members
          </Title>
          <Button variant="default" onClick={() => sync.mutate()} loading={sync.isPending}>
            Sync members by email
          </Button>
        </Group>
        {sync.isSuccess ? (
          <Text size="sm" c="green" role="status">
            Synced: {sync.data.linked.length} mapped, {sync.data.unmatchedUsers.length} without a member.
          </Text>
        ) : null}
        {sync.isError ? (
          <Alert color="red" role="alert">
            {errorMessage(sync.error)}
          </Alert>
        ) : null}
        {members.isError ? (
          <Alert color="orange" role="alert">
            Members could not be listed for mapping by hand: {errorMessage(members.error)}
          </Alert>
        ) : null}
        {mapping.isPending ? <Loading /> : null}
        {mapping.isError ? <ErrorState error={mapping.error} onRetry={() => void mapping.refetch()} /> : null}
        {mapping.data ? (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Person</Table.Th>
                  <Table.Th>PSA member</Table.Th>
                  <Table.Th>Map by hand</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rowsOf(mapping.data).map((row) => (
                  <MemberRow key={row.userId} row={row} members={members.data?.members} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Stack>
    </Paper>
  );
}
