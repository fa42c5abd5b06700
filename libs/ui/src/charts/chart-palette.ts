/**
 * Colours for chart marks, each at least 3:1 against white (WCAG 1.4.11, graphical objects) and
 * distinct in hue, so that neighbouring series stay apart; text labels say the same in words.
 */
export const CHART_COLORS = {
  blue: '#1864ab',
  cyan: '#0b7285',
  violet: '#7048e8',
  orange: '#d9480f',
  pink: '#c2255c',
  green: '#2b8a3e',
} as const;

/** The series colours in the order charts use them. */
export const SERIES_COLORS: readonly string[] = Object.values(CHART_COLORS);

/** Axis text, grid lines and the mark of a cell hidden for privacy. */
export const CHART_INK = {
  text: '#495057', // gray-7: 8:1 on white, axis labels are text
  grid: '#dee2e6',
  hidden: '#868e96', // gray-6: 3.3:1, the hatching of a hidden cell
  track: '#e9ecef',
} as const;
