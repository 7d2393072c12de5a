import type { ErrorBody, SessionTimes, SignInResult } from './types.ts';

/** An error answer from the API, with the server's code, message and field errors kept. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;
  readonly requestId: string | undefined;

  constructor(status: number, body: ErrorBody['error']) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.details = body.details;
    this.requestId = body.requestId;
  }

  /** `error.details.fields` (422 from the policy endpoint) or zod issues, keyed by field. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    const fields = this.details?.fields;
    if (fields && typeof fields === 'object') {
      for (const [key, value] of Object.entries(fields as Record<string, unknown>)) {
        if (typeof value === 'string') out[key] = value;
        else if (Array.isArray(value) && typeof value[0] === 'string') out[key] = value[0];
      }
    }
    const issues = this.details?.issues;
    if (Array.isArray(issues)) {
      for (const issue of issues as Array<{ path?: string; message?: string }>) {
        if (issue.path && issue.message && !out[issue.path]) out[issue.path] = issue.message;
      }
    }
    return out;
  }
}

/** Why the browser was signed out, shown on the sign-in page. */
export type SignedOutReason = 'idle' | 'absolute' | 'revoked' | 'reuse' | 'signed_out' | 'expired';

interface AuthState {
  /**
   * The access token from sign-in, sent as a Bearer header. The cookie (`rf_at`) carries the same
   * token on servers that set it; the header keeps older servers (Bearer only) working. Memory
   * only: never written to storage, so a script cannot read it back after a reload.
   */
  accessToken: string | null;
  session: SessionTimes | null;
}

const state: AuthState = { accessToken: null, session: null };
const listeners = new Set<() => void>();
let onSignedOut: (reason: SignedOutReason) => void = () => undefined;

export const auth = {
  get session() {
    return state.session;
  },
  get hasToken() {
    return state.accessToken !== null;
  },
  /** Remembers what sign-in or refresh answered. */
  accept(result: Partial<SignInResult>): void {
    if (result.accessToken) state.accessToken = result.accessToken;
    if (result.session) state.session = result.session;
    for (const listener of listeners) listener();
  },
  setSession(session: SessionTimes | null): void {
    state.session = session;
    for (const listener of listeners) listener();
  },
  clear(): void {
    state.accessToken = null;
    state.session = null;
    for (const listener of listeners) listener();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Set by the app shell: where to go when the session cannot be renewed. */
  onSignedOut(handler: (reason: SignedOutReason) => void): void {
    onSignedOut = handler;
  },
};

/** The double-submit CSRF token the server set in the readable `rf_csrf` cookie. */
export function csrfToken(): string | null {
  const match = document.cookie.split('; ').find((c) => c.startsWith('rf_csrf='));
  return match ? decodeURIComponent(match.slice('rf_csrf='.length)) : null;
}

const API = '/api/v1';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Paths where a 401 means "wrong credentials" or "no session", never "try refreshing". */
const NO_REFRESH = ['/auth/sign-in', '/auth/refresh', '/auth/sign-out', '/auth/providers'];

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | null>;
  /** Do not renew and redirect on 401 (the session probe at start-up). */
  quiet401?: boolean;
  signal?: AbortSignal;
}

/**
 * The one fetch wrapper: same-origin cookies, the CSRF header on writes, JSON in and out, errors
 * as {@link ApiError}. A 401 renews the session once (`POST /auth/refresh`) and retries; when that
 * fails too the app goes to sign-in with the reason the server gave (idle or absolute expiry…).
 */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const first = await send(path, options);
  if (first.status !== 401 || options.quiet401 || NO_REFRESH.includes(path)) return read<T>(first);
  const renewed = await refreshOnce();
  if (!renewed.ok) {
    auth.clear();
    onSignedOut(renewed.reason);
    return read<T>(first);
  }
  return read<T>(await send(path, options));
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (state.accessToken) headers.authorization = `Bearer ${state.accessToken}`;
  if (UNSAFE.has(method)) {
    const csrf = csrfToken();
    if (csrf) headers['x-csrf-token'] = csrf;
  }
  let url = `${API}${path}`;
  if (options.query) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(options.query)) {
      if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
    }
    const qs = params.toString();
    if (qs) url += `?${qs}`;
  }
  return fetch(url, {
    method,
    headers,
    credentials: 'include',
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
}

async function read<T>(res: Response): Promise<T> {
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (res.ok) return json as T;
  const body = (json as Partial<ErrorBody> | undefined)?.error;
  throw new ApiError(res.status, {
    code: body?.code ?? `http_${res.status}`,
    message: body?.message ?? `The server answered ${res.status}.`,
    ...(body?.details ? { details: body.details } : {}),
    ...(body?.requestId ? { requestId: body.requestId } : {}),
  });
}

type Renewal = { ok: true } | { ok: false; reason: SignedOutReason };
let renewing: Promise<Renewal> | null = null;

/** One refresh at a time: ten queries failing together renew the session once, not ten times. */
export function refreshOnce(): Promise<Renewal> {
  renewing ??= (async (): Promise<Renewal> => {
    try {
      const res = await send('/auth/refresh', { method: 'POST', body: {} });
      if (!res.ok) {
        const body = (await res.json().catch(() => undefined)) as Partial<ErrorBody> | undefined;
        const reason = body?.error?.details?.reason;
        // Another tab renewed first; its answer already put fresh cookies in the shared jar, so
        // drop the stale in-memory token and carry on with the cookie.
        if (res.status === 409 && reason === 'raced') {
          state.accessToken = null;
          return { ok: true };
        }
        return { ok: false, reason: isReason(reason) ? reason : 'expired' };
      }
      auth.accept((await res.json()) as SignInResult);
      return { ok: true };
    } catch {
      return { ok: false, reason: 'expired' };
    } finally {
      setTimeout(() => {
        renewing = null;
      }, 0);
    }
  })();
  return renewing;
}

function isReason(value: unknown): value is SignedOutReason {
  return value === 'idle' || value === 'absolute' || value === 'revoked' || value === 'reuse';
}

/** A file download (the Teams app package) with the same auth and one renewal as {@link request}. */
export async function requestBlob(path: string): Promise<Blob> {
  let res = await send(path, {});
  if (res.status === 401 && (await refreshOnce()).ok) res = await send(path, {});
  if (!res.ok) return read<never>(res);
  return res.blob();
}
