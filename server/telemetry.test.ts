import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, type SlackWorld, slackWorld } from '../bot/slack/slack-test-kit.ts';
import { eventually as eventuallyTeams, teamsWorld, textOf, threadOf } from '../bot/teams/teams-test-kit.ts';
import { appMentionEvent } from '../sim/slack/index.ts';
import { sendActivity } from '../sim/teams/index.ts';
import { testDatabase } from '../test/db.ts';
import { offlineDiagnosis } from '../test/diagnosis.ts';
import { TEST_PASSWORD } from '../test/factories.ts';
import { CONSUMER, SERVER, startOtlpReceiver } from '../test/otlp-receiver.ts';
import { api, signIn, startTestServer } from '../test/server.ts';
import { ConfigError, loadEnv } from './env.ts';
import { tracingConfig } from './telemetry.ts';

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

describe('OpenTelemetry traces over OTLP/HTTP', () => {
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let w: SlackWorld;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    w = await slackWorld({
      OTEL_EXPORTER_OTLP_ENDPOINT: `${receiver.url}/`,
      OTEL_EXPORTER_OTLP_HEADERS: 'x-collector-key=team%20key%3D1',
      OTEL_SERVICE_NAME: 'rf-trace-test',
      OTEL_BSP_SCHEDULE_DELAY: '50',
    });
  });
  afterAll(async () => {
    await w.close();
    await receiver.close();
  });

  it('sends a server span per request with the route template and status, and no URL, query, body or credentials', async () => {
    const token = await signIn(w.server, w.engineer.email, TEST_PASSWORD);
    const missing = randomUUID();
    const res = await api(w.server, `/api/v1/sessions/${missing}?email=leak@example.com&q=printer-secret`, {
      token,
    });
    expect(res.status).toBe(404);

    const span = await eventually(() =>
      receiver.spans().find((s) => s.name === 'GET /api/v1/sessions/:sessionId'),
    );
    expect(span.kind).toBe(SERVER);
    expect(span.service).toBe('rf-trace-test');
    expect(span.attributes).toMatchObject({
      'http.request.method': 'GET',
      'http.route': '/api/v1/sessions/:sessionId',
      'http.response.status_code': 404,
    });
    const signInSpan = await eventually(() =>
      receiver.spans().find((s) => s.name === 'POST /api/v1/auth/sign-in'),
    );
    expect(signInSpan.attributes['http.response.status_code']).toBe(200);

    // To the traces path under the configured base, with the configured header (percent-decoded).
    expect(receiver.requests.every((r) => r.path === '/v1/traces')).toBe(true);
    expect(receiver.requests[0]?.headers['x-collector-key']).toBe('team key=1');
    const sent = receiver.requests.map((r) => r.body).join('\n');
    for (const secret of [
      missing,
      'leak@example.com',
      'printer-secret',
      w.engineer.email,
      TEST_PASSWORD,
      token,
    ]) {
      expect(sent).not.toContain(secret);
    }
  });

  it('keeps the engine and knowledge spans of a turn in the trace of its request when the body arrives in pieces', async () => {
    const token = await signIn(w.server, w.engineer.email, TEST_PASSWORD);
    const created = await api(w.server, '/api/v1/sessions', {
      method: 'POST',
      token,
      body: { problemSummary: 'Mapped drive disappears after reboot' },
    });
    expect(created.status).toBe(201);
    const sessionId = (created.body as { id: string }).id;
    // The body in two packets: body parsers resume in the socket's async context, not the request's.
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${w.server.url}/api/v1/sessions/${sessionId}/turns`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      });
      req.on('response', (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.flushHeaders();
      req.write('{"message": "It is the S: drive, ');
      setTimeout(() => req.end('on every laptop"}'), 150);
    });
    expect(status).toBe(200);

    const post = await eventually(() =>
      receiver.spans().find((s) => s.name === 'POST /api/v1/sessions/:sessionId/turns'),
    );
    expect(post.attributes['http.response.status_code']).toBe(200);
    const turn = await eventually(() =>
      receiver
        .spans()
        .find((s) => s.name === 'engine.turn' && s.attributes['resolutionflow.session_id'] === sessionId),
    );
    expect(turn.traceId).toBe(post.traceId);
    const search = receiver.spans().find((s) => s.name === 'knowledge.search' && s.traceId === post.traceId);
    expect(search?.parentSpanId).toBe(post.spanId);
  });

  it('follows a signed Slack mention from the ack through the inbox job to the answer, in one trace', async () => {
    const text = `<@${w.sim.workspace.botUserId}> Outlook asks for the password again every morning`;
    const request = appMentionEvent({
      channel: w.channel,
      user: w.engineerSlackId,
      text,
      workspace: w.workspace,
    });
    const threadTs = (request.payload.event as { ts: string }).ts;
    expect((await w.send(request)).status).toBe(200);
    await eventually(() =>
      w.sim.messages.some((m) => m.thread_ts === threadTs && m.text.startsWith('Offline assistant')),
    );

    const ack = await eventually(() =>
      receiver
        .spans()
        .find((s) => s.name === 'slack.ack' && s.attributes['slack.event.type'] === 'app_mention'),
    );
    expect(ack.attributes).toMatchObject({
      'resolutionflow.platform': 'slack',
      'slack.type': 'event_callback',
      'slack.team_id': w.workspace.teamId,
      'http.response.status_code': 200,
    });
    const inTrace = () => receiver.spans().filter((s) => s.traceId === ack.traceId);
    // The job ran from pg-boss, after the request was answered, yet it is the ack's child.
    const job = await eventually(() => inTrace().find((s) => s.kind === CONSUMER));
    expect(job.name).toBe(`job chat-inbox.test.${w.workspace.teamId}`);
    expect(job.parentSpanId).toBe(ack.spanId);
    expect(job.attributes).toMatchObject({ 'messaging.system': 'pg-boss' });
    expect(job.attributes['resolutionflow.inbox_id']).toMatch(/^[0-9a-f-]{36}$/);
    const processing = await eventually(() => inTrace().find((s) => s.name === 'slack.process'));
    expect(processing.parentSpanId).toBe(job.spanId);
    const turn = await eventually(() => inTrace().find((s) => s.name === 'engine.turn'));
    expect(turn.attributes['resolutionflow.engine']).toBe('offline');
    expect(typeof turn.attributes['gen_ai.usage.input_tokens']).toBe('number');
    expect(typeof turn.attributes['gen_ai.usage.cache_read.input_tokens']).toBe('number');
    const search = await eventually(() => inTrace().find((s) => s.name === 'knowledge.search'));
    expect(search.attributes['resolutionflow.account_id']).toBe(w.account.accountId);
    // The request span around the ack is the trace's root.
    const root = inTrace().find((s) => s.spanId === ack.parentSpanId);
    expect(root).toMatchObject({ name: 'POST /slack/events', kind: SERVER });
    expect(root?.parentSpanId ?? '').toBe('');

    const sent = receiver.requests.map((r) => r.body).join('\n');
    expect(sent).not.toContain('Outlook asks');
    expect(sent).not.toContain(w.sim.botToken);
  });
});

describe('OpenTelemetry traces for Teams', () => {
  it('puts the 200 for a Teams message and the job that answers it in one trace', async () => {
    const receiver = await startOtlpReceiver();
    const w = await teamsWorld();
    const server = await startTestServer(
      w.account.owner.db,
      { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${receiver.url}/v1/traces`, OTEL_BSP_SCHEDULE_DELAY: '50' },
      {
        diagnosis: offlineDiagnosis(),
        inboxQueueName: `chat-inbox.test.${w.tenantId}`,
        inboxScope: w.tenantId,
      },
    );
    try {
      const post = w.post('The scanner on the second floor saves to the wrong share');
      expect((await sendActivity(`${server.url}/api/messages`, post)).status).toBe(200);
      await eventuallyTeams(() =>
        threadOf(w, post.id).some((a) => textOf(a).startsWith('Offline assistant')),
      );
      const ack = await eventually(() => receiver.spans().find((s) => s.name === 'teams.ack'));
      expect(ack.attributes).toMatchObject({
        'resolutionflow.platform': 'teams',
        'teams.activity.type': 'message',
        'teams.tenant_id': w.tenantId,
        'http.response.status_code': 200,
      });
      const job = await eventually(() =>
        receiver.spans().find((s) => s.kind === CONSUMER && s.traceId === ack.traceId),
      );
      expect(job.parentSpanId).toBe(ack.spanId);
      const processing = await eventually(() => receiver.spans().find((s) => s.name === 'teams.process'));
      expect(processing).toMatchObject({ traceId: ack.traceId, parentSpanId: job.spanId });
      expect(receiver.requests.map((r) => r.body).join('\n')).not.toContain('scanner on the second floor');
    } finally {
      await server.stop();
      await w.close();
      await receiver.close();
    }
  });
});

describe('OpenTelemetry off', () => {
  it('is off without an endpoint, and with OTEL_SDK_DISABLED=true even with one', () => {
    expect(tracingConfig(loadEnv({ OTEL_SERVICE_NAME: 'x' }), 'server')).toBeUndefined();
    const env = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' };
    expect(tracingConfig(loadEnv(env), 'server')?.url).toBe('http://collector:4318/v1/traces');
    expect(tracingConfig(loadEnv({ ...env, OTEL_SDK_DISABLED: 'true' }), 'server')).toBeUndefined();
    // The traces-specific endpoint is used as given, and wins.
    const both = { ...env, OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://intake.example/otlp/traces' };
    expect(tracingConfig(loadEnv(both), 'server')?.url).toBe('https://intake.example/otlp/traces');
  });

  it('loads no part of the OpenTelemetry SDK unless traces are configured', async () => {
    // What the traced case loads shows in every span the other tests receive.
    const loaded = (env: Record<string, string>) =>
      new Promise<string[]>((resolve, reject) =>
        execFile(
          process.execPath,
          ['test/opentelemetry-modules.mjs', JSON.stringify(env)],
          { timeout: 55_000 },
          (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout) as string[])),
        ),
      );
    const off = await loaded({});
    // The API package alone comes with drizzle, pg-boss and the Anthropic SDK (a no-op without a
    // provider); seeing it also shows the hook sees every package resolved.
    expect(off).toContain('@opentelemetry/api');
    expect(off.filter((p) => !p.startsWith('@opentelemetry/api'))).toEqual([]);
  }, 60_000);

  it('sends nothing when not configured, even with the standard variables in the process environment', async () => {
    const receiver = await startOtlpReceiver();
    // Only our configuration turns traces on: an SDK started anyway would read these and send.
    const saved = {
      endpoint: process.env.OTEL_EXPORTER_OTLP_ENDPOINT,
      traces: process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT,
    };
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = receiver.url;
    process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT = `${receiver.url}/v1/traces`;
    try {
      const database = await testDatabase();
      const configs: Array<Record<string, string>> = [
        {},
        { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_SDK_DISABLED: 'true' },
      ];
      for (const env of configs) {
        const server = await startTestServer(database, { ...env, OTEL_BSP_SCHEDULE_DELAY: '10' });
        expect((await api(server, '/healthz')).status).toBe(200);
        expect((await api(server, `/api/v1/sessions/${randomUUID()}`)).status).toBe(401);
        // A traced server flushes everything it has on stop, so after it nothing more can come.
        await server.stop();
      }
    } finally {
      restore('OTEL_EXPORTER_OTLP_ENDPOINT', saved.endpoint);
      restore('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', saved.traces);
    }
    expect(receiver.requests).toEqual([]);
    await receiver.close();
  });
});

describe('OTEL_* configuration is checked at start-up', () => {
  const refusal = (source: Record<string, string>): string => {
    try {
      loadEnv(source);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error(`expected ${JSON.stringify(source)} to be refused`);
  };

  it('refuses an endpoint that is not an http(s) URL, naming the variable', () => {
    for (const name of ['OTEL_EXPORTER_OTLP_ENDPOINT', 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT']) {
      for (const value of ['collector:4318', 'grpc://collector:4317', 'not a url']) {
        expect(refusal({ [name]: value })).toMatch(new RegExp(`${name}: must be an http:// or https:// URL`));
      }
    }
  });

  it('refuses malformed headers without repeating the value (it is usually an API key)', () => {
    for (const value of [
      'x-api-key',
      'x-api-key=sk-secret-1,=sk-secret-2',
      'x-api-key=%E0%A4%A',
      'bad key=sk-secret-3',
    ]) {
      const message = refusal({ OTEL_EXPORTER_OTLP_HEADERS: value });
      expect(message).toMatch(/OTEL_EXPORTER_OTLP_HEADERS: must be comma-separated key=value pairs/);
      expect(message).not.toMatch(/sk-secret|%E0/);
    }
    expect(refusal({ OTEL_EXPORTER_OTLP_HEADERS: 'a=1,b' })).toMatch(/entry 2 is not/);
  });

  it('refuses an unknown sampler, a ratio outside 0–1 and the gRPC protocol, saying what is allowed', () => {
    expect(refusal({ OTEL_TRACES_SAMPLER: 'sometimes' })).toMatch(
      /OTEL_TRACES_SAMPLER: must be one of always_on, always_off, traceidratio/,
    );
    for (const arg of ['1.5', '-0.1', 'half']) {
      expect(refusal({ OTEL_TRACES_SAMPLER_ARG: arg })).toMatch(
        /OTEL_TRACES_SAMPLER_ARG: must be a number from 0 to 1/,
      );
    }
    expect(refusal({ OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toMatch(
      /OTEL_EXPORTER_OTLP_PROTOCOL: must be http\/json or http\/protobuf.*grpc is not supported/,
    );
  });

  it('accepts the standard forms', () => {
    const env = loadEnv({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'https://api.honeycomb.io',
      OTEL_EXPORTER_OTLP_HEADERS: 'x-honeycomb-team=abc123, x-honeycomb-dataset=rf%20prod',
      OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
      OTEL_TRACES_SAMPLER_ARG: '0.25',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf',
    });
    expect(tracingConfig(env, 'worker')).toMatchObject({
      url: 'https://api.honeycomb.io/v1/traces',
      headers: { 'x-honeycomb-team': 'abc123', 'x-honeycomb-dataset': 'rf prod' },
      sampler: 'parentbased_traceidratio',
      samplerRatio: 0.25,
      serviceName: 'resolutionflow',
      role: 'worker',
    });
  });
});
