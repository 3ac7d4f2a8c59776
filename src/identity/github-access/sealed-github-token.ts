import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

// Written here rather than taken from a library: it is node:crypto's AES-256-GCM
// with an HKDF key, a dozen lines, and each library for it wraps the same calls.

const keyOf = (credentialSecret: string) =>
  Buffer.from(hkdfSync('sha256', credentialSecret, '', 'gitpulse github token', 32));

/**
 * A GitHub token sealed under the credential that carries it (a session's or
 * personal token's secret), so only the holder of that secret can open it:
 * the identity database stores the secret's hash, never the key.
 * Layout: 12-byte IV, 16-byte tag, ciphertext.
 */
export function sealGitHubToken(credentialSecret: string, githubToken: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(credentialSecret), iv);
  const sealed = Buffer.concat([cipher.update(githubToken, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]);
}

/** The GitHub token sealed under this secret; null when it was sealed under another or altered. */
export function openGitHubToken(credentialSecret: string, sealed: Buffer): string | null {
  if (sealed.length < 29) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(credentialSecret), sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(12, 28));
    return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
