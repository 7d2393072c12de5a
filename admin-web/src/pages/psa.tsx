import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  PasswordInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { type PsaSettingsView, psaApi } from '../api/integrations.ts';
import { ErrorState, errorMessage, formatDate, Loading } from '../components/states.tsx';
import { PsaBoards } from './psa-boards.tsx';
import { PsaMembers } from './psa-members.tsx';

type Provider = 'connectwise' | 'local';

/** ConnectWise settings (or the built-in ticketing), the connection test and what was last tested. */
function ConnectionForm({ settings }: { settings: PsaSettingsView | null }) {
  const queryClient = useQueryClient();
  const [provider, setProvider] = useState<Provider>(settings?.provider ?? 'connectwise');
  const [siteUrl, setSiteUrl] = useState(settings?.siteUrl ?? '');
  const [companyId, setCompanyId] = useState(settings?.companyId ?? '');
  const [publicKey, setPublicKey] = useState(settings?.publicKey ?? '');
  const [privateKey, setPrivateKey] = useState('');
  const [clientId, setClientId] = useState(settings?.clientId ?? '');
  const save = useMutation({
    mutationFn: () =>
      psaApi.save(
        provider === 'local'
          ? { provider: 'local' }
          : {
              provider: 'connectwise',
              siteUrl: siteUrl.trim(),
              companyId: companyId.trim(),
              publicKey: publicKey.trim(),
              ...(privateKey.trim() ? { privateKey: privateKey.trim() } : {}),
              clientId: clientId.trim(),
              // Saving the keys again keeps the boards and statuses already picked.
              boards: settings?.boards ?? [],
              ...(settings?.resolvedStatus ? { resolvedStatus: settings.resolvedStatus } : {}),
              ...(settings?.escalatedStatus ? { escalatedStatus: settings.escalatedStatus } : {}),
            },
      ),
    onSuccess: async () => {
      setPrivateKey('');
      test.reset();
      await queryClient.invalidateQueries({ queryKey: ['psa'] });
    },
  });
  const test = useMutation({
    mutationFn: psaApi.test,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['psa', 'settings'] }),
  });
  const fields = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="psa-connection">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h4" id="psa-connection">
            Connection
          </Title>
          <SegmentedControl
            aria-label="Ticketing system"
            value={provider}
            onChange={(v) => setProvider(v as Provider)}
            data={[
              { value: 'connectwise', label: 'ConnectWise Manage' },
              { value: 'local', label: 'Built-in ticketing' },
            ]}
          />
          {provider === 'connectwise' ? (
            <>
              <TextInput
                label="Site URL"
                description="e.g. https://na.myconnectwise.net"
                value={siteUrl}
                onChange={(e) => setSiteUrl(e.currentTarget.value)}
                error={fields.siteUrl}
              />
              <Group grow align="flex-start">
                <TextInput
                  label="Company ID"
                  value={companyId}
                  onChange={(e) => setCompanyId(e.currentTarget.value)}
                  error={fields.companyId}
                />
                <TextInput
                  label="Client ID"
                  description="From developer.connectwise.com"
                  value={clientId}
                  onChange={(e) => setClientId(e.currentTarget.value)}
                  error={fields.clientId}
                />
              </Group>
              <Group grow align="flex-start">
                <TextInput
                  label="Public key"
                  value={publicKey}
                  onChange={(e) => setPublicKey(e.currentTarget.value)}
                  error={fields.publicKey}
                />
                <PasswordInput
                  label="Private key"
                  description={
                    settings?.hasPrivateKey ? 'Stored and never shown; leave empty to keep it' : undefined
                  }
                  value={privateKey}
                  onChange={(e) => setPrivateKey(e.currentTarget.value)}
                  error={fields.privateKey}
                />
              </Group>
            </>
          ) : (
            <Text size="sm" c="dimmed">
              Resolution notes and escalations are kept as tickets inside ResolutionFlow.
            </Text>
          )}
          {save.isError && Object.keys(fields).length === 0 ? (
            <Alert color="red" role="alert">
              {errorMessage(save.error)}
            </Alert>
          ) : null}
          {save.isSuccess ? (
            <Text size="sm" c="green" role="status">
              Settings saved.
            </Text>
          ) : null}
          <Group>
            <Button type="submit" loading={save.isPending}>
              Save settings
            </Button>
            <Button
              variant="default"
              onClick={() => test.mutate()}
              loading={test.isPending}
              disabled={!settings}
            >
              Test connection
            </Button>
          </Group>
          <TestOutcome settings={settings} test={test.data} error={test.error} />
        </Stack>
      </form>
    </Paper>
  );
}

function TestOutcome({
  settings,
  test,
  error,
}: {
  settings: PsaSettingsView | null;
  test: Awaited<ReturnType<typeof psaApi.test>> | undefined;
  error: unknown;
}) {
  if (error) {
    return (
      <Alert color="red" role="alert">
        {errorMessage(error)}
      </Alert>
    );
  }
  if (test) {
    return (
      <Alert color={test.ok ? 'green' : 'red'} role="status" data-testid="psa-test">
        {test.ok ? test.detail : test.reason}
      </Alert>
    );
  }
  if (!settings?.lastTestedAt) return null;
  return (
    <Text size="xs" c="dimmed">
      Last tested {formatDate(settings.lastTestedAt)}:{' '}
      {settings.lastTestError ? `failed (${settings.lastTestError})` : 'worked'}
    </Text>
  );
}

function badgeColor(current: PsaSettingsView | null): string {
  if (!current) return 'gray';
  if (current.provider === 'local') return 'green';
  return current.lastTestError ? 'red' : current.lastTestedAt ? 'green' : 'yellow';
}

/** `/integrations/psa`: connect the PSA, pick boards and statuses from it, and map people to its members. */
export function PsaPage() {
  const settings = useQuery({ queryKey: ['psa', 'settings'], queryFn: psaApi.settings });
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  const current = settings.data.settings;
  return (
    <Stack gap="md" maw={900}>
      <Group justify="space-between">
        <Title order={2}>PSA</Title>
        <Badge variant="light" color={badgeColor(current)} data-testid="psa-state">
          {!current
            ? 'Not connected'
            : current.provider === 'local'
              ? 'Built-in ticketing'
              : current.lastTestError
                ? 'ConnectWise: last test failed'
                : current.lastTestedAt
                  ? 'ConnectWise connected'
                  : 'ConnectWise not tested yet'}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        Resolution notes, escalations and time entries go to the ticket in your PSA. Keys are stored encrypted
        and never shown again.
      </Text>
      <ConnectionForm settings={current} />
      {current?.provider === 'connectwise' ? <PsaBoards settings={current} /> : null}
      {current ? <PsaMembers /> : null}
    </Stack>
  );
}
