/** What kind of GitHub page a URL is, as far as gitpulse has something to show. */
export type GitHubPage =
  | { kind: 'repository'; repository: string }
  | { kind: 'pull-request'; repository: string; number: number }
  | { kind: 'other' };

/** First path segments that are GitHub's own pages, never an owner. */
const NOT_OWNERS = new Set([
  'about',
  'account',
  'apps',
  'codespaces',
  'collections',
  'contact',
  'customer-stories',
  'dashboard',
  'enterprise',
  'events',
  'explore',
  'features',
  'issues',
  'login',
  'logout',
  'marketplace',
  'new',
  'notifications',
  'orgs',
  'organizations',
  'pricing',
  'pulls',
  'search',
  'security',
  'sessions',
  'settings',
  'site',
  'sponsors',
  'stars',
  'topics',
  'trending',
  'users',
]);
const NAME = /^[\w.-]+$/;

/**
 * Reads the page from its URL alone (never from its content): a repository's
 * home page, or a pull request (any of its tabs).
 */
export function githubPage(url: URL): GitHubPage {
  if (url.hostname !== 'github.com') return { kind: 'other' };
  const [owner, name, section, number] = url.pathname.split('/').filter(Boolean);
  if (!owner || !name || NOT_OWNERS.has(owner.toLowerCase()) || !NAME.test(owner) || !NAME.test(name))
    return { kind: 'other' };
  const repository = `${owner}/${name.replace(/\.git$/, '')}`;
  if (section === undefined) return { kind: 'repository', repository };
  if (section === 'pull' && number && /^\d{1,10}$/.test(number))
    return { kind: 'pull-request', repository, number: Number(number) };
  return { kind: 'other' };
}
