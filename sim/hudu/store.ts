/** In-memory records of the Hudu simulator and the seed/mutation helpers (records are wire-shaped). */
import type { SimClock } from '../shared/kit.ts';
import type {
  ArticleSeed,
  CompanySeed,
  FolderSeed,
  HuduArticle,
  HuduCompany,
  HuduFolder,
  HuduState,
} from './types.ts';

function slugify(name: string, id: number): string {
  const base = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${base}-${id}`;
}

export class HuduStore {
  readonly data: HuduState = { companies: [], folders: [], articles: [] };
  private nextId = 1;

  constructor(
    private readonly clock: SimClock,
    private readonly baseUrl: string,
  ) {}

  private stamp(): string {
    return new Date(this.clock.now()).toISOString();
  }

  clear(): void {
    this.data.companies.length = 0;
    this.data.folders.length = 0;
    this.data.articles.length = 0;
    this.nextId = 1;
  }

  seedDefaults(): void {
    const company = this.addCompany({ name: 'Happy Frog', nickname: 'HF', companyType: 'Customer' });
    this.addFolder({ name: 'Runbooks', company: company.id });
  }

  addCompany(seed: CompanySeed): HuduCompany {
    const id = this.nextId++;
    const now = this.stamp();
    const company: HuduCompany = {
      id,
      name: seed.name,
      nickname: seed.nickname ?? null,
      company_type: seed.companyType ?? null,
      id_in_integration: seed.idInIntegration ?? null,
      archived: seed.archived ?? false,
      url: `${this.baseUrl}/c/${slugify(seed.name, id)}`,
      created_at: now,
      updated_at: now,
    };
    this.data.companies.push(company);
    return company;
  }

  addFolder(seed: FolderSeed): HuduFolder {
    const now = this.stamp();
    const folder: HuduFolder = {
      id: this.nextId++,
      name: seed.name,
      icon: seed.icon ?? null,
      description: seed.description ?? null,
      parent_folder_id: seed.parentFolderId ?? null,
      company_id: this.ref(this.data.companies, seed.company, 'company'),
      created_at: now,
      updated_at: now,
    };
    this.data.folders.push(folder);
    return folder;
  }

  addArticle(seed: ArticleSeed): HuduArticle {
    const id = this.nextId++;
    const now = this.stamp();
    const slug = slugify(seed.name, id);
    const article: HuduArticle = {
      id,
      name: seed.name,
      slug,
      content: seed.content ?? '',
      company_id: this.ref(this.data.companies, seed.company, 'company'),
      folder_id: this.ref(this.data.folders, seed.folder, 'folder'),
      draft: seed.draft ?? false,
      archived: seed.archived ?? false,
      enable_sharing: false,
      object_type: 'Article',
      url: `${this.baseUrl}/kb/${slug}`,
      created_at: now,
      updated_at: now,
    };
    this.data.articles.push(article);
    return article;
  }

  updateArticle(id: number, patch: Partial<ArticleSeed>): HuduArticle {
    const article = this.data.articles.find((a) => a.id === id);
    if (!article) throw new Error(`no article ${id}`);
    if (patch.name !== undefined) article.name = patch.name;
    if (patch.content !== undefined) article.content = patch.content;
    if (patch.draft !== undefined) article.draft = patch.draft;
    if (patch.archived !== undefined) article.archived = patch.archived;
    if (patch.company !== undefined)
      article.company_id = this.ref(this.data.companies, patch.company, 'company');
    if (patch.folder !== undefined) article.folder_id = this.ref(this.data.folders, patch.folder, 'folder');
    article.updated_at = this.stamp();
    return article;
  }

  deleteArticle(id: number): void {
    const index = this.data.articles.findIndex((a) => a.id === id);
    if (index < 0) throw new Error(`no article ${id}`);
    this.data.articles.splice(index, 1);
  }

  /** Id of the record named or numbered by `ref`; `null` when `ref` is omitted. */
  private ref(
    list: { id: number; name: string }[],
    ref: number | string | undefined,
    label: string,
  ): number | null {
    if (ref === undefined) return null;
    const found = list.find((r) => (typeof ref === 'number' ? r.id === ref : r.name === ref));
    if (!found) throw new Error(`no ${label} ${String(ref)}; seed one first`);
    return found.id;
  }
}
