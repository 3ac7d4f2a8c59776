import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../../src/warehouse/pull-requests/assess-risk.ts';

/** The risk of a change of `additions` and `deletions` lines to these files (all of them listed). */
const riskOf = (additions: number, deletions: number, files: string[]) =>
  assessRisk({ additions, deletions, changedFiles: files.length, files });

describe('risk engine', () => {
  it('a small documented change is low risk', () => {
    const risk = riskOf(12, 3, ['README.md']);
    expect(risk).toMatchObject({ risk_level: 'low', score: 0, recommendation: 'Routine review is enough.' });
    expect(risk.summary).toBe('Low risk: 15 lines in 1 file(s).');
  });

  it('code without tests is medium risk and says why', () => {
    const risk = riskOf(80, 10, ['src/a.ts', 'src/b.ts']);
    expect(risk.risk_level).toBe('medium');
    expect(risk.factors).toEqual([
      { factor: 'tests', points: 2, detail: '2 code file(s) changed, no test changed' },
    ]);
    expect(risk.recommendation).toBe('Ask for tests covering the changed code.');
  });

  it('a large change touching migrations, auth and CI is high risk with each factor named', () => {
    const risk = riskOf(900, 400, [
      'migrations/0042_users.sql',
      'src/auth/session.ts',
      '.github/workflows/ci.yml',
      'test/session.test.ts',
    ]);
    expect(risk.risk_level).toBe('high');
    expect(risk.factors.map((f) => [f.factor, f.points])).toEqual([
      ['size', 3],
      ['sensitive_area', 2],
      ['sensitive_area', 2],
      ['sensitive_area', 2],
      ['tests', -1],
    ]);
    expect(risk.score).toBe(8);
    expect(risk.summary).toBe(
      'High risk: 1300 lines in 4 file(s); touches database migrations, authentication and security, CI configuration.',
    );
    expect(risk.recommendation).toMatch(/^Run the migration against a copy of production data/);
  });

  it('without a file list it judges size and spread only, and says so', () => {
    const risk = assessRisk({ additions: 2000, deletions: 0, changedFiles: 30, files: null });
    expect(risk.risk_level).toBe('high');
    expect(risk.factors.map((f) => f.factor)).toEqual(['size', 'spread', 'files_unknown']);
  });
});
