import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiError, endServerSession, login as requestLogin } from '../api/client';
import { fetchMe, type Me } from '../api/gateway';
import { clearSession, onSessionChange, readSession, saveTokens, SESSION_KEY } from '../api/session-store';

export interface AuthState {
  /** Tokens are present; `me` may still be loading. */
  signedIn: boolean;
  me: Me | undefined;
  /** Loading who the user is, right after sign-in or a reload. */
  loading: boolean;
  /** Who the user is could not be read (gateway down); the session itself may be fine. */
  meError: ApiError | null;
  reloadMe(): void;
  /** Set when the session ended by itself (refresh refused), for the login page to explain. */
  expired: boolean;
  login(username: string, password: string): Promise<void>;
  logout(): void;
}

const AuthContext = createContext<AuthState | null>(null);

export const ME_KEY = ['auth', 'me'] as const;

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [signedIn, setSignedIn] = useState(() => readSession() !== null);
  const [expired, setExpired] = useState(false);
  const signedInRef = useRef(signedIn);
  useEffect(() => {
    signedInRef.current = signedIn;
  }, [signedIn]);

  useEffect(() => {
    // This tab: a refused refresh clears the session inside the API client.
    const off = onSessionChange((session) => {
      if (session === null) {
        if (signedInRef.current) setExpired(true);
        setSignedIn(false);
        queryClient.clear();
      }
    });
    // Other tabs: signing in or out there does the same here.
    const onStorage = (e: StorageEvent) => {
      if (e.key !== SESSION_KEY && e.key !== null) return;
      const now = readSession() !== null;
      setSignedIn(now);
      if (!now) queryClient.clear();
      else void queryClient.invalidateQueries({ queryKey: ME_KEY });
    };
    window.addEventListener('storage', onStorage);
    return () => {
      off();
      window.removeEventListener('storage', onStorage);
    };
  }, [queryClient]);

  const meQuery = useQuery({
    queryKey: ME_KEY,
    queryFn: ({ signal }) => fetchMe(signal),
    enabled: signedIn,
    staleTime: 5 * 60_000,
    retry: (count, error) => !(error instanceof ApiError && error.status === 401) && count < 2,
  });

  const refetchMe = meQuery.refetch;

  // A 401 that survived the refresh means the tokens are no good: back to the login page.
  useEffect(() => {
    if (meQuery.error instanceof ApiError && meQuery.error.status === 401) clearSession();
  }, [meQuery.error]);

  const login = useCallback(
    async (username: string, password: string) => {
      const tokens = await requestLogin(username, password);
      queryClient.clear();
      saveTokens(tokens);
      setExpired(false);
      setSignedIn(true);
    },
    [queryClient],
  );

  const logout = useCallback(() => {
    // Sign-out is deliberate, not an expiry: no "session expired" notice.
    const session = readSession();
    if (session) void endServerSession(session.accessToken);
    signedInRef.current = false;
    setSignedIn(false);
    setExpired(false);
    clearSession();
    queryClient.clear();
  }, [queryClient]);

  const value = useMemo<AuthState>(
    () => ({
      signedIn,
      me: signedIn ? meQuery.data : undefined,
      loading: signedIn && meQuery.isPending,
      meError: signedIn && meQuery.error instanceof ApiError ? meQuery.error : null,
      reloadMe: () => void refetchMe(),
      expired,
      login,
      logout,
    }),
    [signedIn, meQuery.data, meQuery.isPending, meQuery.error, refetchMe, expired, login, logout],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside <AuthProvider>');
  return auth;
}
