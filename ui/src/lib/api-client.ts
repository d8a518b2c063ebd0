import createClient from 'openapi-fetch';
import type { components, paths } from '@/api/schema';

/**
 * What the server documents (RFC 7807). A body that reaches the client may still be partial — a proxy's
 * HTML page, a truncated answer — so the client holds only the fields it could verify.
 */
export type Problem = Partial<components['schemas']['Problem']>;

/**
 * The one client for the EnCadena Match API. Its paths, parameters and bodies are typed from the OpenAPI
 * document (`openapi.yml` → `src/api/schema.d.ts`), so a renamed field breaks the build, not the page.
 */
export const api = createClient<paths>({
  // The app and the API share an origin; an absolute base also lets the client run where `location` is not a
  // browser's (tests), since `new Request('/api/…')` needs one.
  baseUrl: globalThis.location?.origin ?? '',
  headers: { Accept: 'application/json, application/problem+json' },
  // Looked up on every call rather than captured once, so tests can replace fetch at the network boundary.
  fetch: (request) => globalThis.fetch(request),
});

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
  const { type, title, status, detail } = body as Record<string, unknown>;
  return {
    type: typeof type === 'string' ? type : undefined,
    title: typeof title === 'string' ? title : undefined,
    status: typeof status === 'number' ? status : undefined,
    detail: typeof detail === 'string' && detail.trim() !== '' ? detail : undefined,
  };
}

/** The Spanish detail a person can act on, if the server sent one; callers fall back to their own text. */
export function problemDetail(error: unknown): string | undefined {
  return error instanceof ApiError ? error.problem?.detail : undefined;
}
