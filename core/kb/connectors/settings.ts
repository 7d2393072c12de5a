/**
 * What an admin submits for each kind of connector (zod, validated at the boundary), and the
 * factory that turns a stored row's settings plus its opened secret into a {@link KbConnector}.
 * Settings hold nothing secret; the API key / client secret travels separately and is sealed.
 */
import { z } from 'zod';
import { type KbConnectorKind, READ_ONLY_CONNECTOR_KINDS } from '../../db/schema/kb.ts';
import { ConflictError } from '../../shared/errors.ts';
import { ServiceUrl } from '../../shared/validation.ts';
import {
  createGraphConnector,
  DEFAULT_MAX_FILE_BYTES,
  GRAPH_BASE_URL,
  GRAPH_LOGIN_BASE_URL,
} from './graph/graph-connector.ts';
import { createHuduConnector } from './hudu/hudu-connector.ts';
import { createItGlueConnector } from './itglue/itglue-connector.ts';
import type { ConnectorRuntime, KbConnector } from './types.ts';

export const READ_ONLY_MESSAGE =
  'The demo articles are built in: they cannot be edited, tested, synced or removed.';

/** Refuses changes to a built-in source (409): it is filled by the product, not by a sync. */
export function assertManageable(row: { kind: KbConnectorKind; id: string }): void {
  if (READ_ONLY_CONNECTOR_KINDS.includes(row.kind))
    throw new ConflictError(READ_ONLY_MESSAGE, { connectorId: row.id });
}

const idList = (what: string, max: number) =>
  z
    .array(z.string().trim().min(1, `${what} ids cannot be blank`).max(300))
    .max(max)
    .default([]);

/**
 * Graph site ids as Graph spells them: `contoso.sharepoint.com,<site guid>,<web guid>` (one id, commas
 * included). A site URL is refused with how to find its id: the connector does not resolve URLs.
 */
const siteIdList = z
  .array(
    z
      .string()
      .trim()
      .min(1, 'site ids cannot be blank')
      .max(300)
      .refine(
        (id) => !/[/\\\s]/.test(id),
        'is a URL, not a site id: the id looks like contoso.sharepoint.com,<guid>,<guid> (Graph Explorer: GET /sites/contoso.sharepoint.com:/sites/IT?$select=id)',
      ),
  )
  .max(50)
  .default([]);

const fullSyncEveryHours = z
  .number()
  .int()
  .min(1)
  .max(24 * 30)
  .default(24);

export const ItGlueSettingsInput = z
  .object({
    region: z.enum(['us', 'eu', 'au'], { message: 'must be us, eu or au' }).default('us'),
    baseUrl: ServiceUrl('https://api.itglue.com').optional(),
    flexibleAssetTypeIds: z
      .array(z.union([z.string().trim().regex(/^\d+$/, 'must be a numeric id'), z.number().int().positive()]))
      .max(50)
      .default([])
      .transform((ids) => [...new Set(ids.map(String))]),
    includeDocuments: z.boolean().default(true),
    /** Whose records are the MSP's own documentation; omitted: the organization IT Glue marks primary. */
    mspOrganizationId: z
      .preprocess(
        (v) => (typeof v === 'number' ? String(v) : v),
        z
          .string()
          .trim()
          .regex(/^[1-9]\d*$/, 'must be a numeric organization id'),
      )
      .optional(),
    pageSize: z.number().int().min(1).max(1000).default(1000),
    fullSyncEveryHours,
  })
  .strict();

export const HuduSettingsInput = z
  .object({
    baseUrl: ServiceUrl('https://acme.huducloud.com'),
    pageSize: z.number().int().min(1).max(1000).default(100),
    fullSyncEveryHours,
  })
  .strict();

const guid = (what: string) =>
  z
    .string()
    .trim()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, `must be the ${what} (a GUID)`);

/** `/Clients/Contoso/` → `Clients/Contoso`; refuses `..` and empty segments. */
const folderPath = (allowRoot: boolean) =>
  z
    .string()
    .trim()
    .max(400)
    .transform((p) => p.replace(/\\/g, '/').replace(/^\/+|\/+$/g, ''))
    .refine((p) => allowRoot || p !== '', 'name a folder, e.g. Clients/Contoso')
    .refine(
      (p) => p === '' || p.split('/').every((part) => part.trim() !== '' && part !== '.' && part !== '..'),
      'must be a folder path like Clients/Contoso (no empty, "." or ".." parts)',
    );

const driveRef = z.string().trim().min(1, 'drive id cannot be blank').max(300).optional();

const FolderCompanyInput = z
  .object({
    driveId: driveRef,
    folder: folderPath(false),
    company: z
      .string()
      .trim()
      .min(1, 'name the client, or use null for your own documentation')
      .max(200)
      .nullable(),
  })
  .strict();

const FolderNameRuleInput = z.object({ driveId: driveRef, parent: folderPath(true).default('') }).strict();

export const GraphSettingsInput = z
  .object({
    tenantId: guid('directory (tenant) id'),
    clientId: guid('application (client) id'),
    driveIds: idList('drive', 100),
    siteIds: siteIdList,
    loginBaseUrl: ServiceUrl(GRAPH_LOGIN_BASE_URL).default(GRAPH_LOGIN_BASE_URL),
    graphBaseUrl: ServiceUrl(GRAPH_BASE_URL).default(GRAPH_BASE_URL),
    maxFileBytes: z
      .number()
      .int()
      .min(1024)
      .max(100 * 1024 * 1024)
      .default(DEFAULT_MAX_FILE_BYTES),
    companyByDrive: z.record(z.string(), z.string().trim().max(200).nullable()).default({}),
    /** Folder → client, for libraries that keep several clients' documentation apart by folder. */
    folderCompanies: z.array(FolderCompanyInput).max(500).default([]),
    /** Libraries with one folder per client: the first folder below `parent` names the client. */
    folderNameIsCompany: z.array(FolderNameRuleInput).max(100).default([]),
  })
  .strict()
  .refine((s) => s.driveIds.length + s.siteIds.length > 0, {
    message: 'choose at least one drive or site',
    path: ['driveIds'],
  })
  .superRefine((s, ctx) => {
    // Drives of chosen sites are only known at sync time; with no sites every rule must name a chosen drive.
    const unknownDrive = (id: string | undefined) =>
      id !== undefined && s.siteIds.length === 0 && !s.driveIds.includes(id);
    const seen = new Set<string>();
    s.folderCompanies.forEach((rule, i) => {
      if (unknownDrive(rule.driveId))
        ctx.addIssue({
          code: 'custom',
          path: ['folderCompanies', i, 'driveId'],
          message: `drive "${rule.driveId}" is not among the chosen drives`,
        });
      const key = `${rule.driveId ?? '*'}|${rule.folder.toLowerCase()}`;
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['folderCompanies', i, 'folder'],
          message: `folder "${rule.folder}" is mapped twice`,
        });
      seen.add(key);
    });
    s.folderNameIsCompany.forEach((rule, i) => {
      if (unknownDrive(rule.driveId))
        ctx.addIssue({
          code: 'custom',
          path: ['folderNameIsCompany', i, 'driveId'],
          message: `drive "${rule.driveId}" is not among the chosen drives`,
        });
    });
  });

export const SETTINGS_SCHEMAS = {
  itglue: ItGlueSettingsInput,
  hudu: HuduSettingsInput,
  graph: GraphSettingsInput,
  // Built in, never submitted by an admin (core/kb/demo/seed-demo-articles.ts).
  demo: z.object({}).strict(),
} as const satisfies Record<KbConnectorKind, z.ZodType>;

/** The field the credential is submitted in, per kind (what the admin copies from the product). */
export const SECRET_FIELD = {
  itglue: 'apiKey',
  hudu: 'apiKey',
  graph: 'clientSecret',
  demo: 'apiKey',
} as const satisfies Record<KbConnectorKind, string>;

/** A connector for a stored row. Settings are re-validated: a row edited by hand fails clearly. */
export function buildConnector(
  kind: KbConnectorKind,
  settings: unknown,
  secret: string,
  runtime: ConnectorRuntime,
): KbConnector {
  switch (kind) {
    case 'itglue':
      return createItGlueConnector(ItGlueSettingsInput.parse(settings), secret, runtime);
    case 'hudu':
      return createHuduConnector(HuduSettingsInput.parse(settings), secret, runtime);
    case 'graph':
      return createGraphConnector(GraphSettingsInput.parse(settings), secret, runtime);
    case 'demo':
      throw new ConflictError(READ_ONLY_MESSAGE);
  }
}
