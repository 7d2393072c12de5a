/**
 * Where a SharePoint/OneDrive file sits, and whose documentation that makes it.
 *
 * Graph's delta never sends `parentReference.path` ("When using delta you should always track items
 * by id", https://learn.microsoft.com/graph/api/driveitem-delta#remarks), and renaming a folder
 * reports only the folder, not its descendants. So each drive's folder tree (id → name, parent) is
 * kept in the cursor as delta reports folders, a file's folder is its parent chain, and a renamed
 * or moved folder whose name decides a client triggers a fresh enumeration of that drive.
 */

/** id → [name, parent id]; the root is stored with an empty name. */
export type FolderTree = Record<string, [string, string | null]>;

export interface FolderCompanyRule {
  /** Only in this drive; absent: in every chosen drive. */
  driveId?: string | undefined;
  /** Path inside the library, e.g. `Clients/Contoso` (case-insensitive, subfolders included). */
  folder: string;
  /** The client; null files the folder as the MSP's own documentation. */
  company: string | null;
}

export interface FolderNameRule {
  driveId?: string | undefined;
  /** The folder whose subfolders are named after clients; '' for the library root. */
  parent: string;
}

export interface CompanyRules {
  companyByDrive: Record<string, string | null>;
  folderCompanies: FolderCompanyRule[];
  folderNameIsCompany: FolderNameRule[];
}

const lower = (s: string) => s.toLocaleLowerCase('en');
const within = (path: string, folder: string) =>
  folder === '' || lower(path) === lower(folder) || lower(path).startsWith(`${lower(folder)}/`);
const appliesTo = (rule: { driveId?: string | undefined }, driveId: string) =>
  rule.driveId === undefined || rule.driveId === driveId;

/** Whether any rule reads folder names in this drive (then a folder rename must re-file its files). */
export function foldersDecideCompany(rules: CompanyRules, driveId: string): boolean {
  return (
    rules.folderCompanies.some((r) => appliesTo(r, driveId)) ||
    rules.folderNameIsCompany.some((r) => appliesTo(r, driveId))
  );
}

/**
 * The client a file belongs to, most specific rule first: the deepest mapped folder containing it
 * (a rule for this drive before one for every drive), then "folder name is the client" (the first
 * folder below the rule's parent), then the drive's client, else the MSP's own (null).
 */
export function companyForFile(rules: CompanyRules, driveId: string, folder: string | null): string | null {
  const path = folder ?? '';
  let best: FolderCompanyRule | undefined;
  let bestScore = -1;
  for (const rule of rules.folderCompanies) {
    if (!appliesTo(rule, driveId) || !within(path, rule.folder)) continue;
    const score = rule.folder.length * 2 + (rule.driveId === undefined ? 0 : 1);
    if (score > bestScore) [best, bestScore] = [rule, score];
  }
  if (best) return best.company;
  for (const rule of rules.folderNameIsCompany) {
    if (!appliesTo(rule, driveId) || !within(path, rule.parent)) continue;
    const below = rule.parent === '' ? path : path.slice(rule.parent.length + 1);
    const client = below.split('/')[0]?.trim();
    if (client) return client;
  }
  return rules.companyByDrive[driveId] ?? null;
}

/** `a/b/c` from the tree, or undefined when a folder on the way up is not known (yet). */
export function folderPathOf(tree: FolderTree, parentId: string | undefined): string | null | undefined {
  const names: string[] = [];
  const visited = new Set<string>();
  for (let id = parentId; id !== undefined && id !== null; ) {
    const entry = tree[id];
    if (!entry || visited.has(id)) return undefined;
    visited.add(id);
    const [name, parent] = entry;
    if (parent === null) break; // the root
    names.unshift(name);
    id = parent;
  }
  return names.length > 0 ? names.join('/') : null;
}

/** `/drives/x/root:/Runbooks/VPN` (what a non-delta item read says) → `Runbooks/VPN`. */
export function pathFromReference(path: string | undefined): string | null {
  const after = path?.split('root:')[1]?.replace(/^\/+/, '');
  return after ? decodeURIComponent(after) : null;
}
