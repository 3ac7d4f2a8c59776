import { describe, expect, it } from 'vitest';
import { redactUrl } from '../../src/log/redact-url.ts';

describe('security: passwords in URLs never reach messages', () => {
  it.each([
    ['postgres://u:PASSMARKER@db.example:5432/x', 'postgres://u:***@db.example:5432/x'],
    // A raw '@' inside the password: the old pattern printed "u:***@PASSMARKER@…".
    ['postgres://u:PASS@MARKER@db.example:5432/x', 'postgres://u:***@db.example:5432/x'],
    ['postgres://u:p%40ss:MARKER@db.example/x', 'postgres://u:***@db.example/x'],
    ['http://default:MARKER@clickhouse:8123/events', 'http://default:***@clickhouse:8123/events'],
    ['postgres://db.example/x', 'postgres://db.example/x'],
  ])('%s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
    expect(redactUrl(url)).not.toMatch(/MARKER|PASS/);
  });
});
