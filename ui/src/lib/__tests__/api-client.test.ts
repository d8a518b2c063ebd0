import { describe, expect, it } from 'vitest';
import { api, ApiError, fieldErrors, unwrap } from '@/lib/api-client';
import { session } from '@/lib/session';
import { fakeApi, invalidFields, people, signedIn, tokens } from '@/testing/accounts-api';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';

const me = () => unwrap(api.GET('/api/v1/me'));

describe('the API client', () => {
  it('sends the access token with the calls of a signed-in person', async () => {
    signedIn();
    const { received } = fakeApi({ 'GET /api/v1/me': () => jsonResponse(people.admin) });

    await expect(me()).resolves.toEqual(people.admin);

    expect(received[0]!.authorization).toBe('Bearer access-1');
  });

  it('sends no token for a visitor', async () => {
    const { received } = fakeApi({ 'GET /api/v1/stats': () => jsonResponse({}) });

    await unwrap(api.GET('/api/v1/stats'));

    expect(received[0]!.authorization).toBeNull();
  });

  it('refreshes once on a 401 and retries the call with the new token', async () => {
    signedIn();
    const { received, calls } = fakeApi({
      'GET /api/v1/me': (request) =>
        request.headers.get('Authorization') === 'Bearer access-2'
          ? jsonResponse(people.admin)
          : problemResponse(401, 'Debe iniciar sesión para continuar.'),
      'POST /api/v1/auth/refresh': () => jsonResponse(tokens(2)),
    });

    await expect(me()).resolves.toEqual(people.admin);

    expect(calls()).toEqual(['GET /api/v1/me', 'POST /api/v1/auth/refresh', 'GET /api/v1/me']);
    expect(received[1]!.body).toEqual({ refreshToken: 'refresh-1' });
    expect(received[1]!.authorization).toBeNull();
    expect(session.refreshToken()).toBe('refresh-2');
  });

  it('retries a call with a body with the same body after refreshing', async () => {
    signedIn();
    let puts = 0;
    const { received } = fakeApi({
      'PUT /api/v1/me/password': () => (++puts === 1 ? problemResponse(401) : new Response(null, { status: 204 })),
      'POST /api/v1/auth/refresh': () => jsonResponse(tokens(2)),
    });

    await unwrap(api.PUT('/api/v1/me/password', { body: { currentPassword: 'vieja-clave-1', newPassword: 'nueva-clave-22' } }));

    const sent = received.filter((r) => r.call === 'PUT /api/v1/me/password').map((r) => r.body);
    expect(sent).toEqual([
      { currentPassword: 'vieja-clave-1', newPassword: 'nueva-clave-22' },
      { currentPassword: 'vieja-clave-1', newPassword: 'nueva-clave-22' },
    ]);
  });

  it('spends the single-use refresh token only once when several calls get 401 together', async () => {
    signedIn();
    const { calls } = fakeApi({
      'GET /api/v1/me': (request) =>
        request.headers.get('Authorization') === 'Bearer access-2' ? jsonResponse(people.admin) : problemResponse(401),
      'GET /api/v1/me/consents': (request) =>
        request.headers.get('Authorization') === 'Bearer access-2' ? jsonResponse([]) : problemResponse(401),
      'POST /api/v1/auth/refresh': () => jsonResponse(tokens(2)),
    });

    await Promise.all([me(), unwrap(api.GET('/api/v1/me/consents')), me()]);

    expect(calls().filter((c) => c === 'POST /api/v1/auth/refresh')).toHaveLength(1);
  });

  it('ends the session when the server refuses the refresh token, and reports the 401', async () => {
    signedIn();
    fakeApi({
      'GET /api/v1/me': () => problemResponse(401),
      'POST /api/v1/auth/refresh': () => problemResponse(401, 'La sesión expiró o fue cerrada. Inicie sesión de nuevo.'),
    });

    const failure = await me().catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(401);
    expect(session.isSignedIn()).toBe(false);
    expect(sessionStorage.length).toBe(0);
  });

  it('keeps the session when the refresh cannot reach the server: a weak connection is not a logout', async () => {
    signedIn();
    mockFetch((request) =>
      new URL(request.url).pathname === '/api/v1/auth/refresh'
        ? Promise.reject(new TypeError('Failed to fetch'))
        : problemResponse(401),
    );

    await expect(me()).rejects.toThrow();

    expect(session.isSignedIn()).toBe(true);
    expect(session.refreshToken()).toBe('refresh-1');
  });

  it('never attaches a token to the login nor refreshes on its 401, which means wrong credentials', async () => {
    signedIn();
    const { received, calls } = fakeApi({
      'POST /api/v1/auth/login': () => problemResponse(401, 'Correo o contraseña incorrectos.'),
    });

    await expect(
      unwrap(api.POST('/api/v1/auth/login', { body: { email: 'a@b.co', password: 'equivocada' } })),
    ).rejects.toThrow('Correo o contraseña incorrectos.');

    expect(calls()).toEqual(['POST /api/v1/auth/login']);
    expect(received[0]!.authorization).toBeNull();
  });

  it('after a reload, when only the refresh token survived, gets an access token before the first call', async () => {
    sessionStorage.setItem('encadena.refreshToken', 'refresh-from-before-the-reload');
    const { received, calls } = fakeApi({
      'POST /api/v1/auth/refresh': () => jsonResponse(tokens(7)),
      'GET /api/v1/me': () => jsonResponse(people.admin),
    });

    await me();

    expect(calls()).toEqual(['POST /api/v1/auth/refresh', 'GET /api/v1/me']);
    expect(received[0]!.body).toEqual({ refreshToken: 'refresh-from-before-the-reload' });
    expect(received[1]!.authorization).toBe('Bearer access-7');
  });

  it('keeps the access token in memory only and the refresh token in sessionStorage', () => {
    signedIn();

    expect(sessionStorage.getItem('encadena.refreshToken')).toBe('refresh-1');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('access-1');
    expect(JSON.stringify({ ...localStorage })).not.toContain('refresh-1');
    expect(session.accessToken()).toBe('access-1');
  });

  it('keeps the server’s message for each invalid field, keyed by the field', async () => {
    fakeApi({
      'POST /api/v1/registrations': () =>
        invalidFields({
          nit: 'El dígito de verificación no corresponde al NIT. Revíselo en el RUT.',
          password: 'Esta contraseña es de las más usadas y fáciles de adivinar; elija otra.',
        }),
    });

    const failure = await unwrap(api.POST('/api/v1/registrations', { body: {} })).catch((e: unknown) => e);

    expect(fieldErrors(failure)).toEqual({
      nit: 'El dígito de verificación no corresponde al NIT. Revíselo en el RUT.',
      password: 'Esta contraseña es de las más usadas y fáciles de adivinar; elija otra.',
    });
  });
});
