import { type DestinationStream, type Logger, pino } from 'pino';

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
  const config = {
    name: options.name ?? 'resolutionflow',
    level: options.level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  if (options.pretty)
    return pino({ ...config, transport: { target: 'pino-pretty', options: { colorize: true } } });
  return destination ? pino(config, destination) : pino(config);
}

/** A logger for tests and tools that should stay quiet. */
export const silentLogger: Logger = pino({ level: 'silent' });
