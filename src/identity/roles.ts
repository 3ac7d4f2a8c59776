/** What a user may do (SPEC section 10): viewers read; members also track and ack; admins also manage. */
export const ROLES = ['viewer', 'member', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What a personal token may be used for; never more than its owner's role allows. */
export const SCOPES = ['read', 'track', 'ack', 'events:write', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

const ROLE_SCOPES: Record<Role, readonly Scope[]> = {
  viewer: ['read'],
  member: ['read', 'track', 'ack', 'events:write'],
  admin: SCOPES,
};

export const scopesOfRole = (role: Role): readonly Scope[] => ROLE_SCOPES[role];

/** A token's scopes as they stand now: those its owner's current role still allows. */
export const effectiveScopes = (tokenScopes: readonly string[], role: Role): Scope[] =>
  ROLE_SCOPES[role].filter((scope) => tokenScopes.includes(scope));

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
