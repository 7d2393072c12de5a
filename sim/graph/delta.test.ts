import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type GraphDeltaPage, type GraphSimulator, startGraphSimulator } from './index.ts';
import { accessToken, graph } from './test-helpers.ts';

// driveItem: delta, https://learn.microsoft.com/graph/api/driveitem-delta — pages carry
// `@odata.nextLink` until the last one carries `@odata.deltaLink`; deleted items come with the
// `deleted` facet; a token the service can no longer serve is `410 Gone` with error code
// `resyncChangesApplyDifferences` and a `Location` header holding a nextLink that restarts enumeration.

let sim: GraphSimulator;
let token: string;
let driveId: string;

beforeAll(async () => {
  sim = await startGraphSimulator({ deltaPageSize: 2, startTime: '2025-03-03T09:00:00Z' });
});
beforeEach(async () => {
  driveId = sim.defaultDriveId as string;
  token = await accessToken(sim);
  sim.addFile(driveId, 'Runbooks/VPN/reset-vpn.md', '# Reset VPN', 'text/markdown');
  sim.addFile(driveId, 'Runbooks/printer.md', '# Printer', 'text/markdown');
});
afterEach(() => sim.reset());
afterAll(() => sim.close());

type Page = GraphDeltaPage & { error?: { code: string } };

/** Follows nextLinks to the deltaLink; returns every page. */
async function drain(start: string): Promise<Page[]> {
  const pages: Page[] = [];
  let link: string | undefined = start;
  while (link) {
    const response: { status: number; body: Page } = await graph<Page>(sim, link, token);
    expect(response.status).toBe(200);
    pages.push(response.body);
    link = response.body['@odata.nextLink'];
  }
  return pages;
}

const deltaLinkOf = (pages: Page[]) => pages.at(-1)?.['@odata.deltaLink'] as string;

describe('delta', () => {
  it('pages the initial enumeration with nextLinks and ends with a deltaLink', async () => {
    const pages = await drain(`/drives/${driveId}/root/delta`);
    // root, Runbooks, VPN, reset-vpn.md, printer.md with 2 per page
    expect(pages.map((p) => p.value.length)).toEqual([2, 2, 1]);
    for (const page of pages.slice(0, -1)) {
      expect(page['@odata.nextLink']).toMatch(new RegExp(`^${sim.graphUrl}/drives/.+/root/delta\\?token=`));
      expect(page).not.toHaveProperty('@odata.deltaLink');
    }
    expect(pages.at(-1)).not.toHaveProperty('@odata.nextLink');
    expect(deltaLinkOf(pages)).toContain('/root/delta?token=');
    const items = pages.flatMap((p) => p.value);
    expect(items.map((i) => i.name)).toEqual(['root', 'Runbooks', 'VPN', 'reset-vpn.md', 'printer.md']);
    expect(items[0]).toMatchObject({ root: {}, folder: { childCount: 1 } });
    expect(items[3]).toMatchObject({
      file: { mimeType: 'text/markdown' },
      size: Buffer.byteLength('# Reset VPN'),
      lastModifiedDateTime: '2025-03-03T09:00:00.000Z',
      webUrl: expect.stringMatching(/\/Documents\/Runbooks\/VPN\/reset-vpn\.md$/),
      parentReference: { driveId, id: items[2]?.id, name: 'VPN' },
    });
    // Graph's delta never carries the folder path: clients track folders by id.
    expect(items.every((i) => i.parentReference?.path === undefined)).toBe(true);
    expect(items[3]?.eTag).toMatch(/^"\{[0-9A-Z-]+\},1"$/);
  });

  it('returns only what changed since the deltaLink, deleted items with the deleted facet', async () => {
    const link = deltaLinkOf(await drain(`/drives/${driveId}/root/delta`));
    expect((await drain(link)).flatMap((p) => p.value)).toEqual([]);

    sim.clock.advance(60_000);
    const modified = sim.modifyFile(driveId, 'Runbooks/printer.md', '# Printer v2', 'text/markdown');
    sim.deleteItem(driveId, 'Runbooks/VPN');
    const pages = await drain(link);
    const items = pages.flatMap((p) => p.value);
    expect(items.map((i) => [i.name, i.deleted ? 'deleted' : 'live'])).toEqual([
      ['printer.md', 'live'],
      ['reset-vpn.md', 'deleted'],
      ['VPN', 'deleted'],
    ]);
    expect(items[0]).toMatchObject({
      id: modified.id,
      size: Buffer.byteLength('# Printer v2'),
      lastModifiedDateTime: '2025-03-03T09:01:00.000Z',
    });
    expect(items[0]?.eTag).toMatch(/,2"$/);
    expect(items[2]).toEqual({
      id: expect.any(String),
      name: 'VPN',
      parentReference: expect.objectContaining({ driveId }),
      deleted: { state: 'deleted' },
    });
    // The new deltaLink starts after these changes.
    expect((await drain(deltaLinkOf(pages))).flatMap((p) => p.value)).toEqual([]);
    // The old deltaLink still remembers its own position.
    expect((await drain(link)).flatMap((p) => p.value)).toHaveLength(3);
  });

  it('answers an expired token with 410 resyncChangesApplyDifferences and a Location that restarts', async () => {
    const link = deltaLinkOf(await drain(`/drives/${driveId}/root/delta`));
    sim.expireDeltaTokens();
    const gone = await graph<{ error: { code: string; message: string } }>(sim, link, token);
    expect(gone.status).toBe(410);
    expect(gone.body.error.code).toBe('resyncChangesApplyDifferences');
    expect(gone.body.error.message).toMatch(/Resync required/);
    const location = gone.headers.get('location') as string;
    expect(location).toContain('/root/delta?token=');
    const restarted = await drain(location);
    expect(restarted.flatMap((p) => p.value)).toHaveLength(5);
    expect(deltaLinkOf(restarted)).toBeTruthy();
  });

  it('expires delta tokens by age when deltaTokenMaxAgeSeconds is set', async () => {
    const aging = await startGraphSimulator({ deltaTokenMaxAgeSeconds: 3600 });
    try {
      const bearer = aging.issueAccessToken();
      const first = await graph<Page>(
        aging,
        `${aging.graphUrl}/drives/${aging.defaultDriveId}/root/delta`,
        bearer,
      );
      aging.clock.advance(3601 * 1000);
      // (the access token has expired too by now, so fetch a fresh one)
      const fresh = aging.issueAccessToken();
      const gone = await graph<Page>(aging, first.body['@odata.deltaLink'] as string, fresh);
      expect(gone.status).toBe(410);
    } finally {
      await aging.close();
    }
  });

  it('token=latest returns no items and a deltaLink for future changes; bad tokens are 400', async () => {
    const latest = await graph<Page>(sim, `/drives/${driveId}/root/delta?token=latest`, token);
    expect(latest.body.value).toEqual([]);
    sim.addFile(driveId, 'new.txt', 'hello', 'text/plain');
    const changes = (await drain(latest.body['@odata.deltaLink'] as string)).flatMap((p) => p.value);
    expect(changes.map((i) => i.name)).toEqual(['new.txt']);
    expect((await graph(sim, `/drives/${driveId}/root/delta?token=garbage`, token)).status).toBe(400);
    expect((await graph(sim, `/drives/nope/root/delta`, token)).status).toBe(404);
  });

  it('accepts the delta(token=...) function form and $top', async () => {
    const first = await graph<Page>(sim, `/drives/${driveId}/root/delta?$top=1`, token);
    expect(first.body.value).toHaveLength(1);
    const next = new URL(first.body['@odata.nextLink'] as string).searchParams.get('token');
    const second = await graph<Page>(sim, `/drives/${driveId}/root/delta(token='${next}')`, token);
    expect(second.body.value[0]?.name).toBe('Runbooks');
  });
});
