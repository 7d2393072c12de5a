import { Alert, Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { api } from '../api/endpoints.ts';

/**
 * The account's bar for assistant drafts: match-or-build offers an AI or knowledge-built draft as
 * validated, and the hourly flywheel publishes it, once this many walks worked at this success share.
 */
export function FlowPromotionBar() {
  const qc = useQueryClient();
  const account = useQuery({ queryKey: ['account'], queryFn: () => api.account() });
  const [walks, setWalks] = useState<number | string>('');
  const [percent, setPercent] = useState<number | string>('');
  useEffect(() => {
    if (!account.data) return;
    setWalks(Number(account.data.flowPromoteMinWalks));
    setPercent(Number(account.data.flowPromoteMinSuccessPercent));
  }, [account.data]);
  const save = useMutation({
    mutationFn: () =>
      api.updateAccount({
        flowPromoteMinWalks: Number(walks),
        flowPromoteMinSuccessPercent: Number(percent),
      }),
    onSuccess: (next) => qc.setQueryData(['account'], next),
  });
  const fieldErrors = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  if (!account.data) return null;
  return (
    <Paper withBorder p="md" aria-label="Promotion bar">
      <Stack gap="xs">
        <Title order={4}>Promotion bar for assistant drafts</Title>
        <Text size="sm" c="dimmed">
          A draft the assistant built is offered to L1 as validated, and published by the hourly job, once
          enough walks worked. A published draft whose success share falls below the bar goes back to draft.
        </Text>
        <Group align="flex-end">
          <NumberInput
            label="Successful walks"
            min={1}
            max={100}
            clampBehavior="none"
            value={walks}
            onChange={setWalks}
            error={fieldErrors.flowPromoteMinWalks}
            w={160}
          />
          <NumberInput
            label="Success share (%)"
            min={50}
            max={100}
            clampBehavior="none"
            value={percent}
            error={fieldErrors.flowPromoteMinSuccessPercent}
            onChange={setPercent}
            w={160}
          />
          <Button onClick={() => save.mutate()} loading={save.isPending}>
            Save bar
          </Button>
        </Group>
        {save.isSuccess && !save.isPending && <Text c="green">Saved.</Text>}
        {save.isError && Object.keys(fieldErrors).length === 0 && (
          <Alert color="red">
            {save.error instanceof ApiError || save.error instanceof Error
              ? save.error.message
              : 'Not saved.'}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
