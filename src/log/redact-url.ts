/**
 * The URL without its password, for messages and logs. Parsed as a URL, so a
 * raw '@' inside the password is still hidden; what does not parse is cut at
 * the last '@' of its authority.
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]+):[^/]*@/, '//$1:***@');
  }
}
