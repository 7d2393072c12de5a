/** Test support shared by the Slack simulator's tests (not exported from the index). */
import { type Logger, LogLevel } from '@slack/web-api';

/** A logger that drops everything: keeps WebClient/Bolt warnings out of test output. */
export const quietLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};

/** A rejected WebClient call's error (`code`, and `data.error` for platform errors). */
export type SlackCallError = Error & { code?: string; data?: { error?: string } };

/** Awaits `promise` and returns what it rejected with; throws if it resolved. */
export async function rejection(promise: Promise<unknown>): Promise<SlackCallError> {
  try {
    await promise;
  } catch (error) {
    return error as SlackCallError;
  }
  throw new Error('expected the call to reject');
}
