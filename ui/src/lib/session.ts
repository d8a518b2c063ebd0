import type { components } from '@/api/schema';

/** What login and refresh answer: a short-lived access token (JWT) and a single-use refresh token. */
export type SessionTokens = components['schemas']['Session'];

/*
 * Where the tokens live, and why.
 *
 * - The access token (15 minutes) stays in memory only: nothing on disk, gone with a reload.
 * - The refresh token (single use, 30 days) goes to sessionStorage. It survives a reload of the tab — on a weak
 *   connection people reload often, and should not have to log in again each time — but it is not shared with
 *   other tabs (each tab holds its own session), and the browser deletes it when the tab closes, which suits
 *   shared computers at a chamber of commerce. localStorage would outlive the tab; a cookie would need the API
 *   to issue it (it answers tokens in the body, for bearer use).
 * - sessionStorage is still readable by any script running in the page, so a cross-site-scripting hole would
 *   expose the token. The mitigation is to run no foreign script: the app never renders HTML from data (React
 *   escapes every text; no dangerouslySetInnerHTML) and the Content-Security-Policy allows only the app's own
 *   scripts.
 */
const REFRESH_TOKEN_KEY = 'encadena.refreshToken';

/** Refresh a little before the server would reject the token, so a slow request does not arrive expired. */
const EXPIRY_MARGIN_MS = 30_000;

let accessToken: string | null = null;
/** Why the last session ended, when the app ended it on purpose; shown by the login page until the next login. */
let endNotice: string | null = null;
let accessTokenExpiresAt = 0;
/** Set when the browser refuses storage (some private modes): the session then lasts until a reload. */
let storageRefused = false;
let memoryRefreshToken: string | null = null;
const listeners = new Set<() => void>();

function readStoredRefreshToken(): string | null {
  if (storageRefused) return memoryRefreshToken;
  try {
    return globalThis.sessionStorage.getItem(REFRESH_TOKEN_KEY);
  } catch {
    storageRefused = true;
    return memoryRefreshToken;
  }
}

function storeRefreshToken(token: string | null) {
  memoryRefreshToken = token;
  if (storageRefused) return;
  try {
    if (token === null) globalThis.sessionStorage.removeItem(REFRESH_TOKEN_KEY);
    else globalThis.sessionStorage.setItem(REFRESH_TOKEN_KEY, token);
  } catch {
    storageRefused = true;
  }
}

function keep(tokens: SessionTokens) {
  accessToken = tokens.accessToken;
  accessTokenExpiresAt = Date.now() + tokens.expiresIn * 1000 - EXPIRY_MARGIN_MS;
  storeRefreshToken(tokens.refreshToken);
}

function notify() {
  for (const listener of listeners) listener();
}

/**
 * The one place that holds the tokens. The API client reads and rotates them; the rest of the app only asks
 * whether someone is signed in ({@link session.isSignedIn}, {@link session.subscribe}).
 */
export const session = {
  /** A person logged in: a new identity, so listeners hear of it. */
  start(tokens: SessionTokens) {
    endNotice = null;
    keep(tokens);
    notify();
  },

  /** The same person's tokens, renewed by a refresh: nothing changes for listeners. */
  rotate(tokens: SessionTokens) {
    keep(tokens);
  },

  /**
   * Forgets both tokens (logout, or the server no longer accepts the refresh token). `notice` says why, for
   * the login page: guards send the person there as soon as the session ends, before any navigation the caller
   * starts could carry a message (the login page's code may still be loading).
   */
  end(notice?: string) {
    endNotice = notice ?? null;
    const wasSignedIn = session.isSignedIn();
    accessToken = null;
    accessTokenExpiresAt = 0;
    storeRefreshToken(null);
    if (wasSignedIn) notify();
  },

  /** True while there is a refresh token: after a reload the access token is fetched again on first use. */
  isSignedIn(): boolean {
    return readStoredRefreshToken() !== null;
  },

  /** The access token if it is still fresh, otherwise null (the caller refreshes). */
  accessToken(): string | null {
    return accessToken !== null && Date.now() < accessTokenExpiresAt ? accessToken : null;
  },

  refreshToken(): string | null {
    return readStoredRefreshToken();
  },

  endNotice(): string | null {
    return endNotice;
  },

  /** Called when someone signs in or out (not on token rotation). Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};
