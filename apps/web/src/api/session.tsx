import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { graphql } from './graphql-client';
import { LOGIN, LOGOUT, ME, REFRESH_SESSION } from './operations';

export type Role =
  'PARTNER_REPORTER' | 'PARTNER_ADMIN' | 'SECTOR_COORDINATOR' | 'PLATFORM_ADMIN' | 'GOVERNMENT_VIEWER' | 'INTEGRATOR';

export interface Me {
  email: string;
  displayName: string;
  roles: Role[];
  grants: { role: Role; sector: string | null; regionPcode: string | null }[];
  organisation: { id: string; name: string } | null;
}

interface Tokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

export interface Session {
  accessToken: string | null;
  me: Me | null;
  login(email: string, password: string): Promise<void>;
  logout(): Promise<void>;
  has(...roles: Role[]): boolean;
}

// The refresh token lives in sessionStorage: it survives a reload but not the closing of the tab,
// and never goes to localStorage where it would outlive the working session on a shared computer.
const STORAGE_KEY = 'coordination.session';
const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

export function SessionProvider({ children }: { children: ComponentChildren }) {
  const [tokens, setTokens] = useState<Tokens | null>(null);
  const [me, setMe] = useState<Me | null>(null);
  const [restoring, setRestoring] = useState(true);

  const adopt = useCallback(async (next: Tokens | null) => {
    setTokens(next);
    if (!next) {
      sessionStorage.removeItem(STORAGE_KEY);
      setMe(null);
      return;
    }
    sessionStorage.setItem(STORAGE_KEY, next.refreshToken);
    const answer = await graphql<{ me: Me }>(ME, {}, next.accessToken);
    setMe(answer.me);
  }, []);

  // A reload resumes the session with the stored refresh token (rotated on every use).
  useEffect(() => {
    const stored = sessionStorage.getItem(STORAGE_KEY);
    if (!stored) {
      setRestoring(false);
      return;
    }
    graphql<{ refreshSession: Tokens }>(REFRESH_SESSION, { input: { refreshToken: stored } })
      .then((answer) => adopt(answer.refreshSession))
      .catch(() => adopt(null))
      .finally(() => setRestoring(false));
  }, [adopt]);

  // Refresh a minute before the access token expires, so pages never see it lapse.
  useEffect(() => {
    if (!tokens) return;
    const delayMs = Math.max(10_000, (tokens.expiresIn - 60) * 1000);
    const timer = setTimeout(() => {
      graphql<{ refreshSession: Tokens }>(REFRESH_SESSION, { input: { refreshToken: tokens.refreshToken } })
        .then((answer) => adopt(answer.refreshSession))
        .catch(() => adopt(null));
    }, delayMs);
    return () => clearTimeout(timer);
  }, [tokens, adopt]);

  const session = useMemo<Session>(
    () => ({
      accessToken: tokens?.accessToken ?? null,
      me,
      async login(email, password) {
        const answer = await graphql<{ login: Tokens }>(LOGIN, { input: { email, password } });
        await adopt(answer.login);
      },
      async logout() {
        if (tokens) {
          await graphql(LOGOUT, { input: { refreshToken: tokens.refreshToken } }, tokens.accessToken).catch(
            () => undefined,
          );
        }
        await adopt(null);
      },
      has: (...roles) => !!me && me.roles.some((role) => roles.includes(role)),
    }),
    [tokens, me, adopt],
  );

  if (restoring) return null;
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
