import { svgText, type Theme } from './svg-text.ts';

/** Roughly how wide sans-serif text is at 11 px, to size the badge halves. */
const textWidth = (text: string) => Math.ceil(text.length * 6.5) + 10;

/**
 * A flat README badge ("stars | 12.3k", "7-day gain | +420", "rank | #12"),
 * in the layout shields.io made common, so it sits beside other badges.
 */
export function badgeSvg(label: string, value: string, theme: Theme): string {
  const left = textWidth(label);
  const right = textWidth(value);
  const width = left + right;
  const [labelBg, valueBg] = theme === 'dark' ? ['#30363d', '#1f6feb'] : ['#555', '#2563eb'];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${svgText(`${label}: ${value}`)}">
<title>${svgText(`${label}: ${value}`)}</title>
<rect width="${left}" height="20" fill="${labelBg}"/>
<rect x="${left}" width="${right}" height="20" fill="${valueBg}"/>
<g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle">
<text x="${left / 2}" y="14">${svgText(label)}</text>
<text x="${left + right / 2}" y="14">${svgText(value)}</text>
</g>
</svg>
`;
}
