import {
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { sessionStatusLabel } from '../../../core/sessions/status-label.ts';
import { api } from '../api/endpoints.ts';
import { CHANNEL_KINDS, SESSION_STATUSES } from '../api/types.ts';
import { PersonSelect } from '../components/person-select.tsx';
import { Empty, ErrorState, formatDate, Loading } from '../components/states.tsx';
import { WelcomeChecklist } from '../components/welcome-checklist.tsx';

const PAGE = 25;

const STATUS_COLORS: Record<string, string> = {
  active: 'blue',
  resolved: 'green',
  resolved_local: 'green',
  escalated: 'orange',
  escalated_local: 'orange',
};
const CHANNEL_LABELS: Record<string, string> = { slack: 'Slack', teams: 'Teams', web: 'Web console' };

const WRAPPING_BADGE = {
  root: { height: 'auto', minHeight: 'var(--badge-height)', paddingBlock: 2 },
  label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip' },
} as const;

export function StatusBadge({ status }: { status: string }) {
  return (
    // tt="none": the label's own capitals, not Mantine's upper-case badge text. A long label
    // ("Resolved (note kept in ResolutionFlow)") wraps in a narrow column rather than ending in "…".
    <Badge color={STATUS_COLORS[status] ?? 'gray'} variant="light" tt="none" styles={WRAPPING_BADGE}>
      {sessionStatusLabel(status)}
    </Badge>
  );
}

/** A yyyy-mm-dd from a date input as the start of that day, local time, in ISO form. */
function dayStart(day: string, plusDays = 0): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plusDays).toISOString();
}

/** Sessions with filters kept in the URL (shareable, and Back restores them). */
export function SessionsPage() {
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const channel = params.get('channel') ?? '';
  const owner = params.get('owner') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete('offset');
    setParams(next, { replace: true });
  };

  const page = (to: number) => {
    const next = new URLSearchParams(params);
    if (to > 0) next.set('offset', String(to));
    else next.delete('offset');
    setParams(next);
  };

  const users = useQuery({ queryKey: ['users'], queryFn: api.users });
  const names = new Map((users.data?.users ?? []).map((u) => [u.id, u.name]));
  const filter = {
    status: status || undefined,
    channel: channel || undefined,
    ownerUserId: owner || undefined,
    createdAfter: from ? dayStart(from) : undefined,
    // "to" is inclusive of the whole day.
    createdBefore: to ? dayStart(to, 1) : undefined,
    limit: PAGE,
    offset,
  };
  const list = useQuery({
    queryKey: ['sessions', filter],
    queryFn: () => api.sessions(filter),
    placeholderData: keepPreviousData,
  });
  const rangeError = from && to && from > to ? 'The start date is after the end date.' : undefined;

  return (
    <Stack gap="md">
      <WelcomeChecklist />
      <Title order={2}>Sessions</Title>
      <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label="Filter sessions">
        <NativeSelect
          label="Status"
          value={status}
          onChange={(e) => set('status', e.currentTarget.value)}
          data={[
            { value: '', label: 'Any status' },
            ...SESSION_STATUSES.map((s) => ({ value: s, label: sessionStatusLabel(s) })),
          ]}
        />
        <NativeSelect
          label="Channel"
          value={channel}
          onChange={(e) => set('channel', e.currentTarget.value)}
          data={[
            { value: '', label: 'Any channel' },
            ...CHANNEL_KINDS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] ?? c })),
          ]}
        />
        <PersonSelect label="Engineer" value={owner} onChange={(id) => set('owner', id)} />
        <TextInput
          label="From"
          type="date"
          value={from}
          onChange={(e) => set('from', e.currentTarget.value)}
        />
        <TextInput
          label="To"
          type="date"
          value={to}
          onChange={(e) => set('to', e.currentTarget.value)}
          error={rangeError}
        />
        {status || channel || owner || from || to ? (
          <Button variant="subtle" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
            Clear filters
          </Button>
        ) : null}
      </Group>

      {list.isPending ? (
        <Loading label="Loading sessions…" />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : list.data.sessions.length === 0 ? (
        <Empty title="No sessions match">
          {offset === 0 && !status && !channel && !owner && !from && !to
            ? 'Sessions appear here when someone asks the bot for help in Slack, Teams or Try the bot.'
            : 'Try fewer filters.'}
        </Empty>
      ) : (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover aria-label="Sessions">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Problem</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Channel</Table.Th>
                  <Table.Th>Engineer</Table.Th>
                  <Table.Th>Ticket</Table.Th>
                  <Table.Th>Opened</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.sessions.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td maw={360}>
                      <Anchor component={Link} to={`/sessions/${s.id}`} lineClamp={2}>
                        {s.problemSummary}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={s.status} />
                    </Table.Td>
                    <Table.Td>{CHANNEL_LABELS[s.channelKind] ?? s.channelKind}</Table.Td>
                    <Table.Td>{names.get(s.ownerUserId) ?? '—'}</Table.Td>
                    <Table.Td>{s.ticket ? `#${s.ticket.externalId}` : '—'}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDate(s.createdAt)}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between">
            <Button
              variant="default"
              disabled={offset === 0}
              onClick={() => page(Math.max(0, offset - PAGE))}
            >
              Newer
            </Button>
            <Button variant="default" disabled={!list.data.hasMore} onClick={() => page(offset + PAGE)}>
              Older
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
