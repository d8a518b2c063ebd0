import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { components } from '@/api/schema';
import { messages } from '@/i18n/es-CO';
import { api, refreshSession, unwrap } from '@/lib/api-client';
import { session, type SessionTokens } from '@/lib/session';

/** The signed-in person, as `GET /api/v1/me` answers. */
export type CurrentUser = components['schemas']['MeController.Me'];

export const ROLES = ['SUPPLIER', 'ANCHOR', 'ORGANIZER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The role in Spanish; an unknown code is shown as it is rather than hidden. */
export function roleLabel(role: string): string {
  return isRole(role) ? messages.accounts.roles[role] : role;
}

/** Whoever may open the user management page: organizers, administrators, and owners of a mipyme or anchor. */
export function canManageUsers(user: CurrentUser): boolean {
  return user.role === 'ADMIN' || user.role === 'ORGANIZER' || user.owner;
}

export function isAdmin(user: CurrentUser): boolean {
  return user.role === 'ADMIN';
}

/** Re-renders when someone signs in or out in this tab. */
export function useIsSignedIn(): boolean {
  return useSyncExternalStore(session.subscribe, session.isSignedIn, session.isSignedIn);
}

export const currentUserQueryKey = ['session', 'current-user'] as const;

export function currentUserQueryOptions() {
  return queryOptions({
    queryKey: currentUserQueryKey,
    queryFn: () => unwrap(api.GET('/api/v1/me')),
    staleTime: 5 * 60_000,
  });
}

export type SessionState =
  | { status: 'anonymous' }
  /** Signed in, and the profile is on its way (after a login or a reload). */
  | { status: 'loading' }
  /** Signed in, but the profile could not be loaded (network); the person can retry. */
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'signed-in'; user: CurrentUser };

/** Who is using the app: what the header, the route guards and the account pages read. */
export function useSession(): SessionState {
  const signedIn = useIsSignedIn();
  const user = useQuery({ ...currentUserQueryOptions(), enabled: signedIn });
  if (!signedIn) return { status: 'anonymous' };
  if (user.data) return { status: 'signed-in', user: user.data };
  if (user.isError) return { status: 'error', error: user.error, retry: () => void user.refetch() };
  return { status: 'loading' };
}

/** After a successful login: keep the tokens; listeners drop the previous person's cached data. */
export function signIn(tokens: SessionTokens) {
  session.start(tokens);
}

/** New tokens for the same person (after changing the password): nothing cached is dropped. */
export function renewSession(tokens: SessionTokens) {
  session.rotate(tokens);
}

/**
 * Forgets the session in this tab without asking the server (which already ended it, e.g. after erasure).
 * `notice`, if given, is shown on the login page the guards lead to.
 */
export function forgetSession(queryClient: QueryClient, notice?: string) {
  session.end(notice);
  queryClient.removeQueries();
}

/** Why the app ended the last session (account erased…), for the login page; null after a normal logout. */
export function useSessionEndNotice(): string | null {
  useIsSignedIn();
  return session.endNotice();
}

/**
 * Ends the session in this tab at once (tokens and cached data), then asks the server to revoke the refresh
 * token. The revocation needs a valid access token, so it is renewed first when it expired; if the server
 * cannot be reached the tab is signed out anyway and the token is gone from the browser.
 */
export async function signOut(queryClient: QueryClient): Promise<void> {
  let accessToken = session.accessToken();
  if (accessToken === null && session.isSignedIn()) {
    accessToken = await refreshSession().catch(() => null);
  }
  const refreshToken = session.refreshToken();
  forgetSession(queryClient);
  if (accessToken === null || refreshToken === null) return;
  await api
    .POST('/api/v1/auth/logout', {
      body: { refreshToken },
      headers: { Authorization: `Bearer ${accessToken}` },
    })
    .catch(() => undefined);
}

/**
 * Forgets cached answers whenever the person changes (sign-in, sign-out, session expired), so the next person
 * on a shared phone never sees the previous one's data. Returns the unsubscribe function.
 */
export function clearCacheOnIdentityChange(queryClient: QueryClient): () => void {
  return session.subscribe(() => queryClient.removeQueries());
}
