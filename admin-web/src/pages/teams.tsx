import {
  Alert,
  Button,
  Code,
  Group,
  List,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { chatApi, type TeamsIntegrationView } from '../api/integrations.ts';
import { EscalationReminders } from '../components/escalation-reminders.tsx';
import { ErrorState, errorMessage, formatDate, Loading } from '../components/states.tsx';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function LinkTenant() {
  const queryClient = useQueryClient();
  const [tenantId, setTenantId] = useState('');
  const link = useMutation({
    mutationFn: () => chatApi.linkTenant(tenantId.trim()),
    onSuccess: async () => {
      setTenantId('');
      await queryClient.invalidateQueries({ queryKey: ['integrations', 'teams'] });
    },
  });
  const fields = link.error instanceof ApiError ? link.error.fieldErrors() : {};
  const shapeOk = GUID.test(tenantId.trim());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (shapeOk) link.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-start">
        <TextInput
          label="Microsoft 365 tenant id"
          description="Entra admin center → Overview → Tenant ID"
          placeholder="00000000-0000-0000-0000-000000000000"
          w={380}
          value={tenantId}
          onChange={(e) => setTenantId(e.currentTarget.value)}
          error={fields.tenantId ?? (tenantId && !shapeOk ? 'A tenant id is a GUID' : undefined)}
        />
        <Button type="submit" mt={47} loading={link.isPending} disabled={!shapeOk}>
          Link tenant
        </Button>
      </Group>
      {link.isError && !fields.tenantId ? (
        <Alert color="red" role="alert" mt="xs">
          {errorMessage(link.error)}
        </Alert>
      ) : null}
    </form>
  );
}

/** Picks among the channels the app has seen; a channel it has never seen has no reference to post with. */
function TechnicianChannel({ view }: { view: TeamsIntegrationView }) {
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState('');
  const save = useMutation({
    mutationFn: () => chatApi.teamsChannel(choice),
    onSuccess: async () => {
      setChoice('');
      await queryClient.invalidateQueries({ queryKey: ['integrations', 'teams'] });
    },
  });
  const current = view.technicianChannel;
  const teamOf = (id: string) => view.channels.find((c) => c.conversationId === id)?.teamId;
  return (
    <Stack gap="xs">
      <Text size="sm" data-testid="teams-technician-channel">
        {current
          ? `Escalations are posted in the Teams channel ${current.conversationId}${teamOf(current.conversationId) ? ` (team ${teamOf(current.conversationId)})` : ''}.`
          : 'No technician channel yet: escalations stay in ResolutionFlow until you pick one.'}
      </Text>
      <Text size="xs" c="dimmed">
        Add the app to the team, then in the channel send <Code>@ResolutionFlow techchannel</Code>; or pick
        one of the channels the app has already been added to.
      </Text>
      {view.channels.length > 0 ? (
        <Group align="flex-end">
          <NativeSelect
            label="Channel"
            value={choice}
            onChange={(e) => setChoice(e.currentTarget.value)}
            data={[
              { value: '', label: 'Choose a channel…' },
              ...view.channels.map((c) => ({
                value: c.conversationId,
                label: `${c.conversationId}${c.teamId ? ` · team ${c.teamId}` : ''}`,
              })),
            ]}
          />
          <Button onClick={() => save.mutate()} disabled={!choice} loading={save.isPending}>
            Set channel
          </Button>
        </Group>
      ) : null}
      {save.isError ? (
        <Alert color="red" role="alert">
          {errorMessage(save.error)}
        </Alert>
      ) : null}
    </Stack>
  );
}

/** Fetches the zip with the signed-in session and hands it to the browser as a download. */
function AppPackage({ available }: { available: boolean }) {
  const download = useMutation({
    mutationFn: async () => {
      const blob = await chatApi.appPackage();
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = 'resolutionflow-teams-app.zip';
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  });
  if (!available) {
    return (
      <Alert color="gray" title="The app package needs the bot id">
        Set MICROSOFT_APP_ID (and PUBLIC_URL to the address Teams will call), restart, and the download
        appears here. <Code>npm run manifest:teams</Code> builds the same zip.
      </Alert>
    );
  }
  return (
    <Stack gap="xs">
      <Text size="sm">
        Upload it in Teams: Apps → Manage your apps → Upload an app (your Teams admin may need to allow custom
        apps).
      </Text>
      <Group>
        <Button onClick={() => download.mutate()} loading={download.isPending}>
          Download Teams app package
        </Button>
      </Group>
      {download.isError ? (
        <Alert color="red" role="alert">
          {errorMessage(download.error)}
        </Alert>
      ) : null}
    </Stack>
  );
}

/** `/integrations/teams`: linked tenants, the technician channel and the app package. */
export function TeamsPage() {
  const teams = useQuery({ queryKey: ['integrations', 'teams'], queryFn: chatApi.teams });
  if (teams.isPending) return <Loading />;
  if (teams.isError) return <ErrorState error={teams.error} onRetry={() => void teams.refetch()} />;
  const view = teams.data;
  return (
    <Stack gap="md" maw={900}>
      <Title order={2}>Microsoft Teams</Title>
      <Paper withBorder p="md" component="section" aria-labelledby="teams-tenant">
        <Stack gap="sm">
          <Title order={3} size="h4" id="teams-tenant">
            Linked tenant
          </Title>
          <Text size="sm" c="dimmed">
            Teams users of a linked tenant sign in to this account by chatting with the bot.
          </Text>
          {view.tenants.length > 0 ? (
            <List size="sm" data-testid="teams-tenants">
              {view.tenants.map((t) => (
                <List.Item key={t.tenantId}>
                  <Code>{t.tenantId}</Code> linked {formatDate(t.linkedAt)}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm">No tenant linked yet.</Text>
          )}
          <LinkTenant />
        </Stack>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="teams-channel">
        <Stack gap="xs">
          <Title order={3} size="h4" id="teams-channel">
            Technician channel
          </Title>
          <TechnicianChannel view={view} />
          <EscalationReminders />
        </Stack>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="teams-package">
        <Stack gap="sm">
          <Title order={3} size="h4" id="teams-package">
            Teams app package
          </Title>
          <AppPackage available={view.appPackageAvailable} />
        </Stack>
      </Paper>
    </Stack>
  );
}
