import { Anchor, Badge, Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/endpoints.ts';
import type { AuditEntryView } from '../api/types.ts';
import { PersonSelect } from '../components/person-select.tsx';
import { Empty, ErrorState, formatDate, Loading } from '../components/states.tsx';

/** The account's audit trail, newest first, filtered by actor, action and tag (kept in the URL). */
export function AuditLogPage() {
  const [params, setParams] = useSearchParams();
  const actor = params.get('actor') ?? '';
  const action = params.get('action') ?? '';
  const tag = params.get('tag') ?? '';
  // From the address bar, not this render's params: the router renders a navigation in a
  // transition, so a second filter change right after the first would otherwise undo it.
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(window.location.search);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  // The server names the actions and tags, so the filters offer exactly what it accepts.
  const vocabulary = useQuery({
    queryKey: ['audit-actions'],
    queryFn: api.auditActions,
    staleTime: Infinity,
  });
  const filter = { actorUserId: actor || undefined, action: action || undefined, tag: tag || undefined };
  const log = useInfiniteQuery({
    queryKey: ['audit-log', filter],
    queryFn: ({ pageParam }) => api.auditLog({ ...filter, beforeId: pageParam, limit: 50 }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBeforeId ?? undefined,
  });
  const entries = log.data?.pages.flatMap((p) => p.entries) ?? [];
  const actions = [...(vocabulary.data?.actions ?? [])].sort((a, b) => a.label.localeCompare(b.label));

  return (
    <Stack gap="md">
      <Title order={2}>Audit log</Title>
      <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label="Filter the audit log">
        <PersonSelect label="Actor" value={actor} onChange={(id) => set('actor', id)} />
        <NativeSelect
          label="Action"
          value={action}
          onChange={(e) => set('action', e.currentTarget.value)}
          data={[
            { value: '', label: 'Any action' },
            ...actions.map((a) => ({ value: a.action, label: a.label })),
          ]}
        />
        <NativeSelect
          label="Tag"
          value={tag}
          onChange={(e) => set('tag', e.currentTarget.value)}
          data={[
            { value: '', label: 'Any tag' },
            ...(vocabulary.data?.tags ?? []).map((t) => ({ value: t, label: t })),
          ]}
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
                  <Table.Tr key={e.id} data-testid="audit-entry">
                    <Table.Td>
                      <Text size="sm">{formatDate(e.occurredAt)}</Text>
                    </Table.Td>
                    <Table.Td>{e.actorLabel}</Table.Td>
                    <Table.Td>
                      <Text size="sm" title={e.action}>
                        {e.label}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Target target={e.target} />
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

const TARGET_KIND: Record<string, string> = {
  session: 'Session',
  user: 'Person',
  fix: 'Fix',
  kb_connector: 'Knowledge connector',
  user_invite: 'Invite',
  auth_session: 'Sign-in',
  account: 'Account',
  psa_outbox: 'PSA delivery',
  slack_workspace: 'Slack',
  ticket: 'Ticket',
};

/** The target by name, linked where the admin web has a page for it; a gone object shows its kind. */
function Target({ target }: { target: AuditEntryView['target'] }) {
  if (!target) return <Text size="sm">—</Text>;
  const kind = TARGET_KIND[target.type] ?? target.type;
  const name = !target.gone
    ? (target.name ?? kind)
    : target.name
      ? `${kind} ${target.name} (removed)`
      : `${kind} (no longer exists)`;
  const link = target.link;
  if (!link || target.gone) return <Text size="sm">{name}</Text>;
  const to = {
    session: `/sessions/${link.id}`,
    user: `/users?user=${link.id}`,
    flow: `/flows?flow=${link.id}`,
    script: `/scripts?script=${link.id}`,
  }[link.kind];
  return (
    <Anchor component={Link} to={to} size="sm" lineClamp={2}>
      {name}
    </Anchor>
  );
}
