import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';
import type { AuthSession, AuthState } from './auth-session';

const AuthContext = createContext<AuthSession | null>(null);

export function AuthProvider({ session, children }: { session: AuthSession; children: ReactNode }) {
  return <AuthContext.Provider value={session}>{children}</AuthContext.Provider>;
}

export function useAuthSession(): AuthSession {
  const session = useContext(AuthContext);
  if (!session) throw new Error('useAuth needs an <AuthProvider> above it');
  return session;
}

/** The sign-in state, re-rendering on sign-in, sign-out and expiry. */
export function useAuth(): AuthState & { session: AuthSession } {
  const session = useAuthSession();
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot);
  return { ...state, session };
}
