// Sign-in with OpenID Connect (authorization code flow with PKCE) through oidc-client-ts, as with ID-porten: the
// same code against the development issuer and production; only the issuer URL and client id differ (config.json).
// Tokens live in this module's memory only, never in localStorage or sessionStorage: a reload or a new tab signs the
// person out. Only the PKCE verifier and state of a sign-in under way wait in sessionStorage for the way back.
import { useQueryClient } from '@tanstack/react-query';
import type { User, UserManager } from 'oidc-client-ts';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { getConfig, setSession } from './graphql';
import { isStaff } from './staff/workspaces';

export type AuthStatus = 'signed-out' | 'signed-in' | 'expired';

/** Who is signed in, as the app needs it; the national identity number stays out of the app. */
export interface SignedInPerson {
  sub: string;
  /** The issuer's roles, e.g. `applicant` or `guardian`. */
  roles: string[];
  /** For provider staff: the provider they work for (the id token's `providerId`). */
  providerId?: string;
}

export interface Auth {
  status: AuthStatus;
  person?: SignedInPerson;
  /** Goes to the issuer's sign-in page; back on `returnTo` (a path in the app) afterwards. */
  signIn(returnTo?: string): Promise<void>;
  signOut(): Promise<void>;
  /** Takes the person signed in on /callback (completeSignIn) into the app. */
  accept(user: User): void;
}

/** What a sign-in carries through the issuer and back. */
interface SignInState {
  returnTo: string;
}

/** Set when the person signed out here, so the page they land on can say so once. Holds no personal data. */
export const SIGNED_OUT_FLAG = 'veiinn.signedOut';

let manager: Promise<UserManager> | undefined;

export function getUserManager(): Promise<UserManager> {
  // Loaded on first use, so the public pages do not carry the sign-in's code.
  manager ??= Promise.all([getConfig(), import('oidc-client-ts')]).then(([{ issuerUrl, clientId }, oidc]) => {
    const { InMemoryWebStorage, UserManager, WebStorageStateStore } = oidc;
    const origin = window.location.origin;
    return new UserManager({
      authority: issuerUrl,
      client_id: clientId,
      redirect_uri: `${origin}/callback`,
      post_logout_redirect_uri: `${origin}/`,
      response_type: 'code',
      scope: 'openid',
      userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
      loadUserInfo: false,
      automaticSilentRenew: false,
      monitorSession: false,
      ui_locales: document.documentElement.lang || 'nb',
    });
  });
  return manager;
}

let callback: Promise<User> | undefined;

/** Finishes the sign-in on /callback, once (React runs effects twice in development). */
export async function completeSignIn(): Promise<{ user: User; returnTo: string }> {
  callback ??= getUserManager().then((userManager) => userManager.signinRedirectCallback());
  const user = await callback;
  const asked = (user.state as SignInState | undefined)?.returnTo;
  // Only a path inside the app: never a redirect elsewhere. Staff signing in from the header land in their workspace.
  const returnTo = asked?.startsWith('/') && !asked.startsWith('//') ? asked : '/min-side';
  return { user, returnTo: returnTo === '/min-side' && isStaff(personOf(user).roles) ? '/arbeid' : returnTo };
}

const AuthContext = createContext<Auth | undefined>(undefined);

function personOf(user: User): SignedInPerson {
  const { roles, providerId } = user.profile;
  return {
    sub: user.profile.sub,
    roles: Array.isArray(roles) ? roles.map(String) : [],
    ...(typeof providerId === 'string' && { providerId }),
  };
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [user, setUser] = useState<User | undefined>();
  const [expired, setExpired] = useState(false);

  /** Ends the session in the app: forgets the token and every answer fetched with it. */
  const forget = useCallback(
    (why: 'expired' | 'signed-out') => {
      setUser(undefined);
      setExpired(why === 'expired');
      queryClient.clear();
      void getUserManager().then((userManager) => userManager.removeUser());
    },
    [queryClient],
  );

  // The session ends when the access token does (oidc-client-ts would tell only a manager that is loaded; the
  // public pages never load it).
  useEffect(() => {
    if (!user?.expires_in) return;
    const timer = setTimeout(() => forget('expired'), Math.max(0, user.expires_in * 1000));
    return () => clearTimeout(timer);
  }, [user, forget]);

  useEffect(() => {
    setSession({
      accessToken: () => (user && !user.expired ? user.access_token : undefined),
      refused: () => forget('expired'),
    });
  }, [user, forget]);

  const signIn = useCallback(async (returnTo?: string) => {
    const userManager = await getUserManager();
    const state: SignInState = { returnTo: returnTo ?? `${window.location.pathname}${window.location.search}` };
    await userManager.signinRedirect({ state, ui_locales: document.documentElement.lang || 'nb' });
  }, []);

  const signOut = useCallback(async () => {
    const idToken = user?.id_token;
    forget('signed-out');
    try {
      sessionStorage.setItem(SIGNED_OUT_FLAG, '1');
    } catch {
      // storage may be off; the message is then not shown
    }
    const userManager = await getUserManager();
    await userManager.signoutRedirect({ id_token_hint: idToken });
  }, [user, forget]);

  const accept = useCallback((signedIn: User) => {
    setUser(signedIn);
    setExpired(false);
  }, []);

  const value = useMemo<Auth>(
    () => ({
      accept,
      status: user ? 'signed-in' : expired ? 'expired' : 'signed-out',
      person: user ? personOf(user) : undefined,
      signIn,
      signOut,
    }),
    [user, expired, signIn, signOut, accept],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth needs an AuthProvider above it.');
  return auth;
}
