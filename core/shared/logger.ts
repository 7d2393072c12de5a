import { type Logger, pino } from 'pino';

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

export function createLogger(options: { level: string; pretty?: boolean; name?: string }): Logger {
  return pino({
    name: options.name ?? 'resolutionflow',
    level: options.level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    ...(options.pretty ? { transport: { target: 'pino-pretty', options: { colorize: true } } } : {}),
  });
}

/** A logger for tests and tools that should stay quiet. */
export const silentLogger: Logger = pino({ level: 'silent' });
