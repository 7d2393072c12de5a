import { Alert, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { api } from '../api/endpoints.ts';
import { errorMessage } from './states.tsx';

/**
 * The account's unclaimed-escalation reminders, shown next to the technician channel on the Slack
 * and Teams pages: after N minutes the technician channel is pinged, at 2N the admins are told;
 * 0 turns it off. The server validates (0–1440 whole minutes) and the field shows its message.
 */
export function EscalationReminders() {
  const queryClient = useQueryClient();
  const account = useQuery({ queryKey: ['account'], queryFn: api.account });
  const [minutes, setMinutes] = useState<number | ''>('');
  const current = account.data?.escalationReminderMinutes;
  useEffect(() => {
    if (typeof current === 'number') setMinutes(current);
  }, [current]);
  const save = useMutation({
    mutationFn: () => api.updateAccount({ escalationReminderMinutes: minutes === '' ? Number.NaN : minutes }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['account'] });
    },
  });
  const fields = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  if (typeof current !== 'number') return null;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Text size="sm" data-testid="escalation-reminders">
          {current === 0
            ? 'Reminders about unclaimed escalations are off.'
            : `An escalation nobody claims is re-announced in the technician channel after ${current} minutes; admins are told after ${current * 2}.`}
        </Text>
        <Group align="flex-start">
          <NumberInput
            label="Remind after (minutes, 0 = off)"
            value={minutes}
            onChange={(v) => setMinutes(typeof v === 'number' ? v : v === '' ? '' : Number(v))}
            min={0}
            max={1440}
            // The server's refusal is shown on the field rather than silently clamped.
            clampBehavior="none"
            allowDecimal={false}
            error={fields.escalationReminderMinutes}
            w={240}
          />
          <Button type="submit" mt={25} loading={save.isPending} disabled={minutes === current}>
            Save
          </Button>
        </Group>
        {save.isError && !fields.escalationReminderMinutes ? (
          <Alert color="red" role="alert">
            {errorMessage(save.error)}
          </Alert>
        ) : null}
      </Stack>
    </form>
  );
}
