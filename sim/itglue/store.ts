/** In-memory records of the IT Glue simulator, seed/mutation helpers and JSON:API serialisation. */
import type { SimClock } from '../shared/kit.ts';
import type {
  DocumentFolderSeed,
  DocumentSeed,
  FlexibleAssetSeed,
  FlexibleAssetTypeSeed,
  ItGlueState,
  ItgDocument,
  ItgDocumentFolder,
  ItgDocumentSection,
  ItgFlexibleAsset,
  ItgFlexibleAssetType,
  ItgOrganization,
  JsonApiResource,
  OrganizationSeed,
} from './types.ts';

/** `Known Issues` / `known_issues` / `KnownIssues` → `known-issues` (IT Glue's trait key style). */
export function kebab(name: string): string {
  return name
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[\s_]+/g, '-')
    .replace(/[^A-Za-z0-9-]/g, '')
    .toLowerCase();
}

const iso = (ms: number): string => new Date(ms).toISOString();

export class ItGlueStore {
  readonly data: ItGlueState = {
    organizations: [],
    flexibleAssetTypes: [],
    flexibleAssets: [],
    documents: [],
    documentFolders: [],
  };
  private nextId = 1;

  constructor(
    private readonly clock: SimClock,
    private readonly baseUrl: string,
  ) {}

  clear(): void {
    this.data.organizations.length = 0;
    this.data.flexibleAssetTypes.length = 0;
    this.data.flexibleAssets.length = 0;
    this.data.documents.length = 0;
    this.data.documentFolders.length = 0;
    this.nextId = 1;
  }

  seedDefaults(): void {
    this.addOrganization({ name: 'Happy Frog', shortName: 'HF' });
    this.addFlexibleAssetType({ name: 'Runbook', description: 'Troubleshooting runbooks', icon: 'book' });
  }

  addOrganization(seed: OrganizationSeed): ItgOrganization {
    const now = this.clock.now();
    const org: ItgOrganization = {
      id: this.nextId++,
      name: seed.name,
      shortName: seed.shortName ?? '',
      description: seed.description ?? '',
      organizationTypeName: seed.organizationTypeName ?? 'Customer',
      organizationStatusName: seed.organizationStatusName ?? 'Active',
      primary: seed.primary ?? seed.organizationTypeName === 'Owner',
      createdAt: now,
      updatedAt: now,
    };
    this.data.organizations.push(org);
    return org;
  }

  addFlexibleAssetType(seed: FlexibleAssetTypeSeed): ItgFlexibleAssetType {
    const now = this.clock.now();
    const type: ItgFlexibleAssetType = {
      id: this.nextId++,
      name: seed.name,
      description: seed.description ?? '',
      icon: seed.icon ?? 'file',
      enabled: seed.enabled ?? true,
      createdAt: now,
      updatedAt: now,
    };
    this.data.flexibleAssetTypes.push(type);
    return type;
  }

  addFlexibleAsset(seed: FlexibleAssetSeed): ItgFlexibleAsset {
    const now = this.clock.now();
    const asset: ItgFlexibleAsset = {
      id: this.nextId++,
      organizationId: this.resolve(this.data.organizations, seed.organization, 'organization').id,
      flexibleAssetTypeId: this.resolve(this.data.flexibleAssetTypes, seed.flexibleAssetType, 'type').id,
      name: seed.name,
      traits: kebabKeys(seed.traits ?? {}),
      archived: seed.archived ?? false,
      createdAt: now,
      updatedAt: now,
    };
    this.data.flexibleAssets.push(asset);
    return asset;
  }

  addDocumentFolder(seed: DocumentFolderSeed): ItgDocumentFolder {
    const now = this.clock.now();
    const organizationId = this.resolve(this.data.organizations, seed.organization, 'organization').id;
    const folder: ItgDocumentFolder = {
      id: this.nextId++,
      organizationId,
      parentId: seed.parent === undefined ? null : this.folderIn(organizationId, seed.parent).id,
      name: seed.name,
      createdAt: now,
      updatedAt: now,
    };
    this.data.documentFolders.push(folder);
    return folder;
  }

  addDocument(seed: DocumentSeed): ItgDocument {
    const now = this.clock.now();
    const organizationId = this.resolve(this.data.organizations, seed.organization, 'organization').id;
    const doc: ItgDocument = {
      id: this.nextId++,
      organizationId,
      folderId: seed.folder === undefined ? null : this.folderIn(organizationId, seed.folder).id,
      name: seed.name,
      sections: this.sections(seed),
      archived: seed.archived ?? false,
      createdAt: now,
      updatedAt: now,
    };
    this.data.documents.push(doc);
    return doc;
  }

  private sections(seed: Pick<DocumentSeed, 'content' | 'sections'>): ItgDocumentSection[] {
    const given =
      seed.sections ??
      (seed.content === undefined ? [] : [{ type: 'Document::Text' as const, content: seed.content }]);
    return given.map((section) => ({ ...section, id: this.nextId++ }));
  }

  private folderIn(organizationId: number, ref: number | string): ItgDocumentFolder {
    const found = this.data.documentFolders.find(
      (f) => f.organizationId === organizationId && (typeof ref === 'number' ? f.id === ref : f.name === ref),
    );
    if (!found) throw new Error(`no document folder ${String(ref)} in organization ${organizationId}`);
    return found;
  }

  updateFlexibleAsset(id: number, patch: Partial<Omit<FlexibleAssetSeed, 'organization'>>): ItgFlexibleAsset {
    const asset = this.find(this.data.flexibleAssets, id, 'flexible asset');
    if (patch.name !== undefined) asset.name = patch.name;
    if (patch.traits !== undefined) asset.traits = { ...asset.traits, ...kebabKeys(patch.traits) };
    if (patch.archived !== undefined) asset.archived = patch.archived;
    if (patch.flexibleAssetType !== undefined)
      asset.flexibleAssetTypeId = this.resolve(
        this.data.flexibleAssetTypes,
        patch.flexibleAssetType,
        'type',
      ).id;
    asset.updatedAt = this.clock.now();
    return asset;
  }

  updateDocument(id: number, patch: Partial<Omit<DocumentSeed, 'organization' | 'folder'>>): ItgDocument {
    const doc = this.find(this.data.documents, id, 'document');
    if (patch.name !== undefined) doc.name = patch.name;
    if (patch.content !== undefined || patch.sections !== undefined) doc.sections = this.sections(patch);
    if (patch.archived !== undefined) doc.archived = patch.archived;
    doc.updatedAt = this.clock.now();
    return doc;
  }

  remove(list: 'flexibleAssets' | 'documents', id: number): void {
    const records: { id: number }[] = this.data[list];
    const index = records.findIndex((r) => r.id === id);
    if (index < 0) throw new Error(`no ${list} record ${id}`);
    records.splice(index, 1);
  }

  private find<T extends { id: number }>(list: T[], id: number, label: string): T {
    const found = list.find((r) => r.id === id);
    if (!found) throw new Error(`no ${label} ${id}`);
    return found;
  }

  private resolve<T extends { id: number; name: string }>(
    list: T[],
    ref: number | string | undefined,
    label: string,
  ): T {
    const found =
      ref === undefined
        ? list[0]
        : list.find((r) => (typeof ref === 'number' ? r.id === ref : r.name === ref || String(r.id) === ref));
    if (!found) throw new Error(`no ${label} ${String(ref ?? '(first)')}; seed one first`);
    return found;
  }

  organization(org: ItgOrganization): JsonApiResource {
    return {
      id: String(org.id),
      type: 'organizations',
      attributes: {
        name: org.name,
        'short-name': org.shortName,
        description: org.description,
        'organization-type-name': org.organizationTypeName,
        'organization-status-name': org.organizationStatusName,
        primary: org.primary,
        'resource-url': `${this.baseUrl}/organizations/${org.id}`,
        'created-at': iso(org.createdAt),
        'updated-at': iso(org.updatedAt),
      },
    };
  }

  flexibleAssetType(type: ItgFlexibleAssetType): JsonApiResource {
    return {
      id: String(type.id),
      type: 'flexible-asset-types',
      attributes: {
        name: type.name,
        description: type.description,
        icon: type.icon,
        enabled: type.enabled,
        'created-at': iso(type.createdAt),
        'updated-at': iso(type.updatedAt),
      },
    };
  }

  flexibleAsset(asset: ItgFlexibleAsset): JsonApiResource {
    const org = this.data.organizations.find((o) => o.id === asset.organizationId);
    const type = this.data.flexibleAssetTypes.find((t) => t.id === asset.flexibleAssetTypeId);
    return {
      id: String(asset.id),
      type: 'flexible-assets',
      attributes: {
        'organization-id': asset.organizationId,
        'organization-name': org?.name ?? null,
        'flexible-asset-type-id': asset.flexibleAssetTypeId,
        'flexible-asset-type-name': type?.name ?? null,
        name: asset.name,
        traits: asset.traits,
        archived: asset.archived,
        'resource-url': `${this.baseUrl}/flexible_assets/${asset.id}`,
        'created-at': iso(asset.createdAt),
        'updated-at': iso(asset.updatedAt),
      },
    };
  }

  /** A document as a list entry: no body (that lives in its sections). */
  document(doc: ItgDocument): JsonApiResource {
    return {
      id: String(doc.id),
      type: 'documents',
      attributes: {
        'organization-id': doc.organizationId,
        'document-folder-id': doc.folderId,
        name: doc.name,
        archived: doc.archived,
        'resource-url': `${this.baseUrl}/${doc.organizationId}/docs/${doc.id}`,
        'created-at': iso(doc.createdAt),
        'updated-at': iso(doc.updatedAt),
      },
    };
  }

  /** The single-document answer: the document with its sections as a JSON:API compound document. */
  documentWithSections(doc: ItgDocument): { data: JsonApiResource; included: JsonApiResource[] } {
    const data = this.document(doc);
    const sections = doc.sections.map((section, index) => ({
      id: String(section.id),
      type: 'document-sections',
      attributes: {
        'document-id': doc.id,
        'resource-type': section.type,
        sort: index + 1,
        content: section.content,
        ...(section.level === undefined ? {} : { level: section.level }),
      },
    }));
    return {
      data: {
        ...data,
        relationships: {
          'document-sections': { data: sections.map((s) => ({ type: s.type, id: s.id })) },
        },
      },
      included: sections,
    };
  }

  documentFolder(folder: ItgDocumentFolder): JsonApiResource {
    return {
      id: String(folder.id),
      type: 'document-folders',
      attributes: {
        'organization-id': folder.organizationId,
        'parent-id': folder.parentId,
        name: folder.name,
        'created-at': iso(folder.createdAt),
        'updated-at': iso(folder.updatedAt),
      },
    };
  }
}

function kebabKeys(traits: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(traits).map(([key, value]) => [kebab(key), value]));
}
