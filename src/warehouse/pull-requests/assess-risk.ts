/**
 * A deterministic, explainable risk assessment of a pull request (README "Pull request flow":
 * insights without a model): every point of the score comes from a named
 * factor, stored with the insight.
 */

export interface RiskInput {
  additions: number;
  deletions: number;
  changedFiles: number;
  /** File paths when known (the pulls source); webhooks carry only counts. */
  files: string[] | null;
}

export interface RiskFactor {
  factor: string;
  points: number;
  detail: string;
}

export interface RiskAssessment {
  risk_level: 'low' | 'medium' | 'high';
  score: number;
  summary: string;
  recommendation: string;
  factors: RiskFactor[];
}

const SENSITIVE: { area: string; pattern: RegExp }[] = [
  { area: 'database migrations', pattern: /(^|\/)(migrations?|migrate|db\/schema)\/|\.sql$/i },
  {
    area: 'authentication and security',
    pattern: /(^|\/)(auth|security|session|crypto|permissions?|oauth)[^/]*(\/|\.|$)/i,
  },
  {
    area: 'CI configuration',
    pattern: /^\.github\/workflows\/|(^|\/)(\.gitlab-ci\.yml|Jenkinsfile|\.circleci\/)/i,
  },
  {
    area: 'dependency manifests',
    pattern:
      /(^|\/)(package(-lock)?\.json|yarn\.lock|pnpm-lock\.yaml|go\.(mod|sum)|Cargo\.(toml|lock)|requirements[^/]*\.txt|pyproject\.toml|Gemfile(\.lock)?|pom\.xml|build\.gradle)$/i,
  },
  { area: 'infrastructure', pattern: /(^|\/)(Dockerfile|docker-compose[^/]*\.ya?ml|render\.yaml)$|\.tf$/i },
];
const TEST_FILE = /(^|\/)(tests?|__tests__|spec)\/|[._-](test|spec)\.[a-z]+$/i;
const DOC_FILE = /\.(md|mdx|rst|txt)$|(^|\/)docs?\//i;

export function assessRisk(input: RiskInput): RiskAssessment {
  const factors: RiskFactor[] = [];
  const lines = input.additions + input.deletions;
  if (lines > 1000) factors.push({ factor: 'size', points: 3, detail: `${lines} lines changed (over 1000)` });
  else if (lines > 300)
    factors.push({ factor: 'size', points: 2, detail: `${lines} lines changed (over 300)` });
  else if (lines > 100)
    factors.push({ factor: 'size', points: 1, detail: `${lines} lines changed (over 100)` });

  const fileCount = input.files?.length ?? input.changedFiles;
  if (fileCount > 20)
    factors.push({ factor: 'spread', points: 2, detail: `${fileCount} files touched (over 20)` });
  else if (fileCount > 8)
    factors.push({ factor: 'spread', points: 1, detail: `${fileCount} files touched (over 8)` });

  const areas: string[] = [];
  if (input.files) {
    for (const { area, pattern } of SENSITIVE) {
      const hits = input.files.filter((file) => pattern.test(file));
      if (hits.length > 0) {
        areas.push(area);
        factors.push({
          factor: 'sensitive_area',
          points: 2,
          detail: `${area}: ${hits.slice(0, 3).join(', ')}`,
        });
      }
    }
    const tests = input.files.filter((file) => TEST_FILE.test(file));
    const code = input.files.filter((file) => !TEST_FILE.test(file) && !DOC_FILE.test(file));
    if (code.length > 0 && tests.length === 0) {
      factors.push({
        factor: 'tests',
        points: 2,
        detail: `${code.length} code file(s) changed, no test changed`,
      });
    } else if (tests.length > 0) {
      factors.push({ factor: 'tests', points: -1, detail: `${tests.length} test file(s) changed` });
    }
  } else {
    factors.push({
      factor: 'files_unknown',
      points: 0,
      detail: 'file list not collected: assessed on size only',
    });
  }

  const score = factors.reduce((sum, f) => sum + f.points, 0);
  const risk_level = score >= 5 ? 'high' : score >= 2 ? 'medium' : 'low';
  const noTests = factors.some((f) => f.factor === 'tests' && f.points > 0);
  const summary =
    `${risk_level[0]?.toUpperCase()}${risk_level.slice(1)} risk: ${lines} lines in ${fileCount} file(s)` +
    (areas.length ? `; touches ${areas.join(', ')}` : '') +
    (noTests ? '; no tests changed' : '') +
    '.';
  const advice: string[] = [];
  if (areas.includes('database migrations'))
    advice.push('run the migration against a copy of production data and check it can be rolled back');
  if (areas.includes('authentication and security'))
    advice.push('ask a reviewer who owns the security-sensitive code');
  if (areas.includes('CI configuration')) advice.push('check the pipeline still runs every required job');
  if (areas.includes('dependency manifests'))
    advice.push('review the dependency changes and their changelogs');
  if (areas.includes('infrastructure')) advice.push('preview the infrastructure change before merging');
  if (noTests) advice.push('ask for tests covering the changed code');
  if (factors.some((f) => f.factor === 'size' && f.points >= 2))
    advice.push('consider splitting it into smaller pull requests');
  const recommendation =
    advice.length > 0
      ? `${advice[0]?.[0]?.toUpperCase()}${advice.join('; ').slice(1)}.`
      : risk_level === 'low'
        ? 'Routine review is enough.'
        : 'Review with care.';
  return { risk_level, score, summary, recommendation, factors };
}
