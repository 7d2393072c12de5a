import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ConnectWiseSimulator, startConnectWiseSimulator } from '../../../sim/connectwise/index.ts';
import { parseRetryAfter } from '../../shared/retry-after.ts';
import { PsaError } from '../provider.ts';
import { errorForStatus } from './errors.ts';
import { parseLinkHeader } from './http.ts';
import { resolveSite, ticketUrl } from './site.ts';
import { CLIENT_ID, callLog, capturedLogger, failure, simProvider } from './test-support.ts';

// Transport behaviour against the simulator: auth headers, error mapping, retries only where a
// repeat is safe (ConnectWise "PSA API Requests": 429 carries Retry-After in seconds).

const PRIVATE_KEY = 'pr1vateKEYsecret';
let sim: ConnectWiseSimulator;

beforeAll(async () => {
  sim = await startConnectWiseSimulator({
    credentials: { companyId: 'msp', publicKey: 'pubKEY0001', privateKey: PRIVATE_KEY },
  });
});
afterEach(() => sim.reset());
afterAll(() => sim.close());

/** Everything an error carries, cause chain included, as one searchable string. */
function everything(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    parts.push(String(e), JSON.stringify(e), (e as Error).stack ?? '');
  }
  return parts.join('\n');
}

describe('authentication', () => {
  it('sends Basic company+public:private, clientId, the versioned Accept and JSON content type', async () => {
    const psa = simProvider(sim, { apiVersion: '2023.2' });
    const ticket = sim.addTicket({ summary: 'Headers' });
    await psa.getTicket(String(ticket.id));
    await psa.addNote(String(ticket.id), { kind: 'discussion', text: 'hello' });
    const [get, post] = sim.calls;
    expect(get?.headers).toMatchObject({
      authorization: `Basic ${Buffer.from(`msp+pubKEY0001:${PRIVATE_KEY}`).toString('base64')}`,
      clientid: CLIENT_ID,
      accept: 'application/vnd.connectwise.com+json; version=2023.2',
    });
    expect(get?.headers['content-type']).toBeUndefined();
    expect(post?.headers).toMatchObject({ 'content-type': 'application/json', clientid: CLIENT_ID });
    expect(sim.calls.map((c) => c.status)).toEqual([200, 201]);
  });

  it('maps 401 to bad_credentials with an actionable message and no secret anywhere', async () => {
    const { logger, raw } = capturedLogger();
    const psa = simProvider(sim, { privateKey: 'wrongPrivateKey9', logger });
    const error = await failure(psa.testConnection());
    expect(error).toBeInstanceOf(PsaError);
    expect(error).toMatchObject({ kind: 'bad_credentials', retryable: false });
    expect(error.message).toBe(
      'ConnectWise rejected the API keys — check company id, public and private key.',
    );
    const auth = sim.calls[0]?.headers.authorization ?? '';
    for (const secret of ['wrongPrivateKey9', auth, auth.replace('Basic ', '')]) {
      expect(everything(error)).not.toContain(secret);
      expect(raw.join('')).not.toContain(secret);
    }
    expect(sim.calls).toHaveLength(1); // a 401 is never retried
  });

  it('passes ConnectWise’s 400 message through as invalid_request (missing clientId)', async () => {
    const error = await failure(simProvider(sim, { clientId: ' ' }).listBoards());
    expect(error).toMatchObject({ kind: 'invalid_request' });
    expect(error.message).toMatch(/clientId header is required/);
  });
});

describe('retries', () => {
  it('retries an idempotent GET after a 500 and succeeds', async () => {
    const ticket = sim.addTicket({ summary: 'Flaky read' });
    sim.failNext({ method: 'GET', path: `/service/tickets/${ticket.id}` }, { status: 500 });
    const { logger, raw } = capturedLogger();
    await expect(simProvider(sim, { logger }).getTicket(String(ticket.id))).resolves.toMatchObject({
      summary: 'Flaky read',
    });
    expect(sim.calls.map((c) => c.status)).toEqual([500, 200]);
    expect(raw.join('')).toMatch(/retrying/);
    expect(raw.join('')).not.toContain(PRIVATE_KEY);
  });

  it('does not retry a note POST on 500: the caller retries, and exactly one note exists', async () => {
    const ticket = sim.addTicket({ summary: 'Write once' });
    sim.failNext({ method: 'POST', path: `/service/tickets/${ticket.id}/notes` }, { status: 500 });
    const psa = simProvider(sim);
    const note = { kind: 'resolution' as const, text: 'Replaced the toner.' };
    const error = await failure(psa.addNote(String(ticket.id), note));
    expect(error).toMatchObject({ kind: 'unavailable', retryable: true });
    expect(sim.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    // What the outbox does next: look for the note, then send it again.
    expect(await psa.listNotes(String(ticket.id))).toEqual([]);
    await psa.addNote(String(ticket.id), note);
    expect(sim.state.notes.filter((n) => n.ticketId === ticket.id)).toHaveLength(1);
  });

  it('honours Retry-After on 429, then succeeds', async () => {
    sim.failNext({ method: 'GET', path: '/service/boards' }, { status: 429, retryAfter: 1 });
    const started = Date.now();
    const boards = await simProvider(sim).listBoards();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(boards.map((b) => b.name)).toEqual(['Service Desk']);
    expect(sim.calls.map((c) => c.status)).toEqual([429, 200]);
  });

  it('retries a 429 on POST too (ConnectWise did not process it), honouring Retry-After', async () => {
    const ticket = sim.addTicket({ summary: 'Busy' });
    sim.failNext({ method: 'POST' }, { status: 429, retryAfter: 0 });
    await simProvider(sim).addNote(String(ticket.id), { kind: 'discussion', text: 'once' });
    expect(sim.calls.map((c) => c.status)).toEqual([429, 201]);
    expect(sim.state.notes).toHaveLength(1);
  });

  it('gives up after maxRetries with rate_limited / unavailable and the server’s Retry-After', async () => {
    sim.failNext({ path: '/service/boards' }, { status: 429, retryAfter: 0 }, 3);
    const limited = await failure(simProvider(sim).listBoards());
    expect(limited).toMatchObject({ kind: 'rate_limited', retryable: true, retryAfterMs: 0 });
    expect(sim.calls).toHaveLength(3); // first try + 2 retries
    sim.reset();
    sim.failNext({ path: '/service/boards' }, { status: 503, retryAfter: 7 });
    const down = await failure(simProvider(sim, { maxRetries: 0 }).listBoards());
    expect(down).toMatchObject({ kind: 'unavailable', retryAfterMs: 7000 });
  });

  it('does not sleep through a long Retry-After: it hands the wait to the outbox', async () => {
    sim.failNext({ path: '/service/boards' }, { status: 429, retryAfter: 120 });
    const started = Date.now();
    const error = await failure(simProvider(sim).listBoards());
    expect(error).toMatchObject({ kind: 'rate_limited', retryAfterMs: 120_000 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(sim.calls).toHaveLength(1);
  });

  it('turns a slow answer into timeout, without retrying', async () => {
    sim.failNext({ path: '/system/info' }, { timeoutMs: 600 });
    const started = Date.now();
    const error = await failure(simProvider(sim, { timeoutMs: 150 }).testConnection());
    expect(error).toMatchObject({ kind: 'timeout', retryable: true });
    expect(error.message).toMatch(/did not answer within 150 ms while reading system info/);
    expect(Date.now() - started).toBeLessThan(550);
    expect(callLog(sim)).toEqual(['GET /system/info']);
  });
});

describe('site URL and reachability', () => {
  it('reports an unreachable site as unavailable with a hint, and retries GETs only within the budget', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const psa = simProvider(sim, { siteUrl: `http://127.0.0.1:${port}`, maxRetries: 0 });
    const error = await failure(psa.listBoards());
    expect(error).toMatchObject({ kind: 'unavailable' });
    expect(error.message).toBe(`could not reach http://127.0.0.1:${port}: wrong site URL?`);
    expect(everything(error)).not.toContain(PRIVATE_KEY);
  });

  it('accepts the site URL with or without the API path and never doubles it', () => {
    const api = 'https://na.myconnectwise.net/v4_6_release/apis/3.0';
    expect(resolveSite('https://na.myconnectwise.net').apiBase).toBe(api);
    expect(resolveSite('https://na.myconnectwise.net/').apiBase).toBe(api);
    expect(resolveSite('https://na.myconnectwise.net/v4_6_release').apiBase).toBe(api);
    expect(resolveSite(`${api}/`).apiBase).toBe(api);
    expect(resolveSite('https://cw.msp.example/v2025_1/apis/3.0').apiBase).toBe(
      'https://cw.msp.example/v2025_1/apis/3.0',
    );
    const cloud = resolveSite('https://api-eu.myconnectwise.net');
    expect(cloud.apiBase).toBe('https://api-eu.myconnectwise.net/v4_6_release/apis/3.0');
    expect(ticketUrl(cloud, 'My Co', 42)).toBe(
      'https://eu.myconnectwise.net/v4_6_release/services/system_io/Service/fv_sr100_request.rails?service_recid=42&companyName=My%20Co',
    );
    expect(resolveSite(sim.url).apiBase).toBe(sim.url);
  });
});

describe('wire helpers', () => {
  it('maps 403, 400 with validation errors and 404 to PsaError kinds with readable messages', () => {
    const forbidden = errorForStatus(403, { code: 'Forbidden', message: 'x' }, { what: 'reading ticket #3' });
    expect(forbidden).toMatchObject({ kind: 'forbidden', retryable: false });
    expect(forbidden.message).toMatch(/API member lacks permission for reading ticket #3/);
    const invalid = errorForStatus(
      400,
      {
        code: 'InvalidObject',
        message: 'ticket object is invalid',
        errors: [
          {
            code: 'NotFound',
            message: 'Service Status 17 not found for Service Board 21',
            field: 'status/id',
          },
        ],
      },
      { what: 'changing the status of ticket #3' },
    );
    expect(invalid).toMatchObject({ kind: 'invalid_request' });
    expect(invalid.message).toBe(
      'ConnectWise rejected changing the status of ticket #3: ticket object is invalid: Service Status 17 not found for Service Board 21.',
    );
    expect(errorForStatus(404, undefined, { what: 'x', notFound: 'Ticket #9 was not found.' })).toMatchObject(
      {
        kind: 'not_found',
        message: 'Ticket #9 was not found.',
      },
    );
    expect(errorForStatus(502, undefined, { what: 'x' })).toMatchObject({
      kind: 'unavailable',
      retryable: true,
    });
  });

  it('parses Link and Retry-After headers', () => {
    const links = parseLinkHeader(
      '<https://h/x?pageSize=1000&page=2>; rel="next", <https://h/x?pageSize=1000&page=3>; rel="last"',
    );
    expect(links.next?.searchParams.get('page')).toBe('2');
    expect(links.last?.searchParams.get('page')).toBe('3');
    expect(parseLinkHeader(null)).toEqual({});
    expect(parseRetryAfter('5')).toBe(5000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
