import {
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import { api } from '../api/endpoints.ts';
import type { FlowDetail, FlowStep, FlowUsage, WalkView } from '../api/types.ts';
import { useSubmit } from '../api/use-submit.ts';
import { atLeast, useSession } from '../auth/session.tsx';
import { Reveal } from '../components/reveal.tsx';
import { Empty, ErrorState, Loading } from '../components/states.tsx';
import { FlowPromotionBar } from './flow-promotion-bar.tsx';

const STATUS_COLOR = { draft: 'yellow', published: 'green', retired: 'gray' } as const;

const rate = (u: FlowUsage) => (u.successRate === null ? '—' : `${Math.round(u.successRate * 100)}%`);

function exits(step: FlowStep): Array<{ label: string; next: string }> {
  switch (step.kind) {
    case 'question':
      return step.choices;
    case 'instruction':
      return [{ label: 'Done', next: step.next }];
    case 'check':
      return [
        { label: 'Yes', next: step.yes },
        { label: 'No', next: step.no },
      ];
    default:
      return [];
  }
}

/** The graph as an indented tree from the start; a step already shown is referenced, not repeated. */
function GraphTree({ graph }: { graph: FlowDetail['draftGraph'] }) {
  const byId = new Map(graph.steps.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const lines: string[] = [];
  const visit = (id: string, depth: number, via: string) => {
    const step = byId.get(id);
    const pad = '  '.repeat(depth);
    if (!step || seen.has(id)) {
      lines.push(`${pad}${via}↩ ${id}`);
      return;
    }
    seen.add(id);
    lines.push(`${pad}${via}[${step.kind}] ${id}: ${step.text.slice(0, 70)}`);
    for (const e of exits(step)) visit(e.next, depth + 1, `${e.label} → `);
  };
  visit(graph.start, 0, '');
  return (
    <Code block aria-label="Graph preview">
      {lines.join('\n')}
    </Code>
  );
}

function errorText(error: unknown): string {
  return error instanceof ApiError || error instanceof Error ? error.message : 'Something went wrong.';
}

/** Walk the published version in the page, one step at a time, as an L1 would in chat. */
function TestWalk({ flowId }: { flowId: string }) {
  const qc = useQueryClient();
  const [walk, setWalk] = useState<WalkView | null>(null);
  const act = useMutation({
    mutationFn: (fn: () => Promise<WalkView>) => fn(),
    onSuccess: (next) => {
      setWalk(next);
      // A finished walk counts in the usage and success rate the list and versions show.
      if (next.status !== 'active') {
        void qc.invalidateQueries({ queryKey: ['flows'] });
        void qc.invalidateQueries({ queryKey: ['flow'] });
      }
    },
  });
  if (!walk)
    return (
      <Group>
        <Button variant="light" onClick={() => act.mutate(() => api.flows.startWalk(flowId))}>
          Test walk
        </Button>
        {act.isError && <Text c="red">{errorText(act.error)}</Text>}
      </Group>
    );
  // One press at a time: a second click before the walk moves would answer the step already left.
  const busy = act.isPending;
  const press = (action: 'answer' | 'back' | 'finish', body: Record<string, unknown>) =>
    act.mutate(() => api.flows.press(walk.walkId, action, { stateVersion: walk.stateVersion, ...body }));
  return (
    <Stack gap="xs" aria-label="Test walk">
      <Group gap="xs">
        <Text fw={600}>Step: {walk.step.text}</Text>
        <Badge>{walk.step.kind}</Badge>
      </Group>
      {walk.step.expected && <Text size="sm">Expected: {walk.step.expected}</Text>}
      <Group>
        {walk.answers.map((a) => (
          <Button
            key={a}
            size="xs"
            disabled={busy}
            onClick={() => press('answer', { stepId: walk.step.id, answer: a })}
          >
            {a}
          </Button>
        ))}
        {walk.awaitingOutcome && (
          <>
            <Button
              size="xs"
              color="green"
              disabled={busy}
              onClick={() => press('finish', { outcome: 'worked' })}
            >
              It worked
            </Button>
            <Button
              size="xs"
              color="red"
              disabled={busy}
              onClick={() => press('finish', { outcome: 'failed' })}
            >
              It didn't work
            </Button>
          </>
        )}
        {walk.canGoBack && (
          <Button size="xs" variant="subtle" disabled={busy} onClick={() => press('back', {})}>
            Back
          </Button>
        )}
      </Group>
      <Text size="sm" aria-live="polite">
        {walk.summary}
      </Text>
      {act.isError && <Text c="red">{errorText(act.error)}</Text>}
    </Stack>
  );
}

function FlowPanel({ id, canAuthor, canWalk }: { id: string; canAuthor: boolean; canWalk: boolean }) {
  const qc = useQueryClient();
  const [diffTo, setDiffTo] = useState<number | null>(null);
  const flow = useQuery({
    queryKey: ['flow', id, diffTo],
    queryFn: () => api.flows.get(id, diffTo && diffTo > 1 ? { from: diffTo - 1, to: diffTo } : undefined),
  });
  const [text, setText] = useState<string | null>(null);
  const refresh = () =>
    qc.invalidateQueries({ queryKey: ['flow'] }).then(() => qc.invalidateQueries({ queryKey: ['flows'] }));
  const save = useSubmit({
    mutationFn: () => api.flows.saveDocument(id, 'json', text ?? ''),
    onSuccess: () => refresh(),
  });
  const action = useMutation({
    mutationFn: (fn: () => Promise<unknown>) => fn(),
    onSuccess: () => refresh(),
  });
  const edit = useMutation({
    mutationFn: () => api.flows.document(id),
    onSuccess: (doc) => setText(JSON.stringify(doc, null, 2)),
  });
  if (flow.isPending) return <Loading label="Loading the flow…" />;
  if (flow.isError) return <ErrorState error={flow.error} onRetry={() => flow.refetch()} />;
  const f = flow.data;
  return (
    <Stack gap="sm" aria-label={`Flow ${f.title}`}>
      <Group justify="space-between">
        <Title order={3}>{f.title}</Title>
        <Group gap="xs">
          <Badge color={STATUS_COLOR[f.status]}>{f.status}</Badge>
          <Badge variant="outline">{f.origin}</Badge>
        </Group>
      </Group>
      <Group gap="xs">
        <Anchor href={`/api/v1/flows/${f.id}/export?format=yaml`} download>
          Export YAML
        </Anchor>
        <Anchor href={`/api/v1/flows/${f.id}/export?format=json`} download>
          Export JSON
        </Anchor>
        {canAuthor && f.status !== 'retired' && (
          <>
            <Button size="xs" onClick={() => action.mutate(() => api.flows.publish(f.id, ''))}>
              Publish
            </Button>
            <Button size="xs" variant="default" onClick={() => action.mutate(() => api.flows.retire(f.id))}>
              Retire
            </Button>
            <Button size="xs" variant="default" onClick={() => edit.mutate()}>
              Edit draft
            </Button>
          </>
        )}
        {canAuthor && f.origin !== 'authored' && f.status === 'draft' && (
          <>
            <Button
              size="xs"
              color="green"
              onClick={() => action.mutate(() => api.flows.review(f.id, 'accept'))}
            >
              Accept draft
            </Button>
            <Button
              size="xs"
              color="red"
              onClick={() => action.mutate(() => api.flows.review(f.id, 'reject'))}
            >
              Reject draft
            </Button>
          </>
        )}
      </Group>
      {action.isError && <Alert color="red">{errorText(action.error)}</Alert>}
      {text !== null && (
        <Stack gap="xs">
          <Textarea
            label="Working copy (JSON, checked by the server when saved)"
            autosize
            minRows={10}
            maxRows={30}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
          />
          {save.isError && <Alert color="red">{errorText(save.error)}</Alert>}
          {save.isSuccess && (
            <Text c="green">Draft saved. Publish to make it the version new walks use.</Text>
          )}
          <Button size="xs" onClick={() => save.mutate()} loading={save.isPending}>
            Save draft
          </Button>
        </Stack>
      )}
      {/* Viewers may read flows but not walk them (flows.walk is L1 and up). */}
      {canWalk && f.currentVersion !== null && f.status !== 'retired' && (
        <TestWalk key={f.currentVersion} flowId={f.id} />
      )}
      <Title order={4}>Steps</Title>
      <Table aria-label="Steps">
        <Table.Tbody>
          {f.draftGraph.steps.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Code>{s.id}</Code> <Badge size="xs">{s.kind}</Badge>
              </Table.Td>
              <Table.Td>{s.text}</Table.Td>
              <Table.Td>
                {exits(s)
                  .map((e) => `${e.label} → ${e.next}`)
                  .join(' · ') || (s.kind === 'resolution' ? 'ends resolved' : 'ends escalated')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <GraphTree graph={f.draftGraph} />
      <Title order={4}>Versions</Title>
      <Table aria-label="Versions">
        <Table.Tbody>
          {f.versions.map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>v{v.version}</Table.Td>
              <Table.Td>{v.note || '—'}</Table.Td>
              <Table.Td>
                {v.usage.walks} walks, {rate(v.usage)} worked
              </Table.Td>
              <Table.Td>
                {v.version > 1 && (
                  <Button size="xs" variant="subtle" onClick={() => setDiffTo(v.version)}>
                    Diff with v{v.version - 1}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {f.diff && (
        <Code block aria-label="Version diff">
          {f.diff.changes
            .map((c) => `${c.change} ${c.stepId}${c.after ? `: ${c.after.text}` : ''}`)
            .join('\n') || 'No step changed.'}
        </Code>
      )}
    </Stack>
  );
}

function ImportPanel() {
  const qc = useQueryClient();
  const [, setParams] = useSearchParams();
  const [format, setFormat] = useState<'yaml' | 'json'>('yaml');
  const [content, setContent] = useState('');
  const run = useSubmit({
    mutationFn: () => api.flows.import(format, content),
    onSuccess: (flow) => {
      setContent('');
      void qc.invalidateQueries({ queryKey: ['flows'] });
      setParams({ flow: flow.id });
    },
  });
  return (
    <Stack gap="xs" aria-label="Import a flow">
      <Group>
        <SegmentedControl
          value={format}
          onChange={(v) => setFormat(v as 'yaml' | 'json')}
          data={['yaml', 'json']}
        />
        <Button size="xs" onClick={() => run.mutate()} disabled={!content.trim()} loading={run.isPending}>
          Import
        </Button>
      </Group>
      <Textarea
        label="Flow file"
        placeholder="Paste a YAML or JSON flow (see docs/flows.md)"
        autosize
        minRows={4}
        maxRows={16}
        value={content}
        onChange={(e) => setContent(e.currentTarget.value)}
        styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
      />
      {run.isError && <Alert color="red">{errorText(run.error)}</Alert>}
    </Stack>
  );
}

/** Troubleshooting flows: usage and success rates, the graph, editing, test walks, versions. */
export function FlowsPage() {
  const { current } = useSession();
  const canAuthor = atLeast(current?.user.role, 'engineer');
  const isAdmin = atLeast(current?.user.role, 'admin');
  const [params, setParams] = useSearchParams();
  const [status, setStatus] = useState('all');
  const [q, setQ] = useState('');
  const [query] = useDebouncedValue(q.trim(), 300);
  const selected = params.get('flow');
  const flows = useQuery({
    queryKey: ['flows', status, query],
    queryFn: () => api.flows.list({ status: status === 'all' ? undefined : status, q: query || undefined }),
  });
  return (
    <Stack gap="md">
      <Title order={2}>Flows</Title>
      <Group align="flex-end">
        <TextInput label="Search" value={q} onChange={(e) => setQ(e.currentTarget.value)} />
        <SegmentedControl
          value={status}
          onChange={setStatus}
          data={['all', 'published', 'draft', 'retired']}
        />
      </Group>
      {canAuthor && <ImportPanel />}
      {flows.isPending ? (
        <Loading label="Loading flows…" />
      ) : flows.isError ? (
        <ErrorState error={flows.error} onRetry={() => flows.refetch()} />
      ) : flows.data.flows.length === 0 ? (
        <Empty title="No flows match">Import one, or clear the search.</Empty>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label="Flows" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Flow</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Origin</Table.Th>
                <Table.Th>Client</Table.Th>
                <Table.Th>Walks</Table.Th>
                <Table.Th>Success</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {flows.data.flows.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>
                    <Anchor component="button" onClick={() => setParams({ flow: f.id })}>
                      {f.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[f.status]}>{f.status}</Badge>
                  </Table.Td>
                  <Table.Td>{f.origin}</Table.Td>
                  <Table.Td>{f.clientName ?? 'All clients'}</Table.Td>
                  <Table.Td>{f.usage.walks}</Table.Td>
                  <Table.Td>{rate(f.usage)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {selected && (
        <Reveal id={selected}>
          <FlowPanel
            key={selected}
            id={selected}
            canAuthor={canAuthor}
            canWalk={atLeast(current?.user.role, 'l1')}
          />
        </Reveal>
      )}
      {isAdmin && <FlowPromotionBar />}
    </Stack>
  );
}
