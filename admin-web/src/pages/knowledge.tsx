import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  PasswordInput,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { api } from '../api/endpoints.ts';
import type { KbConnectorKind, KbConnectorView } from '../api/types.ts';
import { useSession } from '../auth/session.tsx';
import { Empty, ErrorState, errorMessage, formatDate, Loading } from '../components/states.tsx';

const KIND_LABEL: Record<KbConnectorKind, string> = {
  itglue: 'IT Glue',
  hudu: 'Hudu',
  graph: 'SharePoint / OneDrive',
  demo: 'Built in (read-only)',
};

/** What an admin can add; built-in sources (the demo articles) come with the account. */
type AddableKind = Exclude<KbConnectorKind, 'demo'>;
const ADDABLE_KINDS: readonly AddableKind[] = ['itglue', 'hudu', 'graph'];

const STATE_COLOR = { idle: 'green', running: 'blue', failed: 'red' } as const;

/**
 * The knowledge connectors (IT Glue, Hudu, SharePoint/OneDrive): status, test, sync now, add and
 * remove (admins), and a search box that shows exactly what the assistant would be given.
 */
export function KnowledgePage() {
  const { current } = useSession();
  const isAdmin = current?.user.role === 'owner' || current?.user.role === 'admin';
  const list = useQuery({ queryKey: ['kb-connectors'], queryFn: api.kb.connectors });
  const [adding, { open, close }] = useDisclosure(false);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>Knowledge</Title>
        {isAdmin ? <Button onClick={open}>Add connector</Button> : null}
      </Group>
      <Text size="sm" c="dimmed">
        Documentation the assistant searches on every turn: only the ticket's client's documents and your own,
        never another client's.
      </Text>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorState error={list.error} onRetry={() => list.refetch()} /> : null}
      {list.isSuccess && list.data.connectors.length === 0 ? (
        <Empty title="No knowledge connectors yet">
          {isAdmin ? 'Add IT Glue, Hudu or SharePoint to ground answers in your own documentation.' : null}
        </Empty>
      ) : null}
      {list.isSuccess && list.data.connectors.length > 0 ? (
        <Table striped aria-label="Knowledge connectors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Source</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Documents</Table.Th>
              <Table.Th>Last success</Table.Th>
              {isAdmin ? <Table.Th>Actions</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.connectors.map((c) => (
              <ConnectorRow key={c.id} connector={c} isAdmin={isAdmin} />
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <SearchBox />
      <Modal opened={adding} onClose={close} title="Add a knowledge connector" centered size="lg">
        <AddConnectorForm onDone={close} />
      </Modal>
    </Stack>
  );
}

function ConnectorRow({ connector: c, isAdmin }: { connector: KbConnectorView; isAdmin: boolean }) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['kb-connectors'] });
  const test = useMutation({ mutationFn: () => api.kb.test(c.id) });
  const sync = useMutation({ mutationFn: () => api.kb.sync(c.id), onSuccess: refresh });
  const remove = useMutation({ mutationFn: () => api.kb.remove(c.id), onSuccess: refresh });
  const skipped = c.status.lastRun?.skipped ?? 0;
  return (
    <Table.Tr>
      <Table.Td>{c.name}</Table.Td>
      <Table.Td>{KIND_LABEL[c.kind]}</Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <Badge color={STATE_COLOR[c.status.state]} variant="light">
            {c.status.state}
          </Badge>
          {c.status.lastError ? (
            <Text size="xs" c="red" data-testid="connector-error">
              {c.status.lastError}
            </Text>
          ) : null}
          {skipped > 0 ? (
            <Text size="xs" c="dimmed">
              {skipped} file{skipped === 1 ? '' : 's'} skipped in the last run
            </Text>
          ) : null}
        </Stack>
      </Table.Td>
      <Table.Td>{c.status.documentCount}</Table.Td>
      <Table.Td>{formatDate(c.status.lastSuccessAt)}</Table.Td>
      {isAdmin && c.readOnly ? (
        <Table.Td>
          <Text size="xs" c="dimmed" data-testid="connector-read-only">
            Read-only: built in, searched like your own documentation.
          </Text>
        </Table.Td>
      ) : null}
      {isAdmin && !c.readOnly ? (
        <Table.Td>
          <Stack gap={4}>
            <Group gap="xs">
              <Button size="xs" variant="light" onClick={() => test.mutate()} loading={test.isPending}>
                Test
              </Button>
              <Button size="xs" variant="light" onClick={() => sync.mutate()} loading={sync.isPending}>
                Sync now
              </Button>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                onClick={() => {
                  if (window.confirm(`Remove ${c.name} and its ${c.status.documentCount} documents?`))
                    remove.mutate();
                }}
              >
                Remove
              </Button>
            </Group>
            {test.isSuccess ? (
              <Text size="xs" c={test.data.ok ? 'green' : 'red'} role="status" data-testid="connector-test">
                {test.data.ok ? 'Connection works.' : test.data.reason}
              </Text>
            ) : null}
            {sync.isSuccess ? (
              <Text size="xs" c="dimmed" role="status">
                Sync queued.
              </Text>
            ) : null}
            {test.isError || sync.isError || remove.isError ? (
              <Text size="xs" c="red" role="alert">
                {errorMessage(test.error ?? sync.error ?? remove.error)}
              </Text>
            ) : null}
          </Stack>
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}

/** One form for the three kinds: the fields each needs, the secret under the name its product uses. */
function AddConnectorForm({ onDone }: { onDone: () => void }) {
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<AddableKind>('itglue');
  const [name, setName] = useState('');
  const [secret, setSecret] = useState('');
  const [region, setRegion] = useState('us');
  const [assetTypes, setAssetTypes] = useState('');
  const [baseUrl, setBaseUrl] = useState('');
  const [tenantId, setTenantId] = useState('');
  const [clientId, setClientId] = useState('');
  const [sites, setSites] = useState('');
  const [mspOrganization, setMspOrganization] = useState('');
  const [folderMappings, setFolderMappings] = useState('');
  const [folderIsClient, setFolderIsClient] = useState(false);
  const [clientFoldersIn, setClientFoldersIn] = useState('');
  const create = useMutation({
    mutationFn: api.kb.create,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['kb-connectors'] });
      onDone();
    },
  });
  const fields = create.error instanceof ApiError ? create.error.fieldErrors() : {};
  /** The first error under a list field, with the line it came from ("line 2: …"). */
  const lineError = (prefix: string) => {
    const key = Object.keys(fields).find((k) => k.startsWith(`${prefix}.`));
    if (!key) return fields[prefix];
    const index = Number(key.slice(prefix.length + 1).split('.')[0]);
    return Number.isInteger(index) ? `line ${index + 1}: ${fields[key]}` : fields[key];
  };
  const list = (text: string) =>
    text
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // "Clients/Contoso = Contoso Ltd"; nothing after "=" files the folder as your own documentation.
    const folderCompanies = folderMappings
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => {
        const [folder = '', ...client] = line.split('=');
        const company = client.join('=').trim();
        return { folder: folder.trim(), company: line.includes('=') && !company ? null : company };
      });
    const settings =
      kind === 'itglue'
        ? {
            region,
            flexibleAssetTypeIds: list(assetTypes),
            ...(baseUrl ? { baseUrl } : {}),
            ...(mspOrganization.trim() ? { mspOrganizationId: mspOrganization.trim() } : {}),
          }
        : kind === 'hudu'
          ? { baseUrl }
          : {
              tenantId,
              clientId,
              siteIds: list(sites),
              folderCompanies,
              folderNameIsCompany: folderIsClient ? [{ parent: clientFoldersIn.trim() }] : [],
            };
    create.mutate(
      kind === 'graph'
        ? { kind, name, clientSecret: secret, settings }
        : { kind, name, apiKey: secret, settings },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <NativeSelect
          label="Source"
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as AddableKind)}
          data={ADDABLE_KINDS.map((value) => ({ value, label: KIND_LABEL[value] }))}
        />
        <TextInput
          label="Name"
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fields.name}
        />
        {kind === 'itglue' ? (
          <>
            <NativeSelect
              label="Region"
              value={region}
              onChange={(e) => setRegion(e.currentTarget.value)}
              data={['us', 'eu', 'au']}
              error={fields['settings.region']}
            />
            <TextInput
              label="Flexible asset type ids"
              description="The asset types to index, comma-separated (e.g. your runbook type)"
              value={assetTypes}
              onChange={(e) => setAssetTypes(e.currentTarget.value)}
              error={fields['settings.flexibleAssetTypeIds']}
            />
            <TextInput
              label="Your own organization id (optional)"
              description="Its documentation is shown for every client. Default: the organization IT Glue marks as primary (your company)."
              value={mspOrganization}
              onChange={(e) => setMspOrganization(e.currentTarget.value)}
              error={fields['settings.mspOrganizationId']}
            />
          </>
        ) : null}
        {kind !== 'graph' ? (
          <TextInput
            label={kind === 'hudu' ? 'Hudu URL' : 'API base URL (optional)'}
            placeholder={kind === 'hudu' ? 'https://acme.huducloud.com' : 'from the region'}
            value={baseUrl}
            onChange={(e) => setBaseUrl(e.currentTarget.value)}
            error={fields['settings.baseUrl']}
          />
        ) : (
          <>
            <TextInput
              label="Directory (tenant) id"
              value={tenantId}
              onChange={(e) => setTenantId(e.currentTarget.value)}
              error={fields['settings.tenantId']}
            />
            <TextInput
              label="Application (client) id"
              value={clientId}
              onChange={(e) => setClientId(e.currentTarget.value)}
              error={fields['settings.clientId']}
            />
            <TextInput
              label="Site ids"
              description="SharePoint sites the app was granted (Sites.Selected), comma-separated"
              value={sites}
              onChange={(e) => setSites(e.currentTarget.value)}
              error={fields['settings.driveIds'] ?? fields['settings.siteIds']}
            />
            <Checkbox
              label="Each client has its own folder (the folder name is the client)"
              checked={folderIsClient}
              onChange={(e) => setFolderIsClient(e.currentTarget.checked)}
            />
            {folderIsClient ? (
              <TextInput
                label="Client folders are inside"
                description="A folder path such as Clients; leave empty when they sit at the top of the library"
                value={clientFoldersIn}
                onChange={(e) => setClientFoldersIn(e.currentTarget.value)}
                error={lineError('settings.folderNameIsCompany')}
              />
            ) : null}
            <Textarea
              label="Folder → client (optional)"
              description="One per line: Clients/Contoso = Contoso Ltd. Nothing after = means your own documentation. Overrides the folder name."
              autosize
              minRows={2}
              value={folderMappings}
              onChange={(e) => setFolderMappings(e.currentTarget.value)}
              error={lineError('settings.folderCompanies')}
            />
          </>
        )}
        <PasswordInput
          label={kind === 'graph' ? 'Client secret' : 'API key'}
          required
          value={secret}
          onChange={(e) => setSecret(e.currentTarget.value)}
          error={fields.apiKey ?? fields.clientSecret}
        />
        {create.isError && Object.keys(fields).length === 0 ? (
          <Alert color="red" role="alert">
            {errorMessage(create.error)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            Add connector
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** What the assistant would get for a ticket: scored passages, or an honest "no answer". */
function SearchBox() {
  const [text, setText] = useState('');
  const [client, setClient] = useState('');
  const search = useMutation({ mutationFn: api.kb.search });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) search.mutate({ text, ...(client.trim() ? { companyId: client.trim() } : {}) });
  };
  return (
    <Card withBorder component="section" aria-label="Try a search">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={3}>Try a search</Title>
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label="Ticket text"
              placeholder="e.g. outlook keeps asking for a password"
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 260 }}
            />
            <TextInput
              label="Client (optional)"
              value={client}
              onChange={(e) => setClient(e.currentTarget.value)}
            />
            <Button type="submit" loading={search.isPending}>
              Search
            </Button>
          </Group>
          {search.isError ? <ErrorState error={search.error} /> : null}
          {search.isSuccess && search.data.noAnswer ? (
            <Alert color="gray" data-testid="kb-no-answer">
              No answer: nothing in the knowledge base matches this well enough.
            </Alert>
          ) : null}
          {search.isSuccess && !search.data.noAnswer ? (
            <Stack gap="xs" data-testid="kb-results">
              {search.data.passages.map((p) => (
                <Card key={p.documentId} withBorder padding="sm" data-testid="kb-result">
                  <Group justify="space-between">
                    {p.url ? (
                      <Anchor href={p.url} target="_blank" rel="noreferrer">
                        {p.title}
                      </Anchor>
                    ) : (
                      <Text fw={600}>{p.title}</Text>
                    )}
                    <Group gap="xs">
                      {p.lead ? (
                        <Badge
                          color="yellow"
                          variant="light"
                          data-testid="kb-weak-match"
                          title="A weak match: shown for you to judge. The assistant files none of its checks or fix, and no L1 flow is built from it."
                        >
                          Weak match
                        </Badge>
                      ) : null}
                      <Badge variant="light">
                        {p.source} · {Math.round(p.score * 100)}%
                      </Badge>
                    </Group>
                  </Group>
                  <Text size="sm">{p.snippet}</Text>
                </Card>
              ))}
            </Stack>
          ) : null}
        </Stack>
      </form>
    </Card>
  );
}
