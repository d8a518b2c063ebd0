import { vi } from 'vitest';

type Handler = (request: Request) => Response | Promise<Response>;

/**
 * Replaces the browser's fetch for one test, at the network boundary: the real API client, query layer and
 * components run; only the HTTP exchange is scripted. Vitest restores fetch after each test (unstubGlobals).
 */
export function mockFetch(handler: Handler) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) =>
    handler(input instanceof Request ? input : new Request(input, init)),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** An RFC 7807 answer, as the API sends for every error. */
export function problemResponse(status: number, detail?: string): Response {
  const problem = { type: 'about:blank', title: 'Error', status, ...(detail ? { detail } : {}) };
  return new Response(JSON.stringify(problem), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

export const demoStats = {
  suppliers: 1450,
  anchors: 82,
  requirements: 12345,
  openRequirements: 310,
  ruedas: 7,
  departmentsCovered: 32,
};
