import {
  Anchor,
  Badge,
  Button,
  Code,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type ScriptDetail, type ScriptInput, type ScriptUsage, scriptsApi } from '../api/scripts.ts';
import { atLeast, useSession } from '../auth/session.tsx';
import { Reveal } from '../components/reveal.tsx';
import { Empty, ErrorState, formatDate, Loading } from '../components/states.tsx';
import { type BuilderMode, Flags, ScriptBuilder } from './script-builder.tsx';

const STATUS_COLOR = { draft: 'yellow', published: 'green', retired: 'gray' } as const;
const BLANK: ScriptInput = {
  name: '',
  description: '',
  language: 'powershell',
  body: '',
  params: [],
  category: 'General',
  tags: [],
  client: null,
};

const usageText = (u: ScriptUsage) =>
  `${u.uses} uses · ${u.applied} run · ${u.resolvedSessions}/${u.sessions} sessions resolved`;

function toInput(s: ScriptDetail): ScriptInput {
  return {
    name: s.name,
    description: s.description,
    language: s.language,
    body: s.draftBody,
    params: s.draftParams,
    category: s.category,
    tags: s.tags,
    client: s.clientName,
  };
}

function ScriptPanel({
  id,
  canAuthor,
  onEdit,
}: {
  id: string;
  canAuthor: boolean;
  onEdit: (s: ScriptDetail) => void;
}) {
  const qc = useQueryClient();
  const script = useQuery({ queryKey: ['script', id], queryFn: () => scriptsApi.get(id) });
  const retire = useMutation({
    mutationFn: () => scriptsApi.retire(id),
    onSuccess: () =>
      qc
        .invalidateQueries({ queryKey: ['script'] })
        .then(() => qc.invalidateQueries({ queryKey: ['scripts'] })),
  });
  if (script.isPending) return <Loading label="Loading the script…" />;
  if (script.isError) return <ErrorState error={script.error} onRetry={() => script.refetch()} />;
  const s = script.data;
  return (
    <Stack gap="sm" aria-label={`Script ${s.name}`}>
      <Group justify="space-between">
        <Title order={3}>{s.name}</Title>
        <Group gap="xs">
          <Badge color={STATUS_COLOR[s.status]}>{s.status}</Badge>
          <Badge variant="outline">{s.language}</Badge>
          {s.currentVersion !== null && <Badge variant="light">v{s.currentVersion}</Badge>}
        </Group>
      </Group>
      {s.description && <Text>{s.description}</Text>}
      {s.provenance && (
        <Text size="sm" aria-label="Provenance">
          From <Link to={`/sessions/${s.provenance.sessionId}`}>session "{s.provenance.problem}"</Link>
          {s.provenance.ticket ? `, ticket #${s.provenance.ticket}` : ''}
          {s.provenance.resolvedBy ? `, resolved by ${s.provenance.resolvedBy}` : ''}
        </Text>
      )}
      {canAuthor && s.status !== 'retired' && (
        <Group gap="xs">
          <Button size="xs" onClick={() => onEdit(s)}>
            Edit
          </Button>
          <Button size="xs" variant="default" disabled={retire.isPending} onClick={() => retire.mutate()}>
            Retire
          </Button>
        </Group>
      )}
      <Flags flags={s.flags} />
      <Code block aria-label="Script body">
        {s.draftBody}
      </Code>
      <Text size="sm">
        Parameters:{' '}
        {s.draftParams.map((p) => `${p.name} (${p.type}${p.required ? '' : ', optional'})`).join(', ') ||
          'none'}
      </Text>
      <Title order={4}>Versions</Title>
      <Table aria-label="Versions">
        <Table.Tbody>
          {s.versions.map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>v{v.version}</Table.Td>
              <Table.Td>{v.note || '—'}</Table.Td>
              <Table.Td>{new Date(v.createdAt).toLocaleDateString()}</Table.Td>
              <Table.Td>{usageText(v.usage)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={4}>Usage</Title>
      <Text size="sm">{usageText(s.usage)}</Text>
      <Table aria-label="Recent uses">
        <Table.Tbody>
          {s.recentUses.map((u) => (
            <Table.Tr key={u.id}>
              <Table.Td>{formatDate(u.createdAt)}</Table.Td>
              <Table.Td>{u.userName ?? '—'}</Table.Td>
              <Table.Td>
                {u.sessionId ? <Link to={`/sessions/${u.sessionId}`}>{u.problem}</Link> : '—'}
              </Table.Td>
              <Table.Td>{u.appliedAt ? 'ran it' : 'copied'}</Table.Td>
              <Table.Td>
                <Code>
                  {Object.entries(u.values)
                    .map(([k, v]) => `${k}=${v}`)
                    .join(' ')}
                </Code>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function PendingDrafts({ onOpen }: { onOpen: (id: string) => void }) {
  const drafts = useQuery({ queryKey: ['script-drafts'], queryFn: () => scriptsApi.drafts('pending') });
  if (!drafts.data || drafts.data.drafts.length === 0) return null;
  return (
    <Stack gap="xs" aria-label="Drafts from fixes">
      <Title order={4}>Drafts from fixes</Title>
      {drafts.data.drafts.map((d) => (
        <Group key={d.id} gap="xs">
          <Anchor component="button" onClick={() => onOpen(d.id)}>
            {d.name}
          </Anchor>
          <Text size="sm" c="dimmed">
            {d.problem} ·{' '}
            {d.method === 'model'
              ? 'parameters by the assistant'
              : d.method === 'offline'
                ? 'session values as parameters'
                : 'no parameters'}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

function DraftBuilder({ draftId, onDone }: { draftId: string; onDone: (id: string | null) => void }) {
  const draft = useQuery({ queryKey: ['script-draft', draftId], queryFn: () => scriptsApi.draft(draftId) });
  if (draft.isPending) return <Loading label="Loading the draft…" />;
  if (draft.isError) return <ErrorState error={draft.error} onRetry={() => draft.refetch()} />;
  const d = draft.data;
  if (d.status !== 'pending') return <Empty title="Already decided">This draft was {d.status}.</Empty>;
  const initial: ScriptInput = {
    name: d.name,
    description: d.description,
    language: d.language,
    body: d.body,
    params: d.params,
    category: d.category,
    tags: d.tags,
    client: null,
  };
  return <ScriptBuilder initial={initial} mode={{ kind: 'draft', draftId }} onDone={onDone} />;
}

/** Script templates: the library with filters, one script's versions and usage, the builder, drafts to review. */
export function ScriptsPage() {
  const { current } = useSession();
  const canAuthor = atLeast(current?.user.role, 'engineer');
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState('');
  const [query] = useDebouncedValue(q.trim(), 300);
  const [language, setLanguage] = useState('');
  const [category, setCategory] = useState('');
  const [tag, setTag] = useState('');
  const [status, setStatus] = useState('');
  const [editing, setEditing] = useState<{ initial: ScriptInput; mode: BuilderMode } | null>(null);
  const selected = params.get('script');
  const draftId = params.get('draft');
  const filter = {
    q: query || undefined,
    language: language || undefined,
    category: category || undefined,
    tag: tag || undefined,
    status: status || undefined,
  };
  const scripts = useQuery({ queryKey: ['scripts', filter], queryFn: () => scriptsApi.list(filter) });
  const done = (id: string | null) => {
    setEditing(null);
    void qc.invalidateQueries({ queryKey: ['scripts'] });
    void qc.invalidateQueries({ queryKey: ['script'] });
    void qc.invalidateQueries({ queryKey: ['script-drafts'] });
    setParams(id ? { script: id } : {});
  };
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>Scripts</Title>
        {canAuthor && !editing && (
          <Button onClick={() => setEditing({ initial: BLANK, mode: { kind: 'new' } })}>New script</Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        ResolutionFlow never runs a script: it fills in the values and you copy it.
      </Text>
      {editing ? (
        <ScriptBuilder initial={editing.initial} mode={editing.mode} onDone={done} />
      ) : draftId && canAuthor ? (
        <DraftBuilder draftId={draftId} onDone={done} />
      ) : (
        <>
          {canAuthor && <PendingDrafts onOpen={(id) => setParams({ draft: id })} />}
          <Group align="flex-end">
            <TextInput label="Search" value={q} onChange={(e) => setQ(e.currentTarget.value)} />
            <NativeSelect
              label="Language"
              data={['', 'powershell', 'bash', 'cmd'].map((v) => ({ value: v, label: v || 'any' }))}
              value={language}
              onChange={(e) => setLanguage(e.currentTarget.value)}
            />
            <NativeSelect
              label="Category"
              data={[
                { value: '', label: 'any' },
                ...(scripts.data?.categories ?? []).map((c) => ({ value: c, label: c })),
              ]}
              value={category}
              onChange={(e) => setCategory(e.currentTarget.value)}
            />
            <NativeSelect
              label="Tag"
              data={[
                { value: '', label: 'any' },
                ...(scripts.data?.tags ?? []).map((t) => ({ value: t, label: t })),
              ]}
              value={tag}
              onChange={(e) => setTag(e.currentTarget.value)}
            />
            <NativeSelect
              label="Status"
              data={['', 'published', 'draft', 'retired'].map((v) => ({ value: v, label: v || 'any' }))}
              value={status}
              onChange={(e) => setStatus(e.currentTarget.value)}
            />
          </Group>
          {scripts.isPending ? (
            <Loading label="Loading scripts…" />
          ) : scripts.isError ? (
            <ErrorState error={scripts.error} onRetry={() => scripts.refetch()} />
          ) : scripts.data.scripts.length === 0 ? (
            <Empty title="No scripts match">Build one, or clear the filters.</Empty>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table aria-label="Scripts" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Script</Table.Th>
                    <Table.Th>Language</Table.Th>
                    <Table.Th>Category</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th>Client</Table.Th>
                    <Table.Th>Uses</Table.Th>
                    <Table.Th>Resolved</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {scripts.data.scripts.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td>
                        <Anchor component="button" onClick={() => setParams({ script: s.id })}>
                          {s.name}
                        </Anchor>{' '}
                        {s.destructive && (
                          <Badge size="xs" color="orange" title="Contains destructive commands">
                            destructive
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{s.language}</Table.Td>
                      <Table.Td>{s.category}</Table.Td>
                      <Table.Td>
                        <Badge color={STATUS_COLOR[s.status]}>{s.status}</Badge>
                      </Table.Td>
                      <Table.Td>{s.clientName ?? 'All clients'}</Table.Td>
                      <Table.Td>{s.usage.uses}</Table.Td>
                      <Table.Td>
                        {s.usage.resolvedSessions}/{s.usage.sessions}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {selected && (
            <Reveal id={selected}>
              <ScriptPanel
                key={selected}
                id={selected}
                canAuthor={canAuthor}
                onEdit={(s) => setEditing({ initial: toInput(s), mode: { kind: 'edit', id: s.id } })}
              />
            </Reveal>
          )}
          {draftId && !canAuthor && <Text c="red">Only engineers and up review drafts from fixes.</Text>}
        </>
      )}
    </Stack>
  );
}
