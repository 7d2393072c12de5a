import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatAge } from '../../../core/tickets/views.ts';
import { type QueueFilter, type StartedTicketView, type TicketView, ticketsApi } from '../api/tickets.ts';
import { Empty, ErrorState, errorMessage, Loading } from '../components/states.tsx';
import { WalkInDialog } from './l1-walk-in.tsx';

const PRIORITY_COLOR: Record<TicketView['priority'], string> = {
  low: 'gray',
  medium: 'blue',
  high: 'orange',
  urgent: 'red',
};
const STATUS_LABEL: Record<TicketView['status'], string> = {
  open: 'Open',
  in_progress: 'In progress',
  escalated: 'Escalated',
  resolved: 'Resolved',
  closed: 'Closed',
};
const RULE_LABEL: Record<NonNullable<StartedTicketView['decision']>['rule'], string> = {
  authored: 'Authored flow',
  validated_draft: 'Validated draft',
  kb_build: 'Built from the knowledge base',
  none: 'No flow',
};

/** What Start answered: the flow chosen for the ticket (and why), and the way into its session. */
function StartedNotice({ started, onClose }: { started: StartedTicketView; onClose: () => void }) {
  const d = started.decision;
  return (
    <Alert
      color="green"
      title={`Started: ${started.ticket.summary}`}
      withCloseButton
      onClose={onClose}
      data-testid="started-notice"
    >
      <Stack gap={4}>
        {d ? (
          <Text size="sm">
            <b>{RULE_LABEL[d.rule]}</b>
            {d.flowTitle ? `: ${d.flowTitle}` : ''} — {d.reason}
          </Text>
        ) : (
          <Text size="sm">You had already started this ticket.</Text>
        )}
        <Anchor component={Link} to={`/sessions/${started.sessionId}`}>
          Open the session
        </Anchor>
      </Stack>
    </Alert>
  );
}

function QueueRow({ ticket, onStarted }: { ticket: TicketView; onStarted: (s: StartedTicketView) => void }) {
  const queryClient = useQueryClient();
  const start = useMutation({
    mutationFn: () => ticketsApi.start(ticket.id),
    onSuccess: async (started) => {
      onStarted(started);
      await queryClient.invalidateQueries({ queryKey: ['l1-queue'] });
    },
  });
  return (
    <Table.Tr data-testid={`ticket-${ticket.id}`}>
      <Table.Td>
        <Text size="sm">{formatAge(ticket.ageMinutes)}</Text>
      </Table.Td>
      <Table.Td>
        <Badge color={PRIORITY_COLOR[ticket.priority]} variant="light">
          {ticket.priority}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={500}>
          {ticket.summary}
        </Text>
        <Text size="xs" c="dimmed">
          {[ticket.client, ticket.contactName, ticket.psa ? `#${ticket.psa.externalId}` : null]
            .filter(Boolean)
            .join(' · ')}
          {ticket.psaPending ? ' · creating in the PSA…' : ''}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{STATUS_LABEL[ticket.status]}</Text>
        <Text size="xs" c="dimmed">
          {ticket.assignee?.name ?? 'Unassigned'}
        </Text>
      </Table.Td>
      <Table.Td>
        {ticket.sessionId ? (
          <Anchor component={Link} to={`/sessions/${ticket.sessionId}`} size="sm">
            Session
          </Anchor>
        ) : (
          <Button
            size="xs"
            onClick={() => start.mutate()}
            loading={start.isPending}
            aria-label={`Start ${ticket.summary}`}
          >
            Start
          </Button>
        )}
        {start.isError ? (
          <Text size="xs" c="red" role="alert">
            {errorMessage(start.error)}
          </Text>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * The L1 queue: open tickets oldest first (the one waiting longest is next), walk-ins and PSA
 * tickets alike, with Start opening the ticket's session and its matched flow.
 */
export function L1Page() {
  const [filter, setFilter] = useState<QueueFilter>('all');
  const [search, setSearch] = useState('');
  const [searchQ] = useDebouncedValue(search.trim(), 300);
  const [walkInOpen, walkIn] = useDisclosure(false);
  const [started, setStarted] = useState<StartedTicketView | null>(null);
  const queue = useQuery({
    queryKey: ['l1-queue', filter, searchQ],
    queryFn: () => ticketsApi.queue(filter, searchQ),
    refetchInterval: 30_000,
  });
  const counts = queue.data?.counts;
  const tab = (value: QueueFilter, label: string) => ({
    value,
    label: counts ? `${label} (${counts[value]})` : label,
  });
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>L1 queue</Title>
        <Button onClick={walkIn.open}>Log a walk-in</Button>
      </Group>
      <WalkInDialog opened={walkInOpen} onClose={walkIn.close} />
      {started ? <StartedNotice started={started} onClose={() => setStarted(null)} /> : null}
      <Group align="flex-end" gap="sm" wrap="wrap">
        <SegmentedControl
          aria-label="Queue filter"
          value={filter}
          onChange={(v) => setFilter(v as QueueFilter)}
          data={[
            tab('all', 'All'),
            tab('mine', 'Mine'),
            tab('unassigned', 'Unassigned'),
            tab('escalated', 'Escalated'),
          ]}
        />
        <TextInput
          aria-label="Search the queue"
          w={320}
          placeholder="Search summary, client, contact, ticket #"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
      </Group>
      {queue.isPending ? (
        <Loading label="Loading the queue…" />
      ) : queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => queue.refetch()} />
      ) : queue.data.tickets.length === 0 ? (
        <Empty title="Nothing waiting">
          {searchQ || filter !== 'all' ? 'Try another tab or search.' : undefined}
        </Empty>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label="L1 queue" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Waiting</Table.Th>
                <Table.Th>Priority</Table.Th>
                <Table.Th>Ticket</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {queue.data.tickets.map((t) => (
                <QueueRow key={t.id} ticket={t} onStarted={setStarted} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
