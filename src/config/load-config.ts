import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { ConfigurationError } from '../user-facing-error.ts';
import { type Config, configSchema } from './config-schema.ts';

export const DEFAULT_CONFIG_FILE = 'gitpulse.config.yaml';

export interface LoadedConfig {
  config: Config;
  /** The file read, or null when none exists and the defaults apply. */
  path: string | null;
}

/**
 * Reads and validates the configuration. An explicit path must exist; the
 * default file is optional. Errors name the file, the line, the key and why.
 */
export function loadConfig(explicitPath?: string, cwd = process.cwd()): LoadedConfig {
  const path = resolve(cwd, explicitPath ?? DEFAULT_CONFIG_FILE);
  if (!existsSync(path)) {
    if (explicitPath) {
      throw new ConfigurationError(
        `Config file not found: ${path}`,
        'Pass an existing file to --config, or copy gitpulse.config.example.yaml.',
      );
    }
    return { config: configSchema.parse({}), path: null };
  }
  return { config: parseConfigText(readFileSync(path, 'utf8'), path), path };
}

export function parseConfigText(text: string, path: string): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const syntaxError = doc.errors[0];
  if (syntaxError) {
    const { line, col } = lineCounter.linePos(syntaxError.pos[0]);
    throw new ConfigurationError(
      `${path}:${line}:${col}: not valid YAML: ${syntaxError.message.split('\n')[0]}`,
      'Fix the YAML syntax at that line.',
    );
  }
  const parsed = configSchema.safeParse(doc.toJS() ?? {});
  if (parsed.success) return parsed.data;

  const problems = parsed.error.issues.map((issue) => {
    // Point at the deepest node that exists in the file for this path.
    let line: number | undefined;
    for (let depth = issue.path.length; depth >= 0 && line === undefined; depth--) {
      const node = doc.getIn(issue.path.slice(0, depth) as (string | number)[], true);
      if (isNode(node) && node.range) line = lineCounter.linePos(node.range[0]).line;
    }
    const key = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    return `${path}${line === undefined ? '' : `:${line}`}: ${key}: ${issue.message}`;
  });
  throw new ConfigurationError(
    `Invalid configuration:\n  ${problems.join('\n  ')}`,
    'Fix the keys named above; gitpulse.config.example.yaml lists every key with its default.',
  );
}
