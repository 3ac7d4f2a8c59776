/**
 * GitHub's colour mode: `data-color-mode` on <html> (light, dark, or auto =
 * the system's), else the system's own preference.
 */
export function colorScheme(): 'light' | 'dark' {
  const mode = document.documentElement.getAttribute('data-color-mode');
  if (mode === 'light' || mode === 'dark') return mode;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Calls back when GitHub's mode or the system's preference changes. */
export function watchColorScheme(changed: () => void): void {
  new MutationObserver(changed).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-color-mode', 'data-dark-theme', 'data-light-theme'],
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', changed);
}
