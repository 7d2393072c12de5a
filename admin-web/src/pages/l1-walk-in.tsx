import {
  Alert,
  Autocomplete,
  Button,
  Group,
  Modal,
  NativeSelect,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { type TicketView, ticketsApi } from '../api/tickets.ts';
import { useSubmit } from '../api/use-submit.ts';
import { errorMessage } from '../components/states.tsx';

const PRIORITIES: Array<{ value: TicketView['priority']; label: string }> = [
  { value: 'low', label: 'Low' },
  { value: 'medium', label: 'Medium' },
  { value: 'high', label: 'High' },
  { value: 'urgent', label: 'Urgent' },
];

/**
 * "Log a walk-in": the same fields as the Slack modal and the Teams dialog. The client is picked
 * from the PSA's companies when one is connected (ConnectWise needs its id), else typed or picked
 * from clients the account has used before.
 */
export function WalkInDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const clients = useQuery({ queryKey: ['walk-in-clients'], queryFn: ticketsApi.clients, enabled: opened });
  const [contactName, setContactName] = useState('');
  const [contactEmail, setContactEmail] = useState('');
  const [client, setClient] = useState('');
  const [clientId, setClientId] = useState<string | null>(null);
  const [summary, setSummary] = useState('');
  const [details, setDetails] = useState('');
  const [priority, setPriority] = useState<TicketView['priority']>('medium');
  const fromPsa = clients.data?.source === 'psa';
  const log = useSubmit({
    mutationFn: () =>
      ticketsApi.logWalkIn({
        contactName: contactName.trim(),
        ...(contactEmail.trim() ? { contactEmail: contactEmail.trim() } : {}),
        client: client.trim(),
        ...(fromPsa && clientId ? { clientId } : {}),
        summary: summary.trim(),
        details: details.trim(),
        priority,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['l1-queue'] });
      setContactName('');
      setContactEmail('');
      setClient('');
      setClientId(null);
      setSummary('');
      setDetails('');
      setPriority('medium');
      onClose();
    },
  });
  const fields = log.error instanceof ApiError ? log.error.fieldErrors() : {};
  const ready = contactName.trim() && client.trim() && summary.trim().length >= 3;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready) log.mutate();
  };
  const psaOptions = (clients.data?.clients ?? []).map((c) => ({ value: c.id ?? c.name, label: c.name }));
  return (
    <Modal opened={opened} onClose={onClose} title="Log a walk-in" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Contact name"
            required
            data-autofocus
            maxLength={200}
            value={contactName}
            onChange={(e) => setContactName(e.currentTarget.value)}
            error={fields.contactName}
          />
          <TextInput
            label="Contact email"
            type="email"
            maxLength={320}
            value={contactEmail}
            onChange={(e) => setContactEmail(e.currentTarget.value)}
            error={fields.contactEmail}
          />
          {fromPsa ? (
            <Select
              label="Client company"
              required
              searchable
              data={psaOptions}
              value={clientId}
              onChange={(value, option) => {
                setClientId(value);
                setClient(option?.label ?? '');
              }}
              error={fields.clientId ?? fields.client}
              nothingFoundMessage="No company by that name in the PSA"
            />
          ) : (
            <Autocomplete
              label="Client company"
              required
              maxLength={200}
              data={(clients.data?.clients ?? []).map((c) => c.name)}
              value={client}
              onChange={setClient}
              error={fields.client}
            />
          )}
          <TextInput
            label="Summary"
            required
            // The server's limits, so a long text is stopped while typed, not refused after.
            maxLength={500}
            description={summary.length > 400 ? `${summary.length} / 500 characters` : undefined}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            error={fields.summary}
          />
          <Textarea
            label="Details"
            autosize
            minRows={3}
            maxLength={8000}
            value={details}
            onChange={(e) => setDetails(e.currentTarget.value)}
            error={fields.details}
          />
          <NativeSelect
            label="Priority"
            value={priority}
            onChange={(e) => setPriority(e.currentTarget.value as TicketView['priority'])}
            data={PRIORITIES}
          />
          {log.isError && Object.keys(fields).length === 0 ? (
            <Alert color="red" role="alert">
              {errorMessage(log.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={log.isPending} disabled={!ready}>
              Log walk-in
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
