import createClient from 'openapi-fetch';
import type { components, paths } from '@/api/schema';
import { session } from '@/lib/session';

/**
 * What the server documents (RFC 7807). A body that reaches the client may still be partial — a proxy's
 * HTML page, a truncated answer — so the client holds only the fields it could verify.
 */
export type Problem = Partial<components['schemas']['Problem']>;

/** One invalid field of a request, as the server names it (`email`, `contact.phone`) with its Spanish message. */
export type FieldError = components['schemas']['Problem.FieldError'];

// The app and the API share an origin; an absolute base also lets the client run where `location` is not a
// browser's (tests), since `new Request('/api/…')` needs one.
const baseUrl = globalThis.location?.origin ?? '';
const headers = { Accept: 'application/json, application/problem+json' };

/**
 * The one client for the EnCadena Match API. Its paths, parameters and bodies are typed from the OpenAPI
 * document (`openapi.yml` → `src/api/schema.d.ts`), so a renamed field breaks the build, not the page.
 */
export const api = createClient<paths>({ baseUrl, headers, fetch: (request) => fetchWithSession(request) });

/** Without the session: only for exchanging a refresh token, which must never itself trigger a refresh. */
const tokenClient = createClient<paths>({ baseUrl, headers, fetch: (request) => globalThis.fetch(request) });

/** Calls where a 401 means "wrong credentials", not "expired token": they never carry or renew a session. */
const CREDENTIAL_EXCHANGES = new Set(['/api/v1/auth/login', '/api/v1/auth/refresh']);

/**
 * Sends a request as the signed-in person: with the access token (fetched first when a reload dropped it or
 * it is about to expire), and once more with a new one when the server answers 401. Anonymous visitors'
 * requests go out unchanged. `fetch` is looked up on every call, so tests can replace it at the network boundary.
 */
async function fetchWithSession(request: Request): Promise<Response> {
  if (!session.isSignedIn() || CREDENTIAL_EXCHANGES.has(new URL(request.url).pathname)) {
    return globalThis.fetch(request);
  }
  // A body can be read once; keep a copy for the retry.
  const retry = request.clone();
  const token = session.accessToken() ?? (await refreshSession());
  if (token === null) return globalThis.fetch(request);

  const response = await globalThis.fetch(withBearer(request, token));
  if (response.status !== 401) return response;

  // Another request may have renewed the token meanwhile; only refresh if nobody did.
  const current = session.accessToken();
  const fresh = current !== null && current !== token ? current : await refreshSession();
  if (fresh === null) return response;
  const second = await globalThis.fetch(withBearer(retry, fresh));
  // A fresh token refused too: the account was closed or disabled; the tab's session is over.
  if (second.status === 401) session.end();
  return second;
}

function withBearer(request: Request, token: string): Request {
  const withToken = new Headers(request.headers);
  withToken.set('Authorization', `Bearer ${token}`);
  return new Request(request, { headers: withToken });
}

let pendingRefresh: Promise<string | null> | null = null;

/**
 * Exchanges the refresh token for a new session, once at a time: the token is single-use, so requests that
 * fail together wait for the same exchange instead of each spending (and revoking) it. Resolves to the new
 * access token, or null when the server refused the refresh token (the session then ends). A network failure
 * rejects and keeps the session: a weak connection is not a reason to log someone out.
 */
export function refreshSession(): Promise<string | null> {
  pendingRefresh ??= exchangeRefreshToken().finally(() => {
    pendingRefresh = null;
  });
  return pendingRefresh;
}

async function exchangeRefreshToken(): Promise<string | null> {
  const refreshToken = session.refreshToken();
  if (refreshToken === null) return null;
  const { data, error, response } = await tokenClient.POST('/api/v1/auth/refresh', { body: { refreshToken } });
  if (data && response.ok) {
    session.rotate(data);
    return data.accessToken;
  }
  if (response.status === 400 || response.status === 401) {
    session.end();
    return null;
  }
  throw new ApiError(response.status, asProblem(error));
}

/** A failed call: the HTTP status and, when the server sent one, its RFC 7807 problem (detail in Spanish). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

type ClientResult<T> = { data?: T; error?: unknown; response: Response };

/** Resolves to the response body, or rejects with an {@link ApiError} carrying the problem the server sent. */
export async function unwrap<T>(pending: Promise<ClientResult<T>>): Promise<T> {
  const { data, error, response } = await pending;
  if (!response.ok || error !== undefined) {
    throw new ApiError(response.status, asProblem(error));
  }
  return data as T;
}

function asProblem(body: unknown): Problem | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { type, title, status, detail, errors } = body as Record<string, unknown>;
  return {
    type: typeof type === 'string' ? type : undefined,
    title: typeof title === 'string' ? title : undefined,
    status: typeof status === 'number' ? status : undefined,
    detail: typeof detail === 'string' && detail.trim() !== '' ? detail : undefined,
    errors: Array.isArray(errors) ? errors.filter(isFieldError) : undefined,
  };
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  const { field, message } = value as Record<string, unknown>;
  return typeof field === 'string' && typeof message === 'string' && message.trim() !== '';
}

/** The Spanish detail a person can act on, if the server sent one; callers fall back to their own text. */
export function problemDetail(error: unknown): string | undefined {
  return error instanceof ApiError ? error.problem?.detail : undefined;
}

/**
 * The server's message for each invalid field, keyed by the field's name in the request, so a form can show
 * each next to its input. The first message wins when a field has several.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (error instanceof ApiError) {
    for (const { field, message } of error.problem?.errors ?? []) {
      out[field] ??= message;
    }
  }
  return out;
}
