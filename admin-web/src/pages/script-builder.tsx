import {
  Alert,
  Button,
  Code,
  Group,
  List,
  NativeSelect,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { type DestructiveFlag, type ScriptInput, type ScriptLanguage, scriptsApi } from '../api/scripts.ts';
import { useSubmit } from '../api/use-submit.ts';
import { ParamsEditor } from './script-params-editor.tsx';

export type BuilderMode = { kind: 'new' } | { kind: 'edit'; id: string } | { kind: 'draft'; draftId: string };

export function errorText(error: unknown): string {
  return error instanceof ApiError || error instanceof Error ? error.message : 'Something went wrong.';
}

/** The body with each `{{Name}}` marked: declared ones as parameters, unknown ones as problems. */
function Highlighted({ body, declared }: { body: string; declared: Set<string> }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const m of body.matchAll(/\{\{\s*([A-Za-z][A-Za-z0-9_]{0,39})\s*\}\}/g)) {
    const index = m.index ?? 0;
    parts.push(body.slice(last, index));
    const name = m[1] as string;
    const ok = declared.has(name);
    parts.push(
      <mark
        key={index}
        data-param={name}
        data-declared={ok}
        title={ok ? `Parameter ${name}` : `${name} is not declared`}
        style={{
          background: ok ? 'var(--mantine-color-blue-1)' : 'var(--mantine-color-red-2)',
          borderRadius: 3,
        }}
      >
        {m[0]}
      </mark>,
    );
    last = index + m[0].length;
  }
  parts.push(body.slice(last));
  return (
    <Code block aria-label="Highlighted script">
      {parts}
    </Code>
  );
}

export function Flags({ flags }: { flags: DestructiveFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <Alert
      color="orange"
      title="Destructive commands: check before running"
      aria-label="Destructive commands"
    >
      <List size="sm">
        {flags.map((f) => (
          <List.Item key={`${f.rule}-${f.line}`}>
            <b>{f.label}</b> (line {f.line}): {f.reason}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/**
 * The builder: body editor with parameter highlighting, the schema editor, sample values and a live
 * render preview from the server (the same renderer chat uses). Never runs anything.
 */
export function ScriptBuilder({
  initial,
  mode,
  onDone,
}: {
  initial: ScriptInput;
  mode: BuilderMode;
  onDone: (scriptId: string | null) => void;
}) {
  const [s, setS] = useState<ScriptInput>(initial);
  const [tags, setTags] = useState(initial.tags.join(', '));
  const [samples, setSamples] = useState<Record<string, string>>({});
  const set = (patch: Partial<ScriptInput>) => setS((prev) => ({ ...prev, ...patch }));
  const input: ScriptInput = {
    ...s,
    tags: tags
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
  };
  const values = Object.fromEntries(
    Object.entries(samples).filter(([k, v]) => v && s.params.some((p) => p.name === k)),
  );
  const [debounced] = useDebouncedValue(
    JSON.stringify({ language: s.language, body: s.body, params: s.params, values }),
    300,
  );
  const preview = useQuery({
    queryKey: ['script-preview', debounced],
    queryFn: ({ signal }) => scriptsApi.preview(JSON.parse(debounced), signal),
    // The debounced request, not the live text: it lags the editor by 300 ms.
    enabled: (JSON.parse(debounced) as { body: string }).body.trim().length > 0,
    retry: false,
  });
  const save = useSubmit({
    mutationFn: async (action: 'draft' | 'publish' | 'reject' | 'never'): Promise<string | null> => {
      if (mode.kind === 'new')
        return (await scriptsApi.create({ ...input, publish: action === 'publish' })).id;
      if (mode.kind === 'edit') {
        await scriptsApi.update(mode.id, input);
        if (action === 'publish') await scriptsApi.publish(mode.id, '');
        return mode.id;
      }
      if (action === 'reject' || action === 'never') {
        await scriptsApi.review(mode.draftId, action);
        return null;
      }
      // A draft keeps the language of the script that ran (core refuses it as an edit).
      const { language: _kept, ...edits } = input;
      return (await scriptsApi.review(mode.draftId, 'accept', edits)).script?.id ?? null;
    },
    onSuccess: (id) => onDone(id),
  });
  const busy = save.isPending;
  const declared = new Set(s.params.map((p) => p.name));
  return (
    <Stack gap="sm" aria-label="Script builder">
      <Title order={3}>
        {mode.kind === 'draft'
          ? 'Review a draft from a fix'
          : mode.kind === 'edit'
            ? 'Edit script'
            : 'New script'}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <TextInput label="Name" value={s.name} onChange={(e) => set({ name: e.currentTarget.value })} />
        <NativeSelect
          label="Language"
          data={['powershell', 'bash', 'cmd']}
          value={s.language}
          disabled={mode.kind === 'draft'}
          onChange={(e) => set({ language: e.currentTarget.value as ScriptLanguage })}
        />
        <TextInput
          label="Category"
          value={s.category}
          onChange={(e) => set({ category: e.currentTarget.value })}
        />
        <TextInput
          label="Tags"
          description="comma-separated"
          value={tags}
          onChange={(e) => setTags(e.currentTarget.value)}
        />
        <TextInput
          label="Client"
          description="empty = every client"
          value={s.client ?? ''}
          onChange={(e) => set({ client: e.currentTarget.value.trim() ? e.currentTarget.value : null })}
        />
        <TextInput
          label="Description"
          value={s.description}
          onChange={(e) => set({ description: e.currentTarget.value })}
        />
      </SimpleGrid>
      <Textarea
        label="Script"
        description="Write {{Name}} where a value changes per ticket"
        autosize
        minRows={6}
        maxRows={24}
        value={s.body}
        onChange={(e) => set({ body: e.currentTarget.value })}
        styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
      />
      <Highlighted body={s.body} declared={declared} />
      <Title order={4}>Parameters</Title>
      <ParamsEditor params={s.params} body={s.body} onChange={(params) => set({ params })} />
      {s.params.length > 0 && (
        <SimpleGrid cols={{ base: 1, md: 3 }} aria-label="Sample values">
          {s.params.map((p) =>
            p.type === 'secret' ? (
              <PasswordInput
                key={p.name}
                label={`Sample ${p.name}`}
                value={samples[p.name] ?? ''}
                onChange={(e) => setSamples({ ...samples, [p.name]: e.currentTarget.value })}
              />
            ) : (
              <TextInput
                key={p.name}
                label={`Sample ${p.name}`}
                value={samples[p.name] ?? ''}
                onChange={(e) => setSamples({ ...samples, [p.name]: e.currentTarget.value })}
              />
            ),
          )}
        </SimpleGrid>
      )}
      <Title order={4}>Preview</Title>
      {preview.isError ? (
        <Text c="red">Preview unavailable: {errorText(preview.error)}</Text>
      ) : preview.data ? (
        <Stack gap="xs">
          <Code block aria-label="Rendered preview">
            {preview.data.body}
          </Code>
          <Text size="sm" aria-label="Preview status">
            {preview.data.ready
              ? 'Ready to copy.'
              : [
                  preview.data.missing.length > 0 ? `Missing: ${preview.data.missing.join(', ')}` : '',
                  ...preview.data.problems,
                  ...preview.data.schemaProblems,
                ]
                  .filter(Boolean)
                  .join(' · ')}
          </Text>
          <Flags flags={preview.data.flags} />
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          Write a script to see it rendered.
        </Text>
      )}
      {save.isError && <Alert color="red">{errorText(save.error)}</Alert>}
      <Group>
        {mode.kind === 'draft' ? (
          <>
            <Button color="green" disabled={busy} onClick={() => save.mutate('publish')}>
              Accept as template
            </Button>
            <Button color="red" variant="light" disabled={busy} onClick={() => save.mutate('reject')}>
              Reject
            </Button>
            <Button variant="subtle" disabled={busy} onClick={() => save.mutate('never')}>
              Don't ask again
            </Button>
          </>
        ) : (
          <>
            <Button variant="default" disabled={busy} onClick={() => save.mutate('draft')}>
              {mode.kind === 'new' ? 'Save draft' : 'Save'}
            </Button>
            <Button disabled={busy} onClick={() => save.mutate('publish')}>
              Save and publish
            </Button>
          </>
        )}
        <Button variant="subtle" disabled={busy} onClick={() => onDone(null)}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
