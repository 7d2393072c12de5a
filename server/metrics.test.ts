import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, type SlackWorld, slackWorld } from '../bot/slack/slack-test-kit.ts';
import { appMentionEvent } from '../sim/slack/index.ts';
import { testDatabase } from '../test/db.ts';
import { TEST_PASSWORD } from '../test/factories.ts';
import { api, signIn, startTestServer } from '../test/server.ts';

const TOKEN = 'metrics-token-for-tests-0123456789';

/** The value of one series in Prometheus text format, or undefined when it is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : undefined;
}

describe('GET /metrics (Prometheus text, behind METRICS_TOKEN)', () => {
  let w: SlackWorld;

  beforeAll(async () => {
    w = await slackWorld({ METRICS_TOKEN: TOKEN });
  });
  afterAll(() => w.close());

  const scrape = (authorization?: string) =>
    fetch(`${w.server.url}/metrics`, authorization ? { headers: { authorization } } : {});

  it('refuses a scrape without the token or with a wrong one, and says what it needs', async () => {
    for (const auth of [undefined, 'Bearer wrong-token', `Basic ${TOKEN}`]) {
      const res = await scrape(auth);
      expect(res.status).toBe(401);
      const body = await res.text();
      expect(body).toContain('METRICS_TOKEN');
      expect(body).not.toContain('resolutionflow_');
    }
  });

  it('counts a Slack mention: ack latency, route latency, engine time, tokens, inbox depth', async () => {
    const request = appMentionEvent({
      channel: w.channel,
      user: w.engineerSlackId,
      text: `<@${w.sim.workspace.botUserId}> Teams calls drop after 30 seconds`,
      workspace: w.workspace,
    });
    const threadTs = (request.payload.event as { ts: string }).ts;
    expect((await w.send(request)).status).toBe(200);
    await eventually(() =>
      w.sim.messages.some((m) => m.thread_ts === threadTs && m.text.startsWith('Offline assistant')),
    );

    // A route of a nested router (/api/v1 → /sessions → /:sessionId) and one that throws to the
    // app's error handler: both labelled with the full template.
    const token = await signIn(w.server, w.engineer.email, TEST_PASSWORD);
    expect((await api(w.server, `/api/v1/sessions/${randomUUID()}`, { token })).status).toBe(404);

    const res = await scrape(`Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(
      sample(text, 'resolutionflow_chat_ack_duration_seconds_count{platform="slack"}'),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(
        text,
        'resolutionflow_http_request_duration_seconds_count{method="POST",route="/slack/events",status="2xx"}',
      ),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(text, 'resolutionflow_engine_turn_duration_seconds_count{engine="offline",outcome="ok"}'),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(text, 'resolutionflow_model_tokens_total{engine="offline",kind="input"}'),
    ).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'resolutionflow_kb_connectors{status="failed"}')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'resolutionflow_psa_outbox_pending')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'resolutionflow_inbox_pending')).toBeGreaterThanOrEqual(0);
    expect(text).toContain('resolutionflow_job_queue_lag_seconds');
    expect(
      sample(
        text,
        'resolutionflow_http_request_duration_seconds_count{method="GET",route="/api/v1/sessions/:sessionId",status="4xx"}',
      ),
    ).toBe(1);
    // Route templates, never raw paths: no ids in label values.
    expect(text).not.toMatch(/route="[^"]*[0-9a-f]{8}-[0-9a-f]{4}/);
  });
});

describe('/metrics placement', () => {
  it('is not served without METRICS_TOKEN, and METRICS_PORT serves it on a port of its own', async () => {
    const database = await testDatabase();
    const plain = await startTestServer(database);
    try {
      expect((await fetch(`${plain.url}/metrics`)).status).toBe(404);
    } finally {
      await plain.stop();
    }
    const port = await freePort();
    const apart = await startTestServer(database, { METRICS_PORT: String(port), METRICS_TOKEN: TOKEN });
    try {
      expect(
        (await fetch(`${apart.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status,
      ).toBe(404);
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(401);
      const res = await fetch(`http://127.0.0.1:${port}/metrics`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('resolutionflow_process_cpu_seconds_total');
    } finally {
      await apart.stop();
    }
  });
});

/**
 * A port nobody listens on, below Linux's ephemeral range (32768+) so the other test servers'
 * port-0 listeners and outgoing connections cannot take it between this check and the bind.
 */
async function freePort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
}
