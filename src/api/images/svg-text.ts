/** Text for SVG markup: the five XML specials escaped. */
export const svgText = (value: unknown): string =>
  String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export type Theme = 'light' | 'dark';

export const THEMES: Record<
  Theme,
  { background: string; text: string; muted: string; line: string; grid: string }
> = {
  light: { background: '#ffffff', text: '#111827', muted: '#6b7280', line: '#2563eb', grid: '#e5e7eb' },
  dark: { background: '#0d1117', text: '#e6edf3', muted: '#8b949e', line: '#58a6ff', grid: '#30363d' },
};

/** 12,345 → "12.3k": the way README badges show counts. */
export const compact = (value: number): string =>
  Math.abs(value) >= 1_000_000
    ? `${(value / 1_000_000).toFixed(1).replace(/\.0$/, '')}M`
    : Math.abs(value) >= 1_000
      ? `${(value / 1_000).toFixed(1).replace(/\.0$/, '')}k`
      : String(value);
