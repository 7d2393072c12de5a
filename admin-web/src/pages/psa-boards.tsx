import { Alert, Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type PsaSettingsView, psaApi } from '../api/integrations.ts';
import { errorMessage, Loading } from '../components/states.tsx';

/**
 * Boards and statuses picked from what ConnectWise itself lists, so a typo cannot silently stop
 * queue polling or status changes. A PSA failure shows ConnectWise's reason, not a blank picker.
 */
export function PsaBoards({ settings }: { settings: PsaSettingsView }) {
  const queryClient = useQueryClient();
  const boards = useQuery({ queryKey: ['psa', 'boards'], queryFn: psaApi.boards, retry: false });
  const [picked, setPicked] = useState<string[]>(settings.boards);
  const [statusBoard, setStatusBoard] = useState<string>(settings.boards[0] ?? '');
  const [resolved, setResolved] = useState(settings.resolvedStatus ?? '');
  const [escalated, setEscalated] = useState(settings.escalatedStatus ?? '');
  const statuses = useQuery({
    queryKey: ['psa', 'statuses', statusBoard],
    queryFn: () => psaApi.statuses(statusBoard),
    enabled: statusBoard !== '',
    retry: false,
  });
  const save = useMutation({
    mutationFn: () =>
      psaApi.save({
        provider: 'connectwise',
        siteUrl: settings.siteUrl ?? '',
        companyId: settings.companyId ?? '',
        publicKey: settings.publicKey ?? '',
        clientId: settings.clientId ?? '',
        boards: picked,
        ...(resolved ? { resolvedStatus: resolved } : {}),
        ...(escalated ? { escalatedStatus: escalated } : {}),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['psa', 'settings'] }),
  });

  const statusOptions = [
    { value: '', label: 'ConnectWise default' },
    ...(statuses.data?.statuses ?? []).map((s) => ({ value: s.name, label: s.name })),
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="psa-boards">
      <Stack gap="sm">
        <Title order={3} size="h4" id="psa-boards">
          Boards and statuses
        </Title>
        {boards.isPending ? <Loading label="Asking ConnectWise for its boards…" /> : null}
        {boards.isError ? (
          <Alert color="red" role="alert" title="ConnectWise did not list its boards">
            <Stack gap={4}>
              <Text size="sm">{errorMessage(boards.error)}</Text>
              <Group>
                <Button size="xs" variant="light" onClick={() => void boards.refetch()}>
                  Try again
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
        {boards.data ? (
          <>
            <Checkbox.Group
              label="Watched boards"
              description="Tickets on these boards are picked up; none picked means every board."
              value={picked}
              onChange={(value) => {
                setPicked(value);
                if (!value.includes(statusBoard)) setStatusBoard(value[0] ?? '');
              }}
            >
              <Group mt="xs">
                {boards.data.boards.map((b) => (
                  <Checkbox key={b.id} value={b.name} label={b.name} />
                ))}
              </Group>
            </Checkbox.Group>
            {picked.length > 0 ? (
              <NativeSelect
                label="Read statuses from board"
                value={statusBoard}
                onChange={(e) => setStatusBoard(e.currentTarget.value)}
                data={picked}
              />
            ) : null}
            {statuses.isError && !boards.isError ? (
              <Alert color="red" role="alert">
                {errorMessage(statuses.error)}
              </Alert>
            ) : null}
            <Group grow align="flex-start">
              <NativeSelect
                label="Status when resolved"
                value={resolved}
                onChange={(e) => setResolved(e.currentTarget.value)}
                data={withCurrent(statusOptions, resolved)}
                disabled={!statuses.data}
              />
              <NativeSelect
                label="Status when escalated"
                value={escalated}
                onChange={(e) => setEscalated(e.currentTarget.value)}
                data={withCurrent(statusOptions, escalated)}
                disabled={!statuses.data}
              />
            </Group>
            {save.isError ? (
              <Alert color="red" role="alert">
                {errorMessage(save.error)}
              </Alert>
            ) : null}
            <Group>
              <Button onClick={() => save.mutate()} loading={save.isPending}>
                Save boards and statuses
              </Button>
              {save.isSuccess ? (
                <Text size="sm" c="green" role="status">
                  Boards and statuses saved.
                </Text>
              ) : null}
            </Group>
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Keeps a saved status visible even when the board picked now does not list it. */
function withCurrent(options: Array<{ value: string; label: string }>, current: string) {
  return current && !options.some((o) => o.value === current)
    ? [...options, { value: current, label: `${current} (saved)` }]
    : options;
}
