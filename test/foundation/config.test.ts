import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.ts';
import { readEnv } from '../../src/config/read-env.ts';
import { ConfigurationError } from '../../src/user-facing-error.ts';

function configFile(text: string): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gitpulse-config-'));
  const path = join(dir, 'gitpulse.config.yaml');
  writeFileSync(path, text);
  return { dir, path };
}

function errorOf(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

describe('configuration', () => {
  it('uses the defaults when no file exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gitpulse-config-'));
    const { config, path } = loadConfig(undefined, dir);
    expect(path).toBeNull();
    expect(config.retention).toEqual({
      raw_days: 7,
      staging_days: 7,
      warehouse_days: 30,
      workflow_runs_days: 90,
    });
    expect(config.schedule.cron).toBe('0 2 * * *');
  });

  it('reads the shipped example', () => {
    const { config } = loadConfig('gitpulse.config.example.yaml');
    expect(config.orgs).toContain('microsoft');
    expect(config.languages).toEqual(['Python', 'TypeScript', 'Go', 'Rust']);
  });

  it('names the file, the line, the key and the reason for a wrong type', () => {
    const { path } = configFile('orgs: [vercel]\nretention:\n  raw_days: "a week"\n');
    const error = errorOf(() => loadConfig(path));
    expect(error.message).toContain(`${path}:3: retention.raw_days:`);
    expect(error.message).toMatch(/expected number/);
    expect(error.exitCode).toBe(2);
  });

  it('refuses an unknown key, naming it', () => {
    const { path } = configFile('orgs: [vercel]\nschedul:\n  cron: "0 2 * * *"\n');
    const error = errorOf(() => loadConfig(path));
    expect(error.message).toMatch(/:1: \(top level\): Unrecognized key: "schedul"/);
  });

  it('refuses a bad org login and a bad cron expression on their lines', () => {
    const { path } = configFile('orgs:\n  - ok-org\n  - "not an org!"\nschedule:\n  cron: "every day"\n');
    const error = errorOf(() => loadConfig(path));
    expect(error.message).toContain(`${path}:3: orgs.1: must be a GitHub login`);
    expect(error.message).toContain(`${path}:5: schedule.cron: must be a five-field cron expression`);
  });

  it('reports YAML syntax errors with line and column', () => {
    const { path } = configFile('orgs: [vercel\nlanguages: [Go]\n');
    const error = errorOf(() => loadConfig(path));
    expect(error.message).toMatch(
      new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: not valid YAML`),
    );
  });

  it('refuses a --config file that does not exist', () => {
    const error = errorOf(() => loadConfig('/nonexistent/gitpulse.yaml'));
    expect(error.message).toBe('Config file not found: /nonexistent/gitpulse.yaml');
  });

  it('validates the environment, naming the variable', () => {
    const error = errorOf(() => readEnv({ DATABASE_URL: 'mysql://x', GITHUB_TOKEN: '' }));
    expect(error.message).toContain('DATABASE_URL: must start with postgres://');
    expect(readEnv({ GITHUB_TOKEN: '' }).GITHUB_TOKEN).toBeUndefined();
  });
});
