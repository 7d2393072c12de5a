import { z } from 'zod';

/**
 * The only place that reads `process.env`. Every process (server, worker, migrate) parses its
 * configuration here at boot, so a typo'd variable stops start-up with a message naming it
 * instead of surfacing as a confusing failure an hour later.
 */
const booleanFromString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const base64Key = z
  .string()
  .refine((v) => Buffer.from(v, 'base64').length === 32, { message: 'must be 32 bytes, base64-encoded' });

// Names express understands in a `trust proxy` list besides addresses and CIDR ranges.
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const IPV4_OR_6 = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:.]*)(\/\d{1,3})?$/i;

/**
 * Which peers may set X-Forwarded-For (and so decide `req.ip`, which sign-in limits key on).
 * Off by default: then the header never counts, even from loopback, so rotating it from the same
 * machine cannot dodge a limit. A hop count (`1` behind one load balancer) or a list of proxy
 * addresses / CIDR ranges / express's names, exactly as express's `trust proxy`. `true` (trust
 * everyone) is refused: any client could then pick its own address.
 */
const trustProxy = z
  .string()
  .trim()
  .transform((value, ctx): false | number | string[] => {
    if (value === 'false' || value === 'off' || value === '0') return false;
    if (/^\d+$/.test(value)) return Number(value);
    const entries = value
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    const bad = entries.find((e) => !PROXY_NAMES.has(e) && !IPV4_OR_6.test(e));
    if (entries.length === 0 || bad !== undefined || value === 'true') {
      ctx.addIssue({
        code: 'custom',
        message: `must be false, a hop count (e.g. 1) or a comma-separated list of proxy addresses/CIDR ranges (loopback, 10.0.0.0/8, …)${bad ? `; "${bad}" is neither` : ''}`,
      });
      return z.NEVER;
    }
    return entries;
  });

/** An OTLP/HTTP endpoint: where a collector (or a vendor's intake) listens, e.g. http://otel-collector:4318. */
const otlpUrl = z
  .string()
  .trim()
  .refine(
    (v) => {
      try {
        return ['http:', 'https:'].includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    { message: "must be an http:// or https:// URL (the collector's OTLP/HTTP port, usually 4318)" },
  );

// W3C baggage-style `key=value` list (the OpenTelemetry spec's format); values are percent-decoded.
const HEADER_KEY = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * OTEL_EXPORTER_OTLP_HEADERS: `api-key=…,x-tenant=…`. These usually hold a vendor's API key, so a
 * refusal names the position of the bad entry and never echoes a value.
 */
const otlpHeaders = z.string().transform((value, ctx): Record<string, string> => {
  const headers: Record<string, string> = {};
  const entries = value.split(',').map((e) => e.trim());
  for (const [index, entry] of entries.entries()) {
    if (entry === '') continue;
    const eq = entry.indexOf('=');
    const key = eq > 0 ? entry.slice(0, eq).trim() : '';
    let decoded: string | undefined;
    try {
      decoded = decodeURIComponent(entry.slice(eq + 1).trim());
    } catch {
      decoded = undefined;
    }
    if (eq <= 0 || !HEADER_KEY.test(key) || decoded === undefined || decoded === '') {
      ctx.addIssue({
        code: 'custom',
        message: `must be comma-separated key=value pairs (e.g. x-api-key=abc123,x-dataset=prod); entry ${index + 1} is not`,
      });
      return z.NEVER;
    }
    headers[key.toLowerCase()] = decoded;
  }
  return headers;
});

const OTLP_PROTOCOL = z.enum(['http/json', 'http/protobuf'], {
  message:
    'must be http/json or http/protobuf: traces are sent as OTLP/HTTP JSON, which every OTLP/HTTP receiver accepts (grpc is not supported; point the endpoint at port 4318)',
});

const TRACES_SAMPLERS = [
  'always_on',
  'always_off',
  'traceidratio',
  'parentbased_always_on',
  'parentbased_always_off',
  'parentbased_traceidratio',
] as const;

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, { message: 'must be a postgres:// or postgresql:// URL' })
      .optional(),
    DATABASE_POOL_MAX: z.coerce.number().int().min(2).max(200).default(10),
    PGLITE_DATA_DIR: z.string().min(1).default('./.data/pglite'),
    APP_SECRET_KEY: base64Key.optional(),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
    HTTP_BODY_LIMIT: z
      .string()
      .regex(/^\d+(b|kb|mb)$/i, { message: 'must look like 256kb or 1mb' })
      .default('256kb'),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    WORKER_IN_PROCESS: booleanFromString.default(true),
    CHAT_INBOX_CONCURRENCY: z.coerce.number().int().min(0).max(64).default(8),
    CHAT_STATUS_LINE: booleanFromString.default(true),
    METRICS_TOKEN: z.string().min(16, { message: 'must be at least 16 characters' }).optional(),
    METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    SEED_DEMO: booleanFromString.default(true),
    ADMIN_WEB_DEV_SERVER: booleanFromString.default(false),
    PLAYGROUND_PORT: z.coerce.number().int().min(1).max(65535).default(56150),
    AUDIT_RETENTION_CRON: z.string().min(9).default('17 3 * * *'),
    ANTHROPIC_API_KEY: z.string().min(10).optional(),
    ANTHROPIC_BASE_URL: z.string().url().optional(),
    ANTHROPIC_MODEL: z.string().min(3).default('claude-sonnet-5-5'),
    ANTHROPIC_SYNTHESIS_MODEL: z.string().min(3).default('claude-haiku-5-5'),
    ANTHROPIC_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
    ANTHROPIC_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(60_000),
    KB_RERANK: booleanFromString.default(true),
    KB_RERANK_MODEL: z.string().min(3).optional(),
    KB_RERANK_BUDGET_MS: z.coerce.number().int().min(100).max(30_000).default(1_500),
    KB_RERANK_CANDIDATES: z.coerce.number().int().min(2).max(20).default(10),
    FLOW_COMPOSE_BUDGET_MS: z.coerce.number().int().min(500).max(60_000).default(8_000),
    PREVIEW_CACHE_SIZE: z.coerce.number().int().min(1).max(100_000).default(500),
    PUBLIC_URL: z.string().url().optional(),
    SLACK_SIGNING_SECRET: z.string().min(10).optional(),
    SLACK_BOT_TOKEN: z
      .string()
      .regex(/^xoxb-/, { message: 'must be a bot token (xoxb-…)' })
      .optional(),
    SLACK_ACCOUNT_ID: z.string().uuid().optional(),
    SLACK_CLIENT_ID: z.string().min(3).optional(),
    SLACK_CLIENT_SECRET: z.string().min(10).optional(),
    SLACK_STATE_SECRET: z.string().min(16).optional(),
    SLACK_API_URL: z.string().url().optional(),
    MICROSOFT_APP_ID: z
      .string()
      .uuid({ message: "must be the bot's Microsoft app (client) id, a GUID" })
      .optional(),
    MICROSOFT_APP_PASSWORD: z.string().min(1).optional(),
    MICROSOFT_APP_TENANT_ID: z
      .string()
      .uuid({ message: 'must be a Microsoft Entra tenant id (GUID)' })
      .optional(),
    ENTRA_CLIENT_ID: z.string().min(3).optional(),
    ENTRA_CLIENT_SECRET: z.string().min(1).optional(),
    ENTRA_ISSUER: z.string().url().default('https://login.microsoftonline.com/organizations/v2.0'),
    SLACK_OIDC_CLIENT_ID: z.string().min(3).optional(),
    SLACK_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    SLACK_OIDC_ISSUER: z.string().url().default('https://slack.com'),
    OIDC_ALLOW_INSECURE_ISSUER: booleanFromString.default(false),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, { message: 'must be an smtp:// or smtps:// URL' })
      .optional(),
    MAIL_FROM: z.string().min(3).default('ResolutionFlow <no-reply@resolutionflow.invalid>'),
    SIGN_IN_MAX_FAILURES_PER_EMAIL: z.coerce.number().int().min(1).max(1000).default(5),
    SIGN_IN_MAX_FAILURES_PER_EMAIL_ALL_ADDRESSES: z.coerce.number().int().min(1).max(10_000).default(50),
    SIGN_IN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).max(100_000).default(20),
    SIGN_IN_FAILURE_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
    TRUST_PROXY: trustProxy.default(false),
    API_RATE_LIMIT_PER_USER_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(1200),
    API_RATE_LIMIT_PER_ACCOUNT_PER_MINUTE: z.coerce.number().int().min(0).max(10_000_000).default(6000),
    BOT_RATE_LIMIT_PER_USER_PER_MINUTE: z.coerce.number().int().min(0).max(100_000).default(60),
    SIGNUP_ENABLED: booleanFromString.default(true),
    SIGNUP_MAX_PER_IP: z.coerce.number().int().min(1).max(100_000).default(5),
    SIGNUP_WINDOW_MINUTES: z.coerce.number().int().min(1).max(10_080).default(60),
    SIGNUP_BLOCKED_EMAIL_DOMAINS: z.string().optional(),
    SIGNUP_BLOCKED_EMAIL_DOMAINS_FILE: z.string().min(1).optional(),
    OPERATOR_TOKEN: z
      .string()
      .min(24, { message: 'must be at least 24 characters (openssl rand -hex 24)' })
      .optional(),
    SALES_EMAIL: z.string().email({ message: 'must be an email address' }).optional(),
    STRIPE_SECRET_KEY: z
      .string()
      .regex(/^(sk|rk)_(test|live)_/, { message: 'must be a Stripe secret key (sk_test_… or sk_live_…)' })
      .optional(),
    STRIPE_WEBHOOK_SECRET: z
      .string()
      .regex(/^whsec_/, { message: "must be the webhook endpoint's signing secret (whsec_…)" })
      .optional(),
    STRIPE_PRICE_ENGINEER: z
      .string()
      .regex(/^price_/, { message: 'must be a Stripe price id (price_…)' })
      .optional(),
    STRIPE_PRICE_L1: z
      .string()
      .regex(/^price_/, { message: 'must be a Stripe price id (price_…)' })
      .optional(),
    STRIPE_API_URL: z.string().url().optional(),
    STRIPE_WEBHOOK_TOLERANCE_SECONDS: z.coerce.number().int().min(30).max(3600).default(300),
    // OpenTelemetry traces (server/telemetry.ts): off unless an OTLP endpoint is set.
    OTEL_SDK_DISABLED: booleanFromString.default(false),
    OTEL_EXPORTER_OTLP_ENDPOINT: otlpUrl.optional(),
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: otlpUrl.optional(),
    OTEL_EXPORTER_OTLP_HEADERS: otlpHeaders.optional(),
    OTEL_EXPORTER_OTLP_TRACES_HEADERS: otlpHeaders.optional(),
    OTEL_EXPORTER_OTLP_PROTOCOL: OTLP_PROTOCOL.optional(),
    OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: OTLP_PROTOCOL.optional(),
    // How long spans wait to be sent in one batch (the spec's default, 5 s).
    OTEL_BSP_SCHEDULE_DELAY: z.coerce.number().int().min(10).max(600_000).default(5_000),
    OTEL_SERVICE_NAME: z.string().trim().min(1).max(255).default('resolutionflow'),
    OTEL_TRACES_SAMPLER: z
      .enum(TRACES_SAMPLERS, { message: `must be one of ${TRACES_SAMPLERS.join(', ')}` })
      .default('parentbased_always_on'),
    OTEL_TRACES_SAMPLER_ARG: z.coerce
      .number({ message: 'must be a number from 0 to 1 (the share of traces kept)' })
      .min(0, { message: 'must be a number from 0 to 1 (the share of traces kept)' })
      .max(1, { message: 'must be a number from 0 to 1 (the share of traces kept)' })
      .optional(),
    SLACK_SLASH_COMMAND: z
      .string()
      .regex(/^\/[a-z0-9_-]{1,31}$/, { message: 'must look like /resolve' })
      .default('/resolve'),
  })
  .superRefine((env, issue) => {
    const slackOAuth = [env.SLACK_CLIENT_ID, env.SLACK_CLIENT_SECRET, env.SLACK_STATE_SECRET];
    if (slackOAuth.some(Boolean) && !slackOAuth.every(Boolean)) {
      issue.addIssue({
        code: 'custom',
        path: ['SLACK_CLIENT_ID'],
        message:
          'SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET go together (multi-workspace install)',
      });
    }
    if (env.MICROSOFT_APP_PASSWORD && !env.MICROSOFT_APP_ID) {
      issue.addIssue({
        code: 'custom',
        path: ['MICROSOFT_APP_ID'],
        message: 'is required with MICROSOFT_APP_PASSWORD',
      });
    }
    if ((env.SLACK_BOT_TOKEN || slackOAuth.some(Boolean)) && !env.SLACK_SIGNING_SECRET) {
      issue.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message: 'is required to receive anything from Slack',
      });
    }
    for (const [id, secret] of [
      ['ENTRA_CLIENT_ID', 'ENTRA_CLIENT_SECRET'],
      ['SLACK_OIDC_CLIENT_ID', 'SLACK_OIDC_CLIENT_SECRET'],
    ] as const) {
      if (Boolean(env[id]) !== Boolean(env[secret])) {
        issue.addIssue({ code: 'custom', path: [id], message: `${id} and ${secret} go together` });
      }
    }
    if (env.STRIPE_SECRET_KEY) {
      for (const name of ['STRIPE_WEBHOOK_SECRET', 'STRIPE_PRICE_ENGINEER', 'STRIPE_PRICE_L1'] as const) {
        if (!env[name]) {
          issue.addIssue({
            code: 'custom',
            path: [name],
            message: 'is required with STRIPE_SECRET_KEY (see docs/billing.md)',
          });
        }
      }
    }
    if (env.NODE_ENV === 'production' && env.OIDC_ALLOW_INSECURE_ISSUER) {
      issue.addIssue({
        code: 'custom',
        path: ['OIDC_ALLOW_INSECURE_ISSUER'],
        message: 'is for local test and development identity providers only; never in production',
      });
    }
    if (env.NODE_ENV === 'production' && !env.APP_SECRET_KEY) {
      issue.addIssue({
        code: 'custom',
        path: ['APP_SECRET_KEY'],
        message: 'is required in production (generate one with `openssl rand -base64 32`)',
      });
    }
  });

export type Env = z.output<typeof EnvSchema>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Parses configuration; empty strings count as unset so `.env` templates with `FOO=` work. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = EnvSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** Loads `.env` from the working directory when present; real environment variables win. */
export function loadDotEnvFile(path = '.env'): void {
  try {
    process.loadEnvFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
