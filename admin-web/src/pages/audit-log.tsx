import { Badge, Button, Code, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api } from '../api/endpoints.ts';
import { PersonSelect } from '../components/person-select.tsx';
import { Empty, ErrorState, formatDate, Loading } from '../components/states.tsx';

/** The account's audit trail, newest first, filtered by actor, action and tag (kept in the URL). */
export function AuditLogPage() {
  const [params, setParams] = useSearchParams();
  const actor = params.get('actor') ?? '';
  const action = params.get('action') ?? '';
  const tag = params.get('tag') ?? '';
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const [actionQ] = useDebouncedValue(action.trim(), 300);
  const [tagQ] = useDebouncedValue(tag.trim(), 300);
  const filter = { actorUserId: actor || undefined, action: actionQ || undefined, tag: tagQ || undefined };
  const log = useInfiniteQuery({
    queryKey: ['audit-log', filter],
    queryFn: ({ pageParam }) => api.auditLog({ ...filter, beforeId: pageParam, limit: 50 }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBeforeId ?? undefined,
  });
  const entries = log.data?.pages.flatMap((p) => p.entries) ?? [];

  return (
    <Stack gap="md">
      <Title order={2}>Audit log</Title>
      <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label="Filter the audit log">
        <PersonSelect label="Actor" value={actor} onChange={(id) => set('actor', id)} />
        <TextInput
          label="Action"
          placeholder="e.g. user.role_changed"
          value={action}
          onChange={(e) => set('action', e.currentTarget.value)}
        />
        <TextInput
          label="Tag"
          placeholder="e.g. security"
          value={tag}
          onChange={(e) => set('tag', e.currentTarget.value)}
        />
      </Group>
      {log.isPending ? (
        <Loading label="Loading the audit log…" />
      ) : log.isError ? (
        <ErrorState error={log.error} onRetry={() => log.refetch()} />
      ) : entries.length === 0 ? (
        <Empty title="No entries match">{actor || action || tag ? 'Try fewer filters.' : undefined}</Empty>
      ) : (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table aria-label="Audit log" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Who</Table.Th>
                  <Table.Th>Action</Table.Th>
                  <Table.Th>Target</Table.Th>
                  <Table.Th>Tags</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>
                      <Text size="sm">{formatDate(e.occurredAt)}</Text>
                    </Table.Td>
                    <Table.Td>{e.actorLabel}</Table.Td>
                    <Table.Td>
                      <Code>{e.action}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">{e.target ? `${e.target.type} ${e.target.id.slice(0, 8)}` : '—'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {e.tags.map((t) => (
                          <Badge
                            key={t}
                            size="xs"
                            variant="light"
                            component="button"
                            style={{ cursor: 'pointer' }}
                            onClick={() => set('tag', t)}
                            aria-label={`Filter by tag ${t}`}
                          >
                            {t}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {log.hasNextPage ? (
            <Group>
              <Button variant="default" onClick={() => log.fetchNextPage()} loading={log.isFetchingNextPage}>
                Load older entries
              </Button>
            </Group>
          ) : null}
        </>
      )}
    </Stack>
  );
}
