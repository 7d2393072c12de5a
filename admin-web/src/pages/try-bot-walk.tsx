import {
  Alert,
  Anchor,
  Button,
  Grid,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api/endpoints.ts';
import { walkConsole } from '../api/walk-endpoints.ts';
import { AdaptiveCardView, type CardPress } from '../components/adaptive-card.tsx';
import { errorMessage } from '../components/states.tsx';

interface Shown {
  sessionId: string;
  walkId: string | null;
  card: object | null;
}

/**
 * "Try the bot", L1 view: what a first-line tech does on a call. Enter the ticket, see which flow
 * was picked (or built) and why, then walk it on the same Adaptive Card Teams shows. Walk buttons
 * go to the walk verbs; the resolution note preview and post use the session console routes.
 */
export function TryBotWalkPage() {
  const [summary, setSummary] = useState('');
  const [details, setDetails] = useState('');
  const [client, setClient] = useState('');
  const [decision, setDecision] = useState<string | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);

  const start = useMutation({
    mutationFn: () => walkConsole.start({ summary, details, client }),
    onSuccess: (result) => {
      setDecision(result.decision?.text ?? null);
      setShown({ sessionId: result.sessionId, walkId: result.walk?.walkId ?? null, card: result.card });
    },
  });
  const press = useMutation({
    mutationFn: async (p: CardPress): Promise<Shown> => {
      const current = shown as Shown;
      if (p.verb.startsWith('walk.') && current.walkId) {
        const next = await walkConsole.act(current.walkId, p.verb, p.data);
        return { ...current, card: next.card };
      }
      const next = await api.console.act(current.sessionId, p.verb, p.data);
      return { ...current, card: next.card };
    },
    onSuccess: setShown,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (summary.trim().length >= 3 && !start.isPending) start.mutate();
  };
  const restart = () => {
    setShown(null);
    setDecision(null);
    setSummary('');
    setDetails('');
    setClient('');
    start.reset();
    press.reset();
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <div>
          <Title order={2}>Try the bot: walk a flow (L1)</Title>
          <Text size="sm" c="dimmed">
            Enter a ticket; the bot picks the troubleshooting flow (or builds one from the knowledge base) and
            you walk it step by step.{' '}
            <Anchor component={Link} to="/try">
              Engineer chat instead
            </Anchor>
          </Text>
        </div>
        {shown ? (
          <Button variant="default" onClick={restart}>
            New ticket
          </Button>
        ) : null}
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="sm">
            <form onSubmit={submit}>
              <Stack gap="xs">
                <TextInput
                  label="Summary"
                  value={summary}
                  onChange={(e) => setSummary(e.currentTarget.value)}
                  disabled={Boolean(shown)}
                  required
                />
                <Textarea
                  label="Details"
                  autosize
                  minRows={2}
                  value={details}
                  onChange={(e) => setDetails(e.currentTarget.value)}
                  disabled={Boolean(shown)}
                />
                <TextInput
                  label="Client"
                  description="The client company, if the ticket names one"
                  value={client}
                  onChange={(e) => setClient(e.currentTarget.value)}
                  disabled={Boolean(shown)}
                />
                <Group justify="flex-end">
                  <Button
                    type="submit"
                    loading={start.isPending}
                    disabled={summary.trim().length < 3 || Boolean(shown)}
                  >
                    Find a flow
                  </Button>
                </Group>
              </Stack>
            </form>
            {start.isError ? (
              <Alert color="red" role="alert" mt="sm">
                {errorMessage(start.error)}
              </Alert>
            ) : null}
            {decision ? (
              <Alert color="blue" role="status" mt="sm" data-testid="walk-decision">
                {decision}
              </Alert>
            ) : null}
            {shown ? (
              <Text size="sm" mt="sm">
                <Anchor component={Link} to={`/sessions/${shown.sessionId}`}>
                  See the session
                </Anchor>
              </Text>
            ) : null}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="sm" data-testid="walk-card">
            <Stack gap="sm">
              <Title order={3} size="h5">
                Walk card (as in Teams)
              </Title>
              {press.isError ? (
                <Alert color="red" role="alert">
                  {errorMessage(press.error)}
                </Alert>
              ) : null}
              {shown?.card ? (
                <AdaptiveCardView
                  card={shown.card}
                  onExecute={(p) => press.mutate(p)}
                  disabled={press.isPending}
                />
              ) : (
                <Text size="sm" c="dimmed">
                  {shown
                    ? 'No flow to walk for this ticket.'
                    : 'The first step appears after you enter a ticket.'}
                </Text>
              )}
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
