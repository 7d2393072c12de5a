import { type DestinationStream, type Logger, type LoggerOptions, pino } from 'pino';
import { safeErrorSerializer, scrubLogText } from './log-safety.ts';

export type { Logger };

/**
 * Paths pino censors wherever they appear. Secrets reach logs mostly through request headers and
 * error objects carrying config, so both shapes are listed.
 */
export const REDACTED_PATHS = [
  'password',
  '*.password',
  'passwordHash',
  '*.passwordHash',
  'token',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.botToken',
  '*.apiKey',
  '*.privateKey',
  '*.clientSecret',
  '*.secret',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'req.headers["x-slack-signature"]',
  'res.headers["set-cookie"]',
];

/**
 * The process logger. `destination` (default stdout) lets tests read exactly what would be written,
 * redaction included; it is ignored with `pretty`, whose transport owns its own output.
 */
export function createLogger(
  options: { level: string; pretty?: boolean; name?: string },
  destination?: DestinationStream,
): Logger {
  const config: LoggerOptions = {
    name: options.name ?? 'resolutionflow',
    level: options.level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    // Errors lose every bound value (drizzle and PostgreSQL put them in messages); see log-safety.ts.
    serializers: { err: safeErrorSerializer, error: safeErrorSerializer, cause: safeErrorSerializer },
    hooks: {
      // Libraries that log strings (Bolt's logger gets `String(error)`) go through the same scrub.
      logMethod(args, method) {
        const safe = args.map((arg) => (typeof arg === 'string' ? scrubLogText(arg) : arg));
        method.apply(this, safe as Parameters<typeof method>);
      },
    },
  };
  if (options.pretty)
    return pino({ ...config, transport: { target: 'pino-pretty', options: { colorize: true } } });
  return destination ? pino(config, destination) : pino(config);
}

/** A logger for tests and tools that should stay quiet. */
export const silentLogger: Logger = pino({ level: 'silent' });
