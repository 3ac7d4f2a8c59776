import { describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.ts';
import { runCli, whileCliRuns } from '../support/run-cli.ts';

/** `gitpulse github-replay ARGS` on a free port while `use` runs with its base URL and first line; stopped by SIGINT. */
async function whileReplayRuns(args: string[], use: (base: string, line: string) => Promise<void>) {
  const port = await freePort();
  await whileCliRuns(
    ['github-replay', '--port', String(port), ...args],
    {},
    (line) => use(`http://127.0.0.1:${port}`, line),
    'SIGINT',
  );
}

/** `gitpulse github-replay ARGS` on a free port, run to its exit (the refusals). */
const replayCli = async (...args: string[]) =>
  runCli(['github-replay', ...args, '--port', String(await freePort())]);

describe('gitpulse github-replay', () => {
  it('serves the real top Rust repositories of the chosen day', async () => {
    await whileReplayRuns(['--date', '2026-08-01'], async (base, line) => {
      expect(line).toContain(`GitHub replay on ${base} (day 2026-08-01)`);
      const response = await fetch(`${base}/search/repositories?q=language:Rust&sort=stars`);
      const body = (await response.json()) as { items: { full_name: string; stargazers_count: number }[] };
      expect(body.items.slice(0, 3).map((r) => [r.full_name, r.stargazers_count])).toEqual([
        ['ultraworkers/claw-code', 194960],
        ['farion1231/cc-switch', 122978],
        ['rustdesk/rustdesk', 119339],
      ]);
    });
  });

  it('refuses a day outside the data with exit code 2', async () => {
    const result = await replayCli('--date', '2020-01-01');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('2020-01-01 is outside');
  });

  it('--delete makes a repository gone from its day: NOT_FOUND by name, 404 by REST', async () => {
    await whileReplayRuns(['--date', '2026-08-02', '--delete', 'rust-lang/rust@2026-08-02'], async (base) => {
      expect((await fetch(`${base}/repos/rust-lang/rust`)).status).toBe(404);
      const graphql = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ repository(owner: "rust-lang", name: "rust") { name } }' }),
      });
      expect(((await graphql.json()) as { errors: { type: string }[] }).errors[0]?.type).toBe('NOT_FOUND');
      // the day before, it was there
      await fetch(`${base}/_replay/date`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ date: '2026-08-01' }),
      });
      expect((await fetch(`${base}/repos/rust-lang/rust`)).status).toBe(200);
    });
  });

  it('--rename moves a repository to its new name from its day: the old name answers 301 by REST', async () => {
    await whileReplayRuns(
      ['--date', '2026-08-02', '--rename', 'rust-lang/rust=rust-org/rustc@2026-08-02'],
      async (base) => {
        const old = await fetch(`${base}/repos/rust-lang/rust`, { redirect: 'manual' });
        expect(old.status).toBe(301);
        const repo = (await (await fetch(`${base}/repos/rust-lang/rust`)).json()) as { full_name: string };
        expect(repo.full_name).toBe('rust-org/rustc');
      },
    );
  });

  it('refuses a --rename that is not owner/name=new_owner/new_name@YYYY-MM-DD, or of an unknown repository, with exit code 2', async () => {
    const malformed = await replayCli('--rename', 'rust-lang/rust@2026-08-02');
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('is not owner/name=new_owner/new_name@YYYY-MM-DD');
    const unknown = await replayCli('--rename', 'nobody/nothing=a/b@2026-08-02');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('cannot rename nobody/nothing');
  });

  it('refuses a --delete that is not owner/name@YYYY-MM-DD with exit code 2', async () => {
    const result = await replayCli('--delete', 'rust-lang/rust');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not owner/name@YYYY-MM-DD');
  });
});
