import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConnectWiseSimulator, MAX_PAGE_SIZE, startConnectWiseSimulator } from './index.ts';
import { cw, parseLink, withConditions } from './test-helpers.ts';
import type { CwTicket } from './types.ts';

// Lists are bare JSON arrays paged with `page` (from 1) and `pageSize` (default 25, hard limit 1,000),
// with a `Link` header of absolute URLs ending in `&page=N`, e.g.
// `<https://…/company/companies?pageSize=1000&page=2>; rel="next", <…>; rel="last"`
// (ConnectWise "PSA Pagination" guide; example response in
// https://www.thelazyadministrator.com/2024/06/06/how-the-connectwise-manage-api-handles-pagination-with-powershell/).

let sim: ConnectWiseSimulator;

beforeAll(async () => {
  sim = await startConnectWiseSimulator();
  sim.bulkTickets(2500);
});
afterAll(() => sim.close());

describe('pagination', () => {
  it('walks 2,500 tickets in 3 pages of 1,000 by following rel="next"', async () => {
    let next: string | undefined = `${sim.url}/service/tickets?pageSize=${MAX_PAGE_SIZE}`;
    const pages: CwTicket[][] = [];
    const links: Record<string, string>[] = [];
    while (next) {
      const response: { status: number; headers: Headers; body: CwTicket[] } = await cw<CwTicket[]>(
        sim,
        next,
      );
      expect(response.status).toBe(200);
      expect(Array.isArray(response.body)).toBe(true);
      pages.push(response.body);
      const link = parseLink(response.headers.get('link'));
      links.push(link);
      next = link.next;
    }
    expect(pages.map((p) => p.length)).toEqual([1000, 1000, 500]);
    const ids = new Set(pages.flat().map((t) => t.id));
    expect(ids.size).toBe(2500);
    expect(Math.min(...ids)).toBe(1);
    expect(Math.max(...ids)).toBe(2500);
    expect(links[0]).toEqual({
      next: `${sim.url}/service/tickets?pageSize=1000&page=2`,
      last: `${sim.url}/service/tickets?pageSize=1000&page=3`,
    });
    expect(Object.keys(links[1] ?? {}).sort()).toEqual(['first', 'last', 'next', 'prev']);
    expect(links[2]).toEqual({
      prev: `${sim.url}/service/tickets?pageSize=1000&page=2`,
      first: `${sim.url}/service/tickets?pageSize=1000&page=1`,
    });
  });

  it('defaults to 25 per page from page 1 and keeps other parameters in Link URLs', async () => {
    const first = await cw<CwTicket[]>(sim, withConditions('/service/tickets', 'summary contains "1"'));
    expect(first.body).toHaveLength(25);
    expect(first.body[0]?.id).toBe(1);
    const link = parseLink(first.headers.get('link'));
    expect(link.next).toMatch(/\?conditions=summary%20contains%20%221%22&pageSize=25&page=2$/);
    const second = await cw<CwTicket[]>(sim, link.next as string);
    expect(second.body.every((t) => t.summary.includes('1'))).toBe(true);
    expect(second.body[0]?.id).toBeGreaterThan(first.body.at(-1)?.id ?? 0);
  });

  it('sends no Link when everything fits on one page, and [] past the end', async () => {
    const one = await cw<CwTicket[]>(sim, withConditions('/service/tickets', 'id <= 3'));
    expect(one.body.map((t) => t.id)).toEqual([1, 2, 3]);
    expect(one.headers.get('link')).toBeNull();
    const past = await cw<CwTicket[]>(sim, '/service/tickets?pageSize=1000&page=9');
    expect(past.body).toEqual([]);
    expect(parseLink(past.headers.get('link')).next).toBeUndefined();
  });

  it.each(['pageSize=1001', 'pageSize=0', 'page=0', 'page=abc'])('rejects %s with 400', async (query) => {
    const response = await cw<{ code: string }>(sim, `/service/tickets?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('BadRequest');
  });

  it('supports forward-only pagination (pagination-type header, pageId)', async () => {
    const headers = { 'pagination-type': 'forward-only' };
    let next: string | undefined = `${sim.url}/service/tickets?pageSize=1000`;
    let total = 0;
    let pages = 0;
    while (next) {
      const response: { headers: Headers; body: CwTicket[] } = await cw<CwTicket[]>(sim, next, { headers });
      total += response.body.length;
      pages += 1;
      const link = parseLink(response.headers.get('link'));
      expect(Object.keys(link).every((rel) => rel === 'next')).toBe(true);
      next = link.next;
    }
    expect({ total, pages }).toEqual({ total: 2500, pages: 3 });
  });

  it('counts with /count and conditions', async () => {
    const response = await cw<{ count: number }>(sim, withConditions('/service/tickets/count', 'id > 2000'));
    expect(response.body).toEqual({ count: 500 });
  });
});
