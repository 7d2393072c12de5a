import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';

const MANIFEST_DIR = new URL('./', import.meta.url);
const PLACEHOLDER_APP = '11111111-1111-4111-8111-111111111111';
const PLACEHOLDER_BOT = '22222222-2222-4222-8222-222222222222';
const PLACEHOLDER_HOST = 'rf.example.com';

/**
 * The Teams app's own id must stay the same across versions of the package, so it is derived from
 * the bot's app id (a name-based UUID) rather than generated per build.
 */
export function teamsAppIdFor(botAppId: string): string {
  const h = createHash('sha1').update(`resolutionflow-teams-app:${botAppId.toLowerCase()}`).digest();
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The manifest with the placeholders replaced by this deployment's bot id and host. */
export function filledManifest(botAppId: string, publicUrl: string): string {
  const host = new URL(publicUrl).host;
  return readFileSync(new URL('manifest.json', MANIFEST_DIR), 'utf8')
    .replaceAll(PLACEHOLDER_APP, teamsAppIdFor(botAppId))
    .replaceAll(PLACEHOLDER_BOT, botAppId)
    .replaceAll(PLACEHOLDER_HOST, host);
}

/**
 * A minimal zip (stored, no compression: the package is three small files) in the layout Teams
 * expects — manifest.json and the two icons at the root, no folder.
 */
export function buildTeamsPackage(botAppId: string, publicUrl: string): Buffer {
  const files: Array<[string, Buffer]> = [
    ['manifest.json', Buffer.from(filledManifest(botAppId, publicUrl))],
    ['color.png', readFileSync(new URL('color.png', MANIFEST_DIR))],
    ['outline.png', readFileSync(new URL('outline.png', MANIFEST_DIR))],
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBytes = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
