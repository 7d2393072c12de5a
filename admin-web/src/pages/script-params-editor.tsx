import { ActionIcon, Button, Checkbox, Group, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import type { ParamType, ScriptParam } from '../api/scripts.ts';

const TYPES: ParamType[] = ['string', 'int', 'bool', 'choice', 'secret'];
const SOURCES = ['', 'user', 'device', 'mailbox', 'client'] as const;

export function emptyParam(name: string): ScriptParam {
  return {
    name,
    type: 'string',
    required: true,
    default: null,
    pattern: null,
    description: '',
    choices: [],
    source: null,
  };
}

/** `{{Name}}` placeholders in a body, in first-use order (mirrors core/scripts/params.ts). */
export function placeholdersIn(body: string): string[] {
  const names: string[] = [];
  for (const m of body.matchAll(/\{\{\s*([A-Za-z][A-Za-z0-9_]{0,39})\s*\}\}/g)) {
    const name = m[1] as string;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** The parameter schema as an editable table: one row per parameter. */
export function ParamsEditor({
  params,
  body,
  onChange,
}: {
  params: ScriptParam[];
  body: string;
  onChange: (next: ScriptParam[]) => void;
}) {
  const set = (i: number, patch: Partial<ScriptParam>) =>
    onChange(params.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const undeclared = placeholdersIn(body).filter((n) => !params.some((p) => p.name === n));
  return (
    <>
      <Group gap="xs">
        <Button
          size="xs"
          variant="default"
          onClick={() => onChange([...params, emptyParam(`Param${params.length + 1}`)])}
        >
          Add parameter
        </Button>
        {undeclared.length > 0 && (
          <Button
            size="xs"
            variant="light"
            onClick={() => onChange([...params, ...undeclared.map(emptyParam)])}
          >
            Declare {undeclared.map((n) => `{{${n}}}`).join(', ')}
          </Button>
        )}
      </Group>
      {params.length === 0 ? (
        <Text size="sm" c="dimmed">
          No parameters. Write {'{{Name}}'} in the script where a value changes per ticket.
        </Text>
      ) : (
        <Table aria-label="Parameters">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Type</Table.Th>
              <Table.Th>Required</Table.Th>
              <Table.Th>Default</Table.Th>
              <Table.Th>Pattern</Table.Th>
              <Table.Th>From session</Table.Th>
              <Table.Th>Description / choices</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {params.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a row is its position; names change while typed
              <Table.Tr key={i}>
                <Table.Td>
                  <TextInput
                    aria-label={`Parameter ${i + 1} name`}
                    size="xs"
                    value={p.name}
                    onChange={(e) => set(i, { name: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    aria-label={`${p.name} type`}
                    size="xs"
                    data={TYPES}
                    value={p.type}
                    onChange={(e) => {
                      const type = e.currentTarget.value as ParamType;
                      set(i, type === 'secret' ? { type, default: null, source: null } : { type });
                    }}
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={`${p.name} required`}
                    checked={p.required}
                    onChange={(e) => set(i, { required: e.currentTarget.checked })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`${p.name} default`}
                    size="xs"
                    disabled={p.type === 'secret'}
                    value={p.default ?? ''}
                    onChange={(e) => set(i, { default: e.currentTarget.value || null })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`${p.name} pattern`}
                    size="xs"
                    value={p.pattern ?? ''}
                    onChange={(e) => set(i, { pattern: e.currentTarget.value || null })}
                  />
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    aria-label={`${p.name} source`}
                    size="xs"
                    disabled={p.type === 'secret'}
                    data={SOURCES.map((s) => ({ value: s, label: s || 'by name' }))}
                    value={p.source ?? ''}
                    onChange={(e) =>
                      set(i, { source: (e.currentTarget.value || null) as ScriptParam['source'] })
                    }
                  />
                </Table.Td>
                <Table.Td>
                  {p.type === 'choice' ? (
                    <TextInput
                      aria-label={`${p.name} choices`}
                      size="xs"
                      placeholder="a, b, c"
                      value={p.choices.join(', ')}
                      onChange={(e) =>
                        set(i, {
                          choices: e.currentTarget.value
                            .split(',')
                            .map((c) => c.trim())
                            .filter(Boolean),
                        })
                      }
                    />
                  ) : (
                    <TextInput
                      aria-label={`${p.name} description`}
                      size="xs"
                      value={p.description}
                      onChange={(e) => set(i, { description: e.currentTarget.value })}
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    aria-label={`Remove ${p.name}`}
                    variant="subtle"
                    color="red"
                    onClick={() => onChange(params.filter((_, j) => j !== i))}
                  >
                    ×
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
