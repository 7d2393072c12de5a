import {
  Alert,
  Anchor,
  Button,
  Code,
  CopyButton,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { chatApi, type SlackIntegrationView } from '../api/integrations.ts';
import { EscalationReminders } from '../components/escalation-reminders.tsx';
import { Empty, ErrorState, errorMessage, formatDate, Loading } from '../components/states.tsx';

/** The install link is a 10-minute ticket: asked for on click, not on page load. */
function InstallLink({ configured }: { configured: boolean }) {
  const link = useMutation({ mutationFn: chatApi.installLink });
  if (!configured) {
    return (
      <Alert color="gray" title="Slack install is not configured on this server">
        Set SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET and PUBLIC_URL (see the README, “Connect
        real Slack”), then restart.
      </Alert>
    );
  }
  return (
    <Stack gap="xs">
      <Group>
        <Button onClick={() => link.mutate()} loading={link.isPending}>
          {link.data ? 'Get a new install link' : 'Get install link'}
        </Button>
      </Group>
      {link.isError ? (
        <Alert color="red" role="alert">
          {errorMessage(link.error)}
        </Alert>
      ) : null}
      {link.data ? (
        <Stack gap={4} data-testid="slack-install-link">
          <Text size="sm">
            Open this link in the browser where you are signed in to Slack, as a workspace admin. It works for{' '}
            {Math.round(link.data.expiresIn / 60)} minutes.
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Anchor href={link.data.url} target="_blank" rel="noreferrer" size="sm" truncate>
              {link.data.url}
            </Anchor>
            <CopyButton value={link.data.url}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" onClick={copy}>
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Stack>
      ) : null}
    </Stack>
  );
}

/** Picks the technician channel by id; the slash command does the same from inside the channel. */
function TechnicianChannel({ view, slashCommand }: { view: SlackIntegrationView; slashCommand: string }) {
  const queryClient = useQueryClient();
  const [teamId, setTeamId] = useState(view.technicianChannel?.teamId ?? view.workspaces[0]?.teamId ?? '');
  const [channelId, setChannelId] = useState('');
  const save = useMutation({
    mutationFn: () => chatApi.slackChannel({ teamId, channelId: channelId.trim() }),
    onSuccess: async () => {
      setChannelId('');
      await queryClient.invalidateQueries({ queryKey: ['integrations', 'slack'] });
    },
  });
  const fields = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  const current = view.technicianChannel;
  const workspaceName = (id: string) => view.workspaces.find((w) => w.teamId === id)?.teamName ?? id;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Stack gap="xs">
      <Text size="sm" data-testid="slack-technician-channel">
        {current
          ? `Escalations are posted in channel ${current.channelId} of ${workspaceName(current.teamId)}.`
          : 'No technician channel yet: escalations stay in ResolutionFlow until you pick one.'}
      </Text>
      <Text size="xs" c="dimmed">
        From Slack: type <Code>{slashCommand} techchannel</Code> in the channel. Or enter its id here (channel
        details → About; invite the app to a private channel first).
      </Text>
      {view.workspaces.length > 0 ? (
        <form onSubmit={submit} noValidate>
          <Group align="flex-start">
            <NativeSelect
              label="Workspace"
              value={teamId}
              onChange={(e) => setTeamId(e.currentTarget.value)}
              data={view.workspaces.map((w) => ({ value: w.teamId, label: w.teamName ?? w.teamId }))}
            />
            <TextInput
              label="Channel id"
              placeholder="C0123ABCD"
              value={channelId}
              onChange={(e) => setChannelId(e.currentTarget.value)}
              error={fields.channelId}
            />
            <Button type="submit" mt={25} loading={save.isPending} disabled={!channelId.trim()}>
              Set channel
            </Button>
          </Group>
          {save.isError && !fields.channelId ? (
            <Alert color="red" role="alert" mt="xs">
              {errorMessage(save.error)}
            </Alert>
          ) : null}
        </form>
      ) : null}
    </Stack>
  );
}

/** `/integrations/slack`: connected workspaces, the install link and the technician channel. */
export function SlackPage() {
  const slack = useQuery({ queryKey: ['integrations', 'slack'], queryFn: chatApi.slack });
  if (slack.isPending) return <Loading />;
  if (slack.isError) return <ErrorState error={slack.error} onRetry={() => void slack.refetch()} />;
  const view = slack.data;
  return (
    <Stack gap="md" maw={900}>
      <Title order={2}>Slack</Title>
      <Paper withBorder p="md" component="section" aria-labelledby="slack-workspaces">
        <Stack gap="sm">
          <Title order={3} size="h4" id="slack-workspaces">
            Connected workspaces
          </Title>
          {view.workspaces.length === 0 ? (
            <Empty title="No Slack workspace connected yet">
              Install the app with the link below; the workspace appears here once Slack sends you back.
            </Empty>
          ) : (
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Workspace</Table.Th>
                  <Table.Th>Team id</Table.Th>
                  <Table.Th>Installed</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {view.workspaces.map((w) => (
                  <Table.Tr key={w.teamId}>
                    <Table.Td>{w.teamName ?? '—'}</Table.Td>
                    <Table.Td>
                      <Code>{w.teamId}</Code>
                    </Table.Td>
                    <Table.Td>{formatDate(w.installedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <InstallLink configured={view.installConfigured} />
        </Stack>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="slack-channel">
        <Stack gap="sm">
          <Title order={3} size="h4" id="slack-channel">
            Technician channel
          </Title>
          <TechnicianChannel view={view} slashCommand={view.slashCommand} />
          <EscalationReminders />
        </Stack>
      </Paper>
    </Stack>
  );
}
