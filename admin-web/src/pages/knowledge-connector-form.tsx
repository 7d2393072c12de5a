import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  PasswordInput,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { api } from '../api/endpoints.ts';
import type { KbConnectorChange, KbConnectorKind, KbConnectorView } from '../api/types.ts';
import { useSubmit } from '../api/use-submit.ts';
import { errorMessage } from '../components/states.tsx';

/** What an admin can add; built-in sources (the demo articles) come with the account. */
export type AddableKind = Exclude<KbConnectorKind, 'demo'>;
const ADDABLE_KINDS: readonly AddableKind[] = ['itglue', 'hudu', 'graph'];

export const KIND_LABEL: Record<KbConnectorKind, string> = {
  itglue: 'IT Glue',
  hudu: 'Hudu',
  graph: 'SharePoint / OneDrive',
  demo: 'Built in (read-only)',
};

const SCHEDULES = [
  { value: '15', label: 'Every 15 minutes' },
  { value: '60', label: 'Every hour' },
  { value: '360', label: 'Every 6 hours' },
  { value: '1440', label: 'Every day' },
  { value: '10080', label: 'Every week' },
];

interface FormValues {
  kind: AddableKind;
  name: string;
  secret: string;
  enabled: boolean;
  interval: string;
  region: string;
  assetTypes: string;
  baseUrl: string;
  mspOrganization: string;
  tenantId: string;
  clientId: string;
  sites: string;
  drives: string;
  folderMappings: string;
  folderIsClient: boolean;
  clientFoldersIn: string;
}

const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const array = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The form as the connector's stored settings fill it; empty for a new connector. Never a secret. */
function initialValues(c: KbConnectorView | undefined): FormValues {
  const s = c?.settings ?? {};
  const folderRules = array(s.folderNameIsCompany) as Array<{ parent?: string }>;
  return {
    kind: c && c.kind !== 'demo' ? c.kind : 'itglue',
    name: c?.name ?? '',
    secret: '',
    enabled: c?.enabled ?? true,
    interval: String(c?.syncIntervalMinutes ?? 60),
    region: text(s.region) || 'us',
    assetTypes: array(s.flexibleAssetTypeIds).map(text).join(', '),
    baseUrl: text(s.baseUrl),
    mspOrganization: text(s.mspOrganizationId),
    tenantId: text(s.tenantId),
    clientId: text(s.clientId),
    sites: array(s.siteIds).map(text).join('\n'),
    drives: array(s.driveIds).map(text).join('\n'),
    folderMappings: (array(s.folderCompanies) as Array<{ folder: string; company: string | null }>)
      .map((r) => (r.company === null ? `${r.folder} =` : `${r.folder} = ${r.company}`))
      .join('\n'),
    folderIsClient: folderRules.length > 0,
    clientFoldersIn: text(folderRules[0]?.parent),
  };
}

/** Entries of a list box with the line each came from: `split` separates entries within a line. */
function entries(box: string, split: RegExp): Array<{ value: string; line: number }> {
  return box.split('\n').flatMap((line, i) =>
    line
      .split(split)
      .map((value) => value.trim())
      .filter(Boolean)
      .map((value) => ({ value, line: i + 1 })),
  );
}
// Graph site ids contain commas (contoso.sharepoint.com,<guid>,<guid>): one per line, never split at a comma.
const siteEntries = (box: string) => entries(box, /\s+/);
const assetEntries = (box: string) => entries(box, /[\s,]+/);
const folderLines = (box: string) => entries(box, /\n/);

/** The settings the form controls, for its kind; undefined = not set (the server's default). */
function settingsOf(v: FormValues): Record<string, unknown> {
  if (v.kind === 'itglue')
    return {
      region: v.region,
      flexibleAssetTypeIds: assetEntries(v.assetTypes).map((e) => e.value),
      baseUrl: v.baseUrl.trim() || undefined,
      mspOrganizationId: v.mspOrganization.trim() || undefined,
    };
  if (v.kind === 'hudu') return { baseUrl: v.baseUrl.trim() };
  // "Clients/Contoso = Contoso Ltd"; nothing after "=" files the folder as your own documentation.
  const folderCompanies = folderLines(v.folderMappings).map(({ value: line }) => {
    const [folder = '', ...client] = line.split('=');
    const company = client.join('=').trim();
    return { folder: folder.trim(), company: line.includes('=') && !company ? null : company };
  });
  return {
    tenantId: v.tenantId.trim(),
    clientId: v.clientId.trim(),
    siteIds: siteEntries(v.sites).map((e) => e.value),
    driveIds: siteEntries(v.drives).map((e) => e.value),
    folderCompanies,
    folderNameIsCompany: v.folderIsClient ? [{ parent: v.clientFoldersIn.trim() }] : [],
  };
}

/** Whether any SharePoint document can be filed under a client; without it, every client sees them all. */
function scopesClients(v: FormValues): boolean {
  const s = settingsOf({ ...v, kind: 'graph' });
  const byName = s.folderNameIsCompany as unknown[];
  const mapped = s.folderCompanies as Array<{ company: string | null }>;
  return byName.length > 0 || mapped.some((m) => Boolean(m.company));
}

const defined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, value]) => value !== undefined));

/**
 * What an edit sends: only what the admin changed, so settings the form does not show (a rule
 * scoped to one drive, the Graph endpoints) are kept; a cleared optional setting is sent as null.
 */
function changeOf(before: FormValues, after: FormValues): KbConnectorChange {
  const change: KbConnectorChange = {};
  if (after.name.trim() !== before.name) change.name = after.name;
  if (after.enabled !== before.enabled) change.enabled = after.enabled;
  if (after.interval !== before.interval) change.syncIntervalMinutes = Number(after.interval);
  const [was, now] = [settingsOf(before), settingsOf(after)];
  const settings: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(now))
    if (JSON.stringify(value) !== JSON.stringify(was[key])) settings[key] = value ?? null;
  if (Object.keys(settings).length > 0) change.settings = settings;
  if (after.secret.trim()) change[after.kind === 'graph' ? 'clientSecret' : 'apiKey'] = after.secret;
  return change;
}

/** Server field errors by path; a 409 naming its field (a taken name) counts as that field's. */
function serverFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const fields = error.fieldErrors();
  const field = error.details?.field;
  if (typeof field === 'string' && !fields[field]) fields[field] = error.message;
  return fields;
}

/**
 * One form for the three kinds, to add a connector or edit one: the fields each needs, the secret
 * under the name its product uses. Editing never shows the stored secret: an empty box keeps it.
 */
export function ConnectorForm({ connector, onDone }: { connector?: KbConnectorView; onDone: () => void }) {
  const queryClient = useQueryClient();
  const editing = connector !== undefined;
  const [initial] = useState(() => initialValues(connector));
  const [v, setValues] = useState(initial);
  const set =
    <K extends keyof FormValues>(key: K) =>
    (value: FormValues[K]) =>
      setValues((prev) => ({ ...prev, [key]: value }));
  const save = useSubmit({
    mutationFn: async (values: FormValues) => {
      if (connector) {
        const change = changeOf(initial, values);
        return Object.keys(change).length > 0 ? api.kb.update(connector.id, change) : null;
      }
      const common = {
        name: values.name,
        enabled: values.enabled,
        syncIntervalMinutes: Number(values.interval),
        settings: defined(settingsOf(values)),
      };
      return values.kind === 'graph'
        ? api.kb.create({ kind: 'graph', ...common, clientSecret: values.secret })
        : api.kb.create({ kind: values.kind, ...common, apiKey: values.secret });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['kb-connectors'] });
      onDone();
    },
  });

  // Every field this form shows for the kind; the server's error for any other path goes to the alert.
  const secretField = v.kind === 'graph' ? 'clientSecret' : 'apiKey';
  const visible = [
    'kind',
    'name',
    'enabled',
    'syncIntervalMinutes',
    secretField,
    ...(v.kind === 'itglue'
      ? ['settings.region', 'settings.baseUrl', 'settings.flexibleAssetTypeIds', 'settings.mspOrganizationId']
      : v.kind === 'hudu'
        ? ['settings.baseUrl']
        : [
            'settings.tenantId',
            'settings.clientId',
            'settings.siteIds',
            'settings.driveIds',
            'settings.folderCompanies',
            ...(v.folderIsClient ? ['settings.folderNameIsCompany'] : []),
          ]),
  ];
  const fields = serverFieldErrors(save.error);
  const under = (key: string, path: string) => key === path || key.startsWith(`${path}.`);
  /** The first error at or under `path`; an error on a list entry names it (`where`: line or value). */
  const fieldError = (path: string, where?: (index: number) => string | undefined) => {
    const key = Object.keys(fields).find((k) => under(k, path));
    if (!key) return undefined;
    const index = Number(key.slice(path.length + 1).split('.')[0]);
    const place = key !== path && Number.isInteger(index) ? where?.(index) : undefined;
    return place ? `${place}: ${fields[key]}` : fields[key];
  };
  const lineOf = (list: Array<{ line: number }>) => (index: number) =>
    list[index] ? `line ${list[index].line}` : undefined;
  const unmapped = Object.entries(fields).filter(([key]) => !visible.some((path) => under(key, path)));

  // Turning client folders off files every client's documents as the MSP's own, shown to every
  // client: an edit that does that is saved only after the admin says so.
  const unscoping = editing && v.kind === 'graph' && scopesClients(initial) && !scopesClients(v);
  const [askUnscope, setAskUnscope] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (unscoping) {
      setAskUnscope(true);
      return;
    }
    save.mutate(v);
  };
  const schedules = SCHEDULES.some((s) => s.value === v.interval)
    ? SCHEDULES
    : [...SCHEDULES, { value: v.interval, label: `Every ${v.interval} minutes` }];

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <NativeSelect
          label="Source"
          value={v.kind}
          disabled={editing}
          description={editing ? 'A connector keeps its source; add another for a different one.' : undefined}
          onChange={(e) => set('kind')(e.currentTarget.value as AddableKind)}
          data={ADDABLE_KINDS.map((value) => ({ value, label: KIND_LABEL[value] }))}
        />
        <TextInput
          label="Name"
          required
          value={v.name}
          onChange={(e) => set('name')(e.currentTarget.value)}
          error={fieldError('name')}
        />
        {v.kind === 'itglue' ? (
          <>
            <NativeSelect
              label="Region"
              value={v.region}
              onChange={(e) => set('region')(e.currentTarget.value)}
              data={['us', 'eu', 'au']}
              error={fieldError('settings.region')}
            />
            <TextInput
              label="Flexible asset type ids"
              description="The numeric ids of the asset types to index, comma-separated (e.g. your runbook type's id, from its URL in IT Glue)"
              value={v.assetTypes}
              onChange={(e) => set('assetTypes')(e.currentTarget.value)}
              error={fieldError('settings.flexibleAssetTypeIds', (i) => {
                const entry = assetEntries(v.assetTypes)[i];
                return entry ? `"${entry.value}"` : undefined;
              })}
            />
            <TextInput
              label="Your own organization id (optional)"
              description="Its documentation is shown for every client. Default: the organization IT Glue marks as primary (your company)."
              value={v.mspOrganization}
              onChange={(e) => set('mspOrganization')(e.currentTarget.value)}
              error={fieldError('settings.mspOrganizationId')}
            />
          </>
        ) : null}
        {v.kind !== 'graph' ? (
          <TextInput
            label={v.kind === 'hudu' ? 'Hudu URL' : 'API base URL (optional)'}
            placeholder={v.kind === 'hudu' ? 'https://acme.huducloud.com' : 'from the region'}
            value={v.baseUrl}
            onChange={(e) => set('baseUrl')(e.currentTarget.value)}
            error={fieldError('settings.baseUrl')}
          />
        ) : (
          <>
            <TextInput
              label="Directory (tenant) id"
              value={v.tenantId}
              onChange={(e) => set('tenantId')(e.currentTarget.value)}
              error={fieldError('settings.tenantId')}
            />
            <TextInput
              label="Application (client) id"
              value={v.clientId}
              onChange={(e) => set('clientId')(e.currentTarget.value)}
              error={fieldError('settings.clientId')}
            />
            <Textarea
              label="Site ids"
              description="SharePoint sites the app was granted (Sites.Selected), one per line. A site id looks like contoso.sharepoint.com,<guid>,<guid> (the commas belong to it); every document library of the site is indexed."
              placeholder="contoso.sharepoint.com,63713fa7-…,f4264af0-…"
              autosize
              minRows={2}
              value={v.sites}
              onChange={(e) => set('sites')(e.currentTarget.value)}
              error={fieldError('settings.siteIds', lineOf(siteEntries(v.sites)))}
            />
            <Textarea
              label="Drive ids"
              description="Single document libraries or OneDrives to index, one per line (b!…). Choose at least one site or drive."
              autosize
              minRows={1}
              value={v.drives}
              onChange={(e) => set('drives')(e.currentTarget.value)}
              error={fieldError('settings.driveIds', lineOf(siteEntries(v.drives)))}
            />
            <Checkbox
              label="Each client has its own folder (the folder name is the client)"
              checked={v.folderIsClient}
              onChange={(e) => set('folderIsClient')(e.currentTarget.checked)}
            />
            {v.folderIsClient ? (
              <TextInput
                label="Client folders are inside"
                description="A folder path such as Clients; leave empty when they sit at the top of the library"
                value={v.clientFoldersIn}
                onChange={(e) => set('clientFoldersIn')(e.currentTarget.value)}
                error={fieldError('settings.folderNameIsCompany')}
              />
            ) : null}
            <Textarea
              label="Folder → client (optional)"
              description="One per line: Clients/Contoso = Contoso Ltd. Nothing after = means your own documentation. Overrides the folder name."
              autosize
              minRows={2}
              value={v.folderMappings}
              onChange={(e) => set('folderMappings')(e.currentTarget.value)}
              error={fieldError('settings.folderCompanies', lineOf(folderLines(v.folderMappings)))}
            />
            {!scopesClients(v) ? (
              <Alert
                color="yellow"
                title="Every client will see these documents"
                data-testid="unscoped-warning"
              >
                No folder is filed under a client, so every document of these sites and drives counts as your
                own documentation and can appear in any client's answers. Tick "Each client has its own
                folder" or map folders to clients above if a library holds client runbooks.
              </Alert>
            ) : null}
            {askUnscope && unscoping ? (
              <Alert color="red" title="Show every client's documents to every client?" role="alertdialog">
                <Stack gap="xs">
                  <span>
                    This connector files documents under their clients now. Saved like this, the next sync
                    files all of them as your own documentation, shown in every client's answers.
                  </span>
                  <Group gap="sm">
                    <Button
                      color="red"
                      size="xs"
                      onClick={() => {
                        setAskUnscope(false);
                        save.mutate(v);
                      }}
                    >
                      Save anyway
                    </Button>
                    <Button variant="default" size="xs" onClick={() => setAskUnscope(false)}>
                      Keep editing
                    </Button>
                  </Group>
                </Stack>
              </Alert>
            ) : null}
          </>
        )}
        <PasswordInput
          label={v.kind === 'graph' ? 'Client secret' : 'API key'}
          required={!editing}
          description={
            editing ? 'Leave empty to keep the current one; type a new one to replace it.' : undefined
          }
          autoComplete="new-password"
          value={v.secret}
          onChange={(e) => set('secret')(e.currentTarget.value)}
          error={fieldError(secretField)}
        />
        <Group gap="md" align="flex-end">
          <NativeSelect
            label="Schedule"
            value={v.interval}
            onChange={(e) => set('interval')(e.currentTarget.value)}
            data={schedules}
            error={fieldError('syncIntervalMinutes')}
          />
          <Checkbox
            label="Sync automatically (off: only Sync now updates it)"
            checked={v.enabled}
            onChange={(e) => set('enabled')(e.currentTarget.checked)}
            mb={8}
          />
        </Group>
        {save.isError && (Object.keys(fields).length === 0 || unmapped.length > 0) ? (
          <Alert color="red" role="alert">
            {unmapped.length === 0 ? (
              errorMessage(save.error)
            ) : (
              <List size="sm">
                {unmapped.map(([key, message]) => (
                  <List.Item key={key}>
                    {key}: {message}
                  </List.Item>
                ))}
              </List>
            )}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {editing ? 'Save changes' : 'Add connector'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
