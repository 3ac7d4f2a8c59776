import type { Role, Scope } from './roles.ts';

/** Who a request or command acts as, and what it may do now. */
export interface Principal {
  /** null for API_TOKEN, which belongs to no user (auth.mode local's migration path). */
  userId: number | null;
  login: string;
  role: Role;
  scopes: readonly Scope[];
  /** How it was recognised. */
  via: 'local' | 'api_token' | 'personal_token' | 'session';
}
