import { describe, expect, it } from 'vitest';
import { githubPage } from '../../extension/src/content/github-page.ts';
import { isWebOrLoopback, normaliseServer } from '../../extension/src/shared/settings.ts';

/*
 * What the extension accepts as an address (README "Browser extension"): the
 * server the token goes to, and the sign-in page the server names, which the
 * options page makes a link: https, or http on this machine only; never a
 * script or data address a hostile server could hand it.
 */
describe('addresses the extension follows', () => {
  it('https anywhere, http on this machine only, nothing else', () => {
    const accepted = [
      'https://github.com/login/device',
      'http://127.0.0.1:3001/login/device',
      'http://localhost/x',
    ];
    const refused = [
      'javascript:alert(document.cookie)',
      'data:text/html,<script>alert(1)</script>',
      'http://gitpulse.example.com/login/device',
      'file:///etc/passwd',
      'chrome://extensions',
    ];
    for (const address of accepted) expect(isWebOrLoopback(new URL(address)), address).toBe(true);
    for (const address of refused) expect(isWebOrLoopback(new URL(address)), address).toBe(false);
    expect(normaliseServer(' https://gitpulse.example.com/some/path ')).toBe('https://gitpulse.example.com');
    expect(() => normaliseServer('http://gitpulse.example.com')).toThrow(/https/);
  });

  it('reads a GitHub page from its URL alone', () => {
    expect(githubPage(new URL('https://github.com/rust-lang/rust'))).toEqual({
      kind: 'repository',
      repository: 'rust-lang/rust',
    });
    expect(githubPage(new URL('https://github.com/rust-lang/rust/pull/12/files'))).toEqual({
      kind: 'pull-request',
      repository: 'rust-lang/rust',
      number: 12,
    });
    for (const other of [
      'https://github.com/settings/profile',
      'https://github.com/rust-lang/rust/issues/3',
      'https://gitlab.com/a/b',
    ])
      expect(githubPage(new URL(other)).kind, other).toBe('other');
  });
});
