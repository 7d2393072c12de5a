import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/endpoints.ts';
import { ownershipApi } from '../api/integrations.ts';
import { useSession } from '../auth/session.tsx';
import { ErrorState, errorMessage, Loading } from '../components/states.tsx';

/**
 * `/account/ownership`: the owner hands the account to someone else. One owner at a time, so the
 * old owner becomes an admin in the same step; a dialog says exactly that before anything changes.
 */
export function OwnershipPage() {
  const { current } = useSession();
  const queryClient = useQueryClient();
  const users = useQuery({ queryKey: ['users'], queryFn: api.users });
  const [target, setTarget] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [opened, { open, close }] = useDisclosure(false);
  const transfer = useMutation({
    mutationFn: () => ownershipApi.transfer(target),
    onSuccess: async () => {
      close();
      await queryClient.invalidateQueries({ queryKey: ['auth', 'session'] });
      await queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
  if (users.isPending) return <Loading />;
  if (users.isError) return <ErrorState error={users.error} onRetry={() => void users.refetch()} />;
  const owner = users.data.users.find((u) => u.role === 'owner');
  const isOwner = current?.user.role === 'owner';
  const candidates = users.data.users.filter((u) => u.role !== 'owner' && !u.disabled);
  const chosen = candidates.find((u) => u.id === target);
  return (
    <Stack gap="md" maw={720}>
      <Title order={2}>Ownership</Title>
      {transfer.isSuccess ? (
        <Alert color="green" role="status" data-testid="ownership-done">
          {transfer.data.owner.name} now owns {current?.account.name}. You are an admin.
        </Alert>
      ) : null}
      <Paper withBorder p="md" component="section">
        <Stack gap="sm">
          <Text size="sm">
            Owner: <strong>{owner ? `${owner.name} (${owner.email})` : '—'}</strong>
          </Text>
          {!isOwner ? (
            <Text size="sm" c="dimmed">
              Only the owner can transfer ownership. Ask {owner?.name ?? 'the owner'} if it should move.
            </Text>
          ) : candidates.length === 0 ? (
            <Text size="sm" c="dimmed">
              Invite someone first: ownership can only go to an active member of the account.
            </Text>
          ) : (
            <>
              <NativeSelect
                label="New owner"
                value={target}
                onChange={(e) => setTarget(e.currentTarget.value)}
                data={[
                  { value: '', label: 'Choose a person…' },
                  ...candidates.map((u) => ({ value: u.id, label: `${u.name} (${u.email}, ${u.role})` })),
                ]}
              />
              <Group>
                <Button color="red" variant="light" disabled={!chosen} onClick={open}>
                  Transfer ownership…
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </Paper>
      <Modal opened={opened} onClose={close} title="Transfer ownership?" centered>
        <Stack gap="sm">
          <Text size="sm">
            {chosen?.name} becomes the owner of {current?.account.name}, with billing and this page. You
            become an admin and cannot undo this yourself.
          </Text>
          <Checkbox
            label={`I want ${chosen?.name ?? 'them'} to own this account`}
            checked={understood}
            onChange={(e) => setUnderstood(e.currentTarget.checked)}
          />
          {transfer.isError ? (
            <Alert color="red" role="alert">
              {errorMessage(transfer.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              color="red"
              disabled={!understood}
              loading={transfer.isPending}
              onClick={() => transfer.mutate()}
            >
              Transfer ownership
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
