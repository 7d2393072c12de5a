import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, auth, csrfToken, refreshOnce, type SignedOutReason } from '../api/client.ts';
import { api } from '../api/endpoints.ts';
import type { CurrentSession, SignInResult } from '../api/types.ts';

interface SessionContextValue {
  /** undefined while the first probe runs; null when nobody is signed in on this browser. */
  current: CurrentSession | null | undefined;
  signedIn(result: SignInResult): Promise<void>;
  signOut(reason?: SignedOutReason): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);
const WHO_AM_I = ['auth', 'session'] as const;

/**
 * Who is signed in. Asks `GET /auth/session` (cookies); on a 401 renews once with the refresh
 * cookie; servers without that endpoint (Bearer only) are asked `GET /me` with the token from
 * sign-in. Anything else means signed out.
 */
async function whoAmI(): Promise<CurrentSession | null> {
  // No session cookie hint and no token: nobody is signed in here. Asking anyway would only log a
  // 401 (and a failed refresh) in the console of every signed-out page.
  if (!auth.hasToken && csrfToken() === null) return null;
  try {
    const found = await api.currentSession();
    auth.setSession(found.session ?? null);
    return found;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 401) {
      if (!(await refreshOnce()).ok) return null;
      const found = await api.currentSession();
      auth.setSession(found.session ?? null);
      return found;
    }
    if (error.status === 404 && auth.hasToken) {
      const me = await api.me();
      return { user: me.user, account: { id: me.account.id, name: me.account.name }, session: auth.session };
    }
    if (error.status === 404) return null;
    throw error;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const probe = useQuery({ queryKey: WHO_AM_I, queryFn: whoAmI, staleTime: Number.POSITIVE_INFINITY });

  useEffect(() => {
    auth.onSignedOut((reason) => {
      queryClient.setQueryData(WHO_AM_I, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
      navigate(`/sign-in?reason=${reason}`, { replace: true });
    });
  }, [navigate, queryClient]);

  const signedIn = useCallback(
    async (result: SignInResult) => {
      auth.accept(result);
      await queryClient.invalidateQueries({ queryKey: WHO_AM_I });
    },
    [queryClient],
  );

  const signOut = useCallback(
    async (reason: SignedOutReason = 'signed_out') => {
      await api.signOut().catch(() => undefined);
      auth.clear();
      queryClient.setQueryData(WHO_AM_I, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
      navigate(`/sign-in?reason=${reason}`, { replace: true });
    },
    [navigate, queryClient],
  );

  const value = useMemo<SessionContextValue>(
    () => ({ current: probe.isPending ? undefined : (probe.data ?? null), signedIn, signOut }),
    [probe.isPending, probe.data, signedIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** Role order, for hiding what a role may not do (the server refuses it anyway). */
const RANK = { viewer: 0, l1: 1, engineer: 2, admin: 3, owner: 4 } as const;

export function atLeast(role: keyof typeof RANK | undefined, min: keyof typeof RANK): boolean {
  return role !== undefined && RANK[role] >= RANK[min];
}
