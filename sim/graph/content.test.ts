import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type GraphDriveItem, type GraphSimulator, startGraphSimulator } from './index.ts';
import { accessToken, graph } from './test-helpers.ts';

// Download a file, https://learn.microsoft.com/graph/api/driveitem-get-content: `302 Found` to a
// pre-authenticated download URL (the same as `@microsoft.graph.downloadUrl`), valid for a few
// minutes and needing no Authorization header.

let sim: GraphSimulator;

beforeAll(async () => {
  sim = await startGraphSimulator({ downloadUrlLifetimeSeconds: 120 });
});
afterEach(() => sim.reset());
afterAll(() => sim.close());

const PDF = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0xff, 0xfe, 0x80]);

describe('file content', () => {
  it('redirects with 302 to a download URL that serves the exact bytes without auth', async () => {
    const driveId = sim.defaultDriveId as string;
    const file = sim.addFile(driveId, 'Manuals/firewall.pdf', PDF, 'application/pdf');
    const token = await accessToken(sim);
    const redirect = await graph(sim, `/drives/${driveId}/items/${file.id}/content`, token);
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get('location') as string;
    expect(location.startsWith(`${sim.url}/download/`)).toBe(true);
    const download = await fetch(location);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
    expect(sim.calls.at(-1)).toMatchObject({ service: 'download', status: 200 });
    expect(sim.calls.at(-1)?.headers).not.toHaveProperty('authorization');
  });

  it('follows redirects like an ordinary fetch and serves the modified bytes', async () => {
    const driveId = sim.defaultDriveId as string;
    const file = sim.addFile(driveId, 'kb.txt', 'v1', 'text/plain');
    sim.modifyFile(driveId, file.id, 'version two');
    const token = await accessToken(sim);
    const response = await fetch(`${sim.graphUrl}/drives/${driveId}/items/${file.id}/content`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await response.text()).toBe('version two');
  });

  it('download URLs are short-lived; item metadata carries @microsoft.graph.downloadUrl', async () => {
    const driveId = sim.defaultDriveId as string;
    const file = sim.addFile(driveId, 'a.txt', 'abc', 'text/plain');
    const token = await accessToken(sim);
    const item = await graph<GraphDriveItem>(sim, `/drives/${driveId}/items/${file.id}`, token);
    const url = item.body['@microsoft.graph.downloadUrl'] as string;
    expect(await (await fetch(url)).text()).toBe('abc');
    sim.clock.advance(121_000);
    expect((await fetch(url)).status).toBe(401);
  });

  it('404 itemNotFound for unknown or deleted items, 401 without a token', async () => {
    const driveId = sim.defaultDriveId as string;
    const file = sim.addFile(driveId, 'gone.txt', 'x', 'text/plain');
    const token = await accessToken(sim);
    expect((await graph(sim, `/drives/${driveId}/items/${file.id}/content`, undefined)).status).toBe(401);
    sim.deleteItem(driveId, 'gone.txt');
    const missing = await graph<{ error: { code: string } }>(
      sim,
      `/drives/${driveId}/items/${file.id}/content`,
      token,
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('itemNotFound');
  });
});
