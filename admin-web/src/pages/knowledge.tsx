import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../api/endpoints.ts';
import type { KbConnectorView, KbSearchAnswer } from '../api/types.ts';
import { useSubmit } from '../api/use-submit.ts';
import { useSession } from '../auth/session.tsx';
import { Empty, ErrorState, errorMessage, formatDate, Loading } from '../components/states.tsx';
import { ConnectorForm, KIND_LABEL } from './knowledge-connector-form.tsx';

const STATE_COLOR = { idle: 'green', running: 'blue', failed: 'red' } as const;

/** How often the list is re-read while a sync is queued or running. */
const POLL_MS = 3_000;
/** A queued sync no worker picked up by then stops the polling (the 5-minute sweep starts it later). */
const QUEUED_FOR_MS = 10 * 60_000;

/** Changes when a run starts or ends: a queued sync is no longer "queued" once this moves. */
const runMarker = (c: KbConnectorView) =>
  [c.status.state, c.status.lastRun?.startedAt, c.status.lastSuccessAt, c.status.lastErrorAt].join('|');

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The knowledge connectors (IT Glue, Hudu, SharePoint/OneDrive): status, test, sync now, add and
 * remove (admins), and a search box that shows exactly what the assistant would be given.
 */
export function KnowledgePage() {
  const { current } = useSession();
  const isAdmin = current?.user.role === 'owner' || current?.user.role === 'admin';
  const [adding, { open, close }] = useDisclosure(false);
  const [editing, setEditing] = useState<KbConnectorView | null>(null);
  // Saves per connector: a saved edit starts its row afresh (a Test result spoke of the old settings).
  const [saves, setSaves] = useState<Record<string, number>>({});
  // Syncs asked for here and not started yet, by connector: the marker of the row when asked.
  const [queued, setQueued] = useState<Record<string, { marker: string; since: number }>>({});
  const list = useQuery({
    queryKey: ['kb-connectors'],
    queryFn: api.kb.connectors,
    // Re-read while a sync is queued or running, so the row goes running → idle/failed by itself.
    // The interval stops with the page (unmount) and once nothing is queued or running.
    refetchInterval: (query) =>
      Object.keys(queued).length > 0 || query.state.data?.connectors.some((c) => c.status.state === 'running')
        ? POLL_MS
        : false,
  });
  const { data, dataUpdatedAt } = list;
  useEffect(() => {
    if (!data || dataUpdatedAt === 0) return;
    setQueued((prev) => {
      const next = { ...prev };
      for (const [id, q] of Object.entries(prev)) {
        const c = data.connectors.find((x) => x.id === id);
        if (!c || runMarker(c) !== q.marker || dataUpdatedAt - q.since > QUEUED_FOR_MS) delete next[id];
      }
      return Object.keys(next).length === Object.keys(prev).length ? prev : next;
    });
  }, [data, dataUpdatedAt]);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>Knowledge</Title>
        {isAdmin ? <Button onClick={open}>Add connector</Button> : null}
      </Group>
      <Text size="sm" c="dimmed">
        Documentation the assistant searches on every turn: only the ticket's client's documents and your own,
        never another client's.
      </Text>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : null}
      {list.isSuccess && list.data.connectors.length === 0 ? (
        <Empty title="No knowledge connectors yet">
          {isAdmin ? 'Add IT Glue, Hudu or SharePoint to ground answers in your own documentation.' : null}
        </Empty>
      ) : null}
      {list.isSuccess && list.data.connectors.length > 0 ? (
        // On a phone the table scrolls inside its box, not the whole page sideways.
        <Table.ScrollContainer minWidth={760}>
          <Table striped aria-label="Knowledge connectors">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Source</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Documents</Table.Th>
                <Table.Th>Last success</Table.Th>
                {isAdmin ? <Table.Th>Actions</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.connectors.map((c) => (
                <ConnectorRow
                  key={`${c.id}:${saves[c.id] ?? 0}`}
                  connector={c}
                  isAdmin={isAdmin}
                  queued={c.id in queued}
                  onQueued={() =>
                    setQueued((prev) => ({ ...prev, [c.id]: { marker: runMarker(c), since: Date.now() } }))
                  }
                  onEdit={() => setEditing(c)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <SearchBox documents={list.data?.connectors.reduce((sum, c) => sum + c.status.documentCount, 0) ?? 0} />
      <Modal opened={adding} onClose={close} title="Add a knowledge connector" centered size="lg">
        <ConnectorForm onDone={close} />
      </Modal>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? `Edit ${editing.name}` : ''}
        centered
        size="lg"
      >
        {editing ? (
          <ConnectorForm
            key={editing.id}
            connector={editing}
            onDone={() => {
              setSaves((prev) => ({ ...prev, [editing.id]: (prev[editing.id] ?? 0) + 1 }));
              setEditing(null);
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}

function ConnectorRow({
  connector: c,
  isAdmin,
  queued,
  onQueued,
  onEdit,
}: {
  connector: KbConnectorView;
  isAdmin: boolean;
  /** "Sync now" was pressed here and the run has not started yet. */
  queued: boolean;
  onQueued: () => void;
  onEdit: () => void;
}) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['kb-connectors'] });
  const test = useSubmit({ mutationFn: () => api.kb.test(c.id) });
  const sync = useSubmit({
    mutationFn: () => api.kb.sync(c.id),
    onSuccess: () => {
      onQueued();
      return refresh();
    },
  });
  const remove = useMutation({ mutationFn: () => api.kb.remove(c.id), onSuccess: refresh });
  const skipped = c.status.lastRun?.skipped ?? 0;
  const showQueued = queued && c.status.state !== 'running';
  return (
    <Table.Tr>
      <Table.Td>{c.name}</Table.Td>
      <Table.Td>{KIND_LABEL[c.kind]}</Table.Td>
      <Table.Td miw={120}>
        <Stack gap={2} align="flex-start">
          <Badge
            color={showQueued ? 'gray' : STATE_COLOR[c.status.state]}
            variant="light"
            style={{ flexShrink: 0, overflow: 'visible' }}
            data-testid="connector-state"
          >
            {showQueued ? 'queued' : c.status.state}
          </Badge>
          {c.status.lastError ? (
            <Text size="xs" c="red" data-testid="connector-error">
              {c.status.lastError}
            </Text>
          ) : null}
          {skipped > 0 ? (
            <Text size="xs" c="dimmed">
              {plural(skipped, 'file')} skipped in the last run
            </Text>
          ) : null}
        </Stack>
      </Table.Td>
      <Table.Td>{c.status.documentCount}</Table.Td>
      <Table.Td>{formatDate(c.status.lastSuccessAt)}</Table.Td>
      {isAdmin && c.readOnly ? (
        <Table.Td>
          <Text size="xs" c="dimmed" data-testid="connector-read-only">
            Read-only: built in, searched like your own documentation.
          </Text>
        </Table.Td>
      ) : null}
      {isAdmin && !c.readOnly ? (
        <Table.Td>
          <Stack gap={4} maw={360}>
            <Group gap="xs">
              <Button size="xs" variant="light" onClick={onEdit}>
                Edit
              </Button>
              <Button size="xs" variant="light" onClick={() => test.mutate()} loading={test.isPending}>
                Test
              </Button>
              <Button size="xs" variant="light" onClick={() => sync.mutate()} loading={sync.isPending}>
                Sync now
              </Button>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                onClick={() => {
                  if (
                    window.confirm(`Remove ${c.name} and its ${plural(c.status.documentCount, 'document')}?`)
                  )
                    remove.mutate();
                }}
              >
                Remove
              </Button>
            </Group>
            {test.isSuccess ? (
              <Text size="xs" c={test.data.ok ? 'green' : 'red'} role="status" data-testid="connector-test">
                {test.data.ok ? (test.data.detail ?? 'Connection works.') : test.data.reason}
              </Text>
            ) : null}
            {showQueued ? (
              <Text size="xs" c="dimmed" role="status">
                Sync queued.
              </Text>
            ) : null}
            {test.isError || sync.isError || remove.isError ? (
              <Text size="xs" c="red" role="alert">
                {errorMessage(test.error ?? sync.error ?? remove.error)}
              </Text>
            ) : null}
          </Stack>
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}

/** Lowercased, punctuation and a trailing legal form dropped: close to how the search meets names. */
function nameKey(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ');
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ');
}
const LEGAL_FORMS = new Set([
  'inc',
  'ltd',
  'limited',
  'llc',
  'plc',
  'gmbh',
  'ag',
  'co',
  'corp',
  'pty',
  'bv',
  'sa',
]);

/** What the assistant would get for a ticket: scored passages, or an honest "no answer". */
function SearchBox({ documents }: { documents: number }) {
  const [text, setText] = useState('');
  const [client, setClient] = useState('');
  const search = useMutation({ mutationFn: api.kb.search });
  // The clients the documentation names, offered in the Client box (the name the search matches).
  // Read again when a sync changed what is indexed.
  const companies = useQuery({ queryKey: ['kb-companies', documents], queryFn: api.kb.companies });
  const known = companies.data?.companies ?? [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) search.mutate({ text, ...(client.trim() ? { companyId: client.trim() } : {}) });
    // An empty search clears the last answer rather than leaving it up as if it were for nothing.
    else search.reset();
  };
  const searchedFor = search.isSuccess ? search.variables?.companyId : undefined;
  // A client name no document is filed under: say so, with the names it may have meant.
  const unknownClient =
    searchedFor && companies.isSuccess && !known.some((c) => nameKey(c.name) === nameKey(searchedFor))
      ? searchedFor
      : undefined;
  const nearMisses = unknownClient
    ? known
        .filter((c) => {
          const [a, b] = [nameKey(c.name), nameKey(unknownClient)];
          return b !== '' && (a.includes(b) || b.includes(a) || a.split(' ')[0] === b.split(' ')[0]);
        })
        .slice(0, 3)
    : [];
  return (
    <Card withBorder component="section" aria-label="Try a search">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={3}>Try a search</Title>
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label="Ticket text"
              placeholder="e.g. outlook keeps asking for a password"
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 260 }}
            />
            <TextInput
              label="Client (optional)"
              description="Without a client, only your own documentation and general articles are searched, not a client's runbooks."
              placeholder={known[0] ? `e.g. ${known[0].name}` : undefined}
              list="kb-client-names"
              autoComplete="off"
              value={client}
              onChange={(e) => setClient(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 220, maxWidth: 340 }}
            />
            <datalist id="kb-client-names" data-testid="kb-client-names">
              {known.map((c) => (
                <option key={c.name} value={c.name} />
              ))}
            </datalist>
            <Button type="submit" loading={search.isPending}>
              Search
            </Button>
          </Group>
          {search.isError ? <ErrorState error={search.error} /> : null}
          {unknownClient ? (
            <Alert color="yellow" data-testid="kb-unknown-client">
              No document is filed under the client "{unknownClient}", so only your own documentation and
              general articles were searched.
              {nearMisses.length > 0
                ? ` Did you mean ${nearMisses.map((c) => `"${c.name}"`).join(' or ')}?`
                : known.length > 0
                  ? ' Pick a client from the list in the Client box.'
                  : ''}
            </Alert>
          ) : null}
          {search.isSuccess && search.data.noAnswer ? (
            <Alert color="gray" data-testid="kb-no-answer">
              {noAnswerText(search.data, searchedFor)}
            </Alert>
          ) : null}
          {search.isSuccess && !search.data.noAnswer ? (
            <Stack gap="xs" data-testid="kb-results">
              {search.data.passages.map((p) => (
                <Card key={p.documentId} withBorder padding="sm" data-testid="kb-result">
                  <Group justify="space-between">
                    {p.url ? (
                      <Anchor href={p.url} target="_blank" rel="noreferrer">
                        {p.title}
                      </Anchor>
                    ) : (
                      <Text fw={600}>{p.title}</Text>
                    )}
                    <Group gap="xs">
                      {p.lead ? (
                        <Badge
                          color="yellow"
                          variant="light"
                          data-testid="kb-weak-match"
                          title="A weak match: shown for you to judge. The assistant files none of its checks or fix, and no L1 flow is built from it."
                        >
                          Weak match
                        </Badge>
                      ) : null}
                      <Badge variant="light">
                        {p.source} · {Math.round(p.score * 100)}%
                      </Badge>
                    </Group>
                  </Group>
                  <Text size="sm">{p.snippet}</Text>
                </Card>
              ))}
            </Stack>
          ) : null}
        </Stack>
      </form>
    </Card>
  );
}

/** Why there is no answer, as specific as the search's reasons allow. */
function noAnswerText(data: KbSearchAnswer, searchedFor: string | undefined): string {
  if (data.anotherClientMatches && searchedFor)
    return `No answer in ${searchedFor}'s documentation or your own. Another client's documentation matches this ticket much better: is the client right?`;
  if (data.notAFault)
    return `No answer: this reads as ${data.notAFault.reads} rather than a fault, and no page is about it.`;
  if (data.unspokenSymptom)
    return `No answer: this ticket is about ${data.unspokenSymptom.reads}, and the nearest page never mentions it.`;
  return searchedFor
    ? 'No answer: nothing in the knowledge base matches this well enough.'
    : "No answer: nothing in your own documentation or general articles matches this well enough. A client's own documentation is searched only when you name the client.";
}
