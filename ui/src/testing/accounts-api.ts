import { waitFor } from '@testing-library/react';
import { mockFetch, problemResponse } from './mock-fetch';
import { session } from '@/lib/session';

type Handler = (request: Request) => Response | Promise<Response>;

/** Requests the fake API received, in order, as "METHOD /path" with the bearer token and JSON body. */
export type Received = { call: string; authorization: string | null; body: unknown };

/**
 * Scripts the API by "METHOD /path" (query ignored), on top of {@link mockFetch}. A call nobody scripted is
 * answered 404, like the real server, and still recorded, so a test can assert it was (not) made.
 */
export function fakeApi(handlers: Record<string, Handler>) {
  const received: Received[] = [];
  const fetchMock = mockFetch(async (request) => {
    const call = `${request.method} ${new URL(request.url).pathname}`;
    const text = request.method === 'GET' ? '' : await request.clone().text();
    received.push({ call, authorization: request.headers.get('Authorization'), body: text ? JSON.parse(text) : undefined });
    const handler = handlers[call];
    return handler ? handler(request) : problemResponse(404, `No existe el recurso ${call}.`);
  });
  return { fetchMock, received, calls: () => received.map((r) => r.call) };
}

/** A problem with field errors, as the API answers an invalid form. */
export function invalidFields(errors: Record<string, string>, detail = 'Hay datos que no cumplen las reglas.') {
  const body = {
    type: 'about:blank',
    title: 'Solicitud inválida',
    status: 400,
    detail,
    errors: Object.entries(errors).map(([field, message]) => ({ field, message })),
  };
  return new Response(JSON.stringify(body), { status: 400, headers: { 'Content-Type': 'application/problem+json' } });
}

export function noContent() {
  return new Response(null, { status: 204 });
}

export const tokens = (n: number) => ({
  accessToken: `access-${n}`,
  refreshToken: `refresh-${n}`,
  expiresIn: 900,
  tokenType: 'Bearer',
});

/** Starts the test signed in, as after a login (access token "access-1", refresh token "refresh-1"). */
export function signedIn() {
  session.start(tokens(1));
}

export const people = {
  admin: {
    id: '00000000-0000-4000-8000-000000000001',
    email: 'admin@encadena.local',
    fullName: 'Ana Administradora',
    role: 'ADMIN',
    organizationId: null,
    owner: false,
  },
  organizer: {
    id: '00000000-0000-4000-8000-000000000002',
    email: 'organizador@encadena.example.co',
    fullName: 'Óscar Organizador',
    role: 'ORGANIZER',
    organizationId: '10000000-0000-4000-8000-000000000001',
    owner: false,
  },
  supplierOwner: {
    id: '00000000-0000-4000-8000-000000000003',
    email: 'contacto@litografia.example.co',
    fullName: 'Sofía Proveedora',
    role: 'SUPPLIER',
    organizationId: '10000000-0000-4000-8000-000000000002',
    owner: true,
  },
  supplierMember: {
    id: '00000000-0000-4000-8000-000000000004',
    email: 'ventas@litografia.example.co',
    fullName: 'Mario Miembro',
    role: 'SUPPLIER',
    organizationId: '10000000-0000-4000-8000-000000000002',
    owner: false,
  },
} as const;

/**
 * Waits for the live region (role="status") that announces `text`; the layout keeps an empty one for page
 * loads, so "the" status is ambiguous on a whole page.
 */
export function findStatus(screen: { getAllByRole: (role: 'status') => HTMLElement[] }, text: string) {
  return waitFor(() => {
    const regions = screen.getAllByRole('status');
    const region = regions.find((r) => r.textContent?.includes(text));
    if (!region) {
      throw new Error(`No role="status" says «${text}»; found ${regions.map((r) => `«${r.textContent}»`).join(', ')}`);
    }
    return region;
  });
}
