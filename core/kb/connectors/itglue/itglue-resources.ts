/**
 * IT Glue's JSON:API records turned into indexable documents, and the facts about its wire format
 * the connector relies on (read from https://api.itglue.com/developer):
 *
 * - Organizations: the account's own company is the one with `primary: true` (its
 *   `organization-type-name` is "Owner"). Everything an MSP keeps about itself lives there, since
 *   IT Glue has no records outside an organisation.
 * - Documents: `GET /organizations/:id/relationships/documents` lists ROOT-LEVEL documents only
 *   unless `filter[document_folder_id]` names a folder, and a list entry carries no body: the body
 *   is the document's sections (`Document::Heading`, `Document::Text`, `Document::Step`,
 *   `Document::Gallery`), returned by the single-document route.
 * - Sort keys are per resource: flexible assets accept `name`, `created_at`, `updated_at` only.
 */
import { htmlToText } from '../../extract/html.ts';
import type { SourceDocument } from '../../index/types.ts';

export interface Resource {
  id: string;
  type: string;
  attributes: Record<string, unknown>;
  relationships?: Record<string, { data?: unknown } | undefined>;
}

export interface ListDoc {
  data: Resource[];
  meta?: { 'total-pages'?: number; 'total-count'?: number; 'next-page'?: number | null };
}

export interface ShowDoc {
  data: Resource;
  included?: Resource[];
}

export interface Organization {
  id: string;
  name: string;
  primary: boolean;
  typeName: string | null;
}

export const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

export function readOrganization(resource: Resource): Organization {
  const a = resource.attributes;
  return {
    id: resource.id,
    name: str(a.name) ?? `Organization ${resource.id}`,
    primary: a.primary === true,
    typeName: str(a['organization-type-name']),
  };
}

/** The MSP's own organisation: the one chosen in the settings, else the one IT Glue marks primary. */
export function ownerOrganization(orgs: Map<string, Organization>, chosenId: string | undefined) {
  if (chosenId !== undefined) return orgs.get(chosenId) ?? null;
  const all = [...orgs.values()];
  return all.find((o) => o.primary) ?? all.find((o) => o.typeName?.toLowerCase() === 'owner') ?? null;
}

/** When a record last changed, or null when it does not say (then it is treated as changed). */
export function updatedAtOf(resource: Resource): number | null {
  const at = Date.parse(str(resource.attributes['updated-at']) ?? '');
  return Number.isNaN(at) ? null : at;
}

/** `known-issues` → `Known issues`. */
function traitLabel(key: string): string {
  const words = key.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A trait value as text: HTML strings converted, tag references by name, lists joined. */
function traitText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return /<[a-z][\s\S]*>/i.test(value) ? htmlToText(value) : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(traitText).filter(Boolean).join(', ');
  if (typeof value === 'object') {
    const v = value as { values?: unknown; name?: unknown };
    if (Array.isArray(v.values)) return traitText(v.values);
    if (typeof v.name === 'string') return v.name;
  }
  return '';
}

/** `companyName` null files the record as the MSP's own documentation, answerable for every client. */
export function flexibleAssetDocument(resource: Resource, companyName: string | null): SourceDocument {
  const a = resource.attributes;
  const traits = (a.traits ?? {}) as Record<string, unknown>;
  const sections = Object.entries(traits)
    .map(([key, value]) => [traitLabel(key), traitText(value)] as const)
    .filter(([, text]) => text !== '')
    .map(([label, text]) => `## ${label}\n\n${text}`);
  const updated = str(a['updated-at']);
  return {
    externalId: `flexible_asset:${resource.id}`,
    title: str(a.name) ?? `Flexible asset ${resource.id}`,
    url: str(a['resource-url']),
    companyName,
    folder: str(a['flexible-asset-type-name']),
    updatedAt: updated ? new Date(updated) : null,
    text: sections.join('\n\n'),
  };
}

const sectionOrder = (s: Resource) => {
  const n = Number(s.attributes.sort ?? s.attributes.position);
  return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
};

/**
 * The sections of a single-document answer, in order: `included` resources of type
 * `document-sections` (JSON:API compound document), or an inline `document-sections` attribute.
 */
function sectionsOf(doc: ShowDoc): Resource[] {
  const included = (doc.included ?? []).filter((r) => r.type === 'document-sections');
  const inline = doc.data.attributes['document-sections'];
  const sections =
    included.length > 0
      ? included
      : Array.isArray(inline)
        ? inline
            .filter((s): s is Record<string, unknown> => !!s && typeof s === 'object')
            .map((s, i) => ({
              id: String(s.id ?? i),
              type: 'document-sections',
              attributes: (s.attributes as Record<string, unknown> | undefined) ?? s,
            }))
        : [];
  return [...sections].sort((a, b) => sectionOrder(a) - sectionOrder(b));
}

/** A document's body as text with markdown headings, so the chunker keeps heading paths. */
export function documentBody(doc: ShowDoc): string {
  const parts: string[] = [];
  for (const section of sectionsOf(doc)) {
    const a = section.attributes;
    const kind = str(a['resource-type']) ?? str(a['section-type']) ?? 'Document::Text';
    const html = str(a.content) ?? str(a['rendered-content']) ?? '';
    const text = htmlToText(html);
    if (!text) continue;
    if (kind === 'Document::Heading') {
      const level = Math.min(Math.max(Number(a.level) || 2, 1), 6);
      parts.push(`${'#'.repeat(level)} ${text.replace(/\s+/g, ' ')}`);
    } else parts.push(text); // Text and Step; a Gallery holds images only
  }
  // Documents written before sections existed keep their body in `content`.
  if (parts.length === 0) {
    const legacy = str(doc.data.attributes.content);
    if (legacy) parts.push(htmlToText(legacy));
  }
  return parts.join('\n\n');
}

export function itGlueDocument(
  listed: Resource,
  body: string,
  companyName: string | null,
  folder: string | null,
): SourceDocument {
  const a = listed.attributes;
  const updated = str(a['updated-at']);
  return {
    externalId: `document:${listed.id}`,
    title: str(a.name) ?? `Document ${listed.id}`,
    url: str(a['resource-url']),
    companyName,
    folder: folder ? `Documents/${folder}` : 'Documents',
    updatedAt: updated ? new Date(updated) : null,
    text: body,
  };
}

/** Folder id → its path ("Network/Firewalls") from a flat list with `parent-id`s. */
export function folderPaths(folders: Resource[]): Map<string, string> {
  const byId = new Map(folders.map((f) => [f.id, f]));
  const paths = new Map<string, string>();
  const pathOf = (id: string, depth = 0): string => {
    const known = paths.get(id);
    if (known !== undefined) return known;
    const folder = byId.get(id);
    if (!folder) return '';
    const name = str(folder.attributes.name) ?? `Folder ${id}`;
    const parent = folder.attributes['parent-id'];
    const parentPath =
      parent !== null && parent !== undefined && depth < 20 ? pathOf(String(parent), depth + 1) : '';
    const path = parentPath ? `${parentPath}/${name}` : name;
    paths.set(id, path);
    return path;
  };
  for (const id of byId.keys()) pathOf(id);
  return paths;
}
