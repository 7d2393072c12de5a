import {
  Alert,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Switch,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { api } from '../api/endpoints.ts';
import type { PolicyPreset, SessionPolicy } from '../api/types.ts';
import { Empty, ErrorState, errorMessage, Loading } from '../components/states.tsx';
import {
  BOUNDS,
  humanMinutes,
  LIMIT_FIELDS,
  type LimitField,
  limitErrors,
  PRESET_LABELS,
  PRESETS,
  policyInput,
  splitMinutes,
  UNITS,
  type Unit,
} from './policy-limits.ts';

interface Limit {
  amount: number | null;
  unit: Unit;
}

const toMinutes = (l: Limit) => (l.amount === null ? null : Math.round(l.amount * UNITS[l.unit]));

function LimitInput({
  label,
  description,
  value,
  onChange,
  disabled,
  error,
  testId,
}: {
  label: string;
  description: string;
  value: Limit;
  onChange: (next: Limit) => void;
  disabled: boolean;
  error: string | undefined;
  testId: string;
}) {
  return (
    <Group align="flex-start" gap="xs" wrap="nowrap">
      <NumberInput
        label={label}
        description={description}
        value={value.amount ?? ''}
        onChange={(v) =>
          onChange({ ...value, amount: typeof v === 'number' ? v : v === '' ? null : Number(v) })
        }
        min={0}
        allowDecimal={false}
        disabled={disabled}
        error={error}
        w={220}
        data-testid={testId}
      />
      <NativeSelect
        label={`${label} unit`}
        description={'\u00a0'}
        value={value.unit}
        onChange={(e) => onChange({ ...value, unit: e.currentTarget.value as Unit })}
        data={Object.keys(UNITS)}
        disabled={disabled}
        data-testid={`${testId}-unit`}
      />
    </Group>
  );
}

function SessionPolicyForm({ policy }: { policy: SessionPolicy }) {
  const queryClient = useQueryClient();
  const presets = policy.presets ?? PRESETS;
  const bounds = policy.bounds ?? BOUNDS;
  const [preset, setPreset] = useState<PolicyPreset>(policy.preset);
  const [idle, setIdle] = useState<Limit>(splitMinutes(policy.idleMinutes));
  const [absolute, setAbsolute] = useState<Limit>(splitMinutes(policy.absoluteMinutes));
  const [touched, setTouched] = useState(false);
  const save = useMutation({
    mutationFn: api.savePolicy,
    onSuccess: (saved) => {
      queryClient.setQueryData(['policy'], saved);
      // Custom limits equal to a preset's are that preset (the server says which): show it so.
      setPreset(saved.preset);
      setTouched(false);
    },
  });

  // A preset shows its fixed values; switching to Custom starts from what is shown.
  useEffect(() => {
    if (preset === 'custom') return;
    setIdle(splitMinutes(presets[preset].idleMinutes));
    setAbsolute(splitMinutes(presets[preset].absoluteMinutes));
  }, [preset, presets]);

  const values = { idleMinutes: toMinutes(idle), absoluteMinutes: toMinutes(absolute) };
  const local = preset === 'custom' ? limitErrors(values, bounds) : {};
  const server = save.error instanceof ApiError && !touched ? save.error.fieldErrors() : {};
  const errorOf = (field: LimitField) => local[field] ?? server[field];
  const invalid = Object.keys(local).length > 0;
  // A refusal with no field error, or one on a field the form has no input for (the preset…),
  // goes in the alert: otherwise nothing on the page would say the save failed.
  const unshown = Object.entries(server).filter(([field]) => !(LIMIT_FIELDS as string[]).includes(field));
  const showAlert = save.isError && !touched && (Object.keys(server).length === 0 || unshown.length > 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (invalid) return;
    setTouched(false);
    save.mutate(policyInput(preset, values));
  };
  const change = (set: (l: Limit) => void) => (l: Limit) => {
    set(l);
    setTouched(true);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="policy-heading">
      <Stack gap="sm">
        <Title order={3} size="h4" id="policy-heading">
          Session security
        </Title>
        <Text size="sm" c="dimmed">
          How long a browser stays signed in. Idle: time since the session was last used. Absolute: time since
          sign-in, however active. A new policy applies from each person's next sign-in.
        </Text>
        <div>
          <Text size="sm" fw={500} id="preset-label" mb={4}>
            Preset
          </Text>
          <SegmentedControl
            aria-labelledby="preset-label"
            value={preset}
            onChange={(v) => {
              setPreset(v as PolicyPreset);
              setTouched(true);
            }}
            data={[
              { value: 'strict', label: 'Strict' },
              { value: 'standard', label: 'Standard' },
              { value: 'custom', label: 'Custom' },
            ]}
          />
          <Text size="xs" c="dimmed" mt={4}>
            Strict: {humanMinutes(presets.strict.idleMinutes)} idle,{' '}
            {humanMinutes(presets.strict.absoluteMinutes)} absolute. Standard:{' '}
            {humanMinutes(presets.standard.idleMinutes)} idle,{' '}
            {humanMinutes(presets.standard.absoluteMinutes)} absolute.
          </Text>
        </div>
        <LimitInput
          label="Idle timeout"
          description={`${humanMinutes(bounds.idleMinutes.min)} to ${humanMinutes(bounds.idleMinutes.max)}`}
          value={idle}
          onChange={change(setIdle)}
          disabled={preset !== 'custom'}
          error={errorOf('idleMinutes')}
          testId="idle"
        />
        <LimitInput
          label="Absolute lifetime"
          description={`${humanMinutes(bounds.absoluteMinutes.min)} to ${humanMinutes(bounds.absoluteMinutes.max)}`}
          value={absolute}
          onChange={change(setAbsolute)}
          disabled={preset !== 'custom'}
          error={errorOf('absoluteMinutes')}
          testId="absolute"
        />
        {showAlert ? (
          <Alert color="red" role="alert" title="The policy was not saved" data-testid="policy-error">
            {unshown.length > 0
              ? unshown
                  .map(([field, message]) => `${field === 'preset' ? 'Preset' : field}: ${message}`)
                  .join('; ')
              : errorMessage(save.error)}
          </Alert>
        ) : null}
        {save.isSuccess && !touched ? (
          <Alert color="green" role="status" data-testid="policy-saved">
            Saved: {PRESET_LABELS[save.data.preset]}. New sign-ins use {humanMinutes(save.data.idleMinutes)}{' '}
            idle and {humanMinutes(save.data.absoluteMinutes)} absolute.
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={save.isPending} disabled={invalid}>
            Save policy
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CoverageToggles() {
  const queryClient = useQueryClient();
  const users = useQuery({ queryKey: ['users'], queryFn: api.users });
  const toggle = useMutation({
    mutationFn: ({ id, on }: { id: string; on: boolean }) => api.updateUser(id, { canCoverL1: on }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
  const engineers = (users.data?.users ?? []).filter((u) => u.role === 'engineer' && !u.disabled);
  return (
    <Stack gap="sm" component="section" aria-labelledby="coverage-heading">
      <Title order={3} size="h4" id="coverage-heading">
        L1 coverage
      </Title>
      <Text size="sm" c="dimmed">
        Engineers who may take first-call (L1) work when the front desk is busy.
      </Text>
      {toggle.isError ? (
        <Alert color="red" role="alert">
          {errorMessage(toggle.error)}
        </Alert>
      ) : null}
      {users.isPending ? (
        <Loading />
      ) : users.isError ? (
        <ErrorState error={users.error} onRetry={() => users.refetch()} />
      ) : engineers.length === 0 ? (
        <Empty title="No engineers yet">Invite engineers on the Users page.</Empty>
      ) : (
        <Table aria-label="L1 coverage">
          <Table.Tbody>
            {engineers.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>
                  {u.name}
                  <Text size="xs" c="dimmed">
                    {u.email}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Switch
                    label="Covers L1"
                    checked={u.canCoverL1}
                    disabled={toggle.isPending}
                    onChange={(e) => toggle.mutate({ id: u.id, on: e.currentTarget.checked })}
                    aria-label={`${u.name} covers L1`}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

export function PolicyPage() {
  const policy = useQuery({ queryKey: ['policy'], queryFn: api.policy });
  return (
    <Stack gap="lg">
      <Title order={2}>Policy</Title>
      <Paper withBorder p="md">
        {policy.isPending ? (
          <Loading label="Loading policy…" />
        ) : policy.isError ? (
          <ErrorState error={policy.error} onRetry={() => policy.refetch()} />
        ) : (
          <SessionPolicyForm policy={policy.data} />
        )}
      </Paper>
      <Paper withBorder p="md">
        <CoverageToggles />
      </Paper>
    </Stack>
  );
}
