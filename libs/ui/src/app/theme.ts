import { createTheme, type CSSVariablesResolver, DEFAULT_THEME } from '@mantine/core';

/** Mantine's defaults, with shades dark enough for WCAG AA text contrast (4.5:1) on white. */
export const theme = createTheme({
  // No sliding and fading for those who asked their system for less motion (WCAG 2.3.3).
  respectReducedMotion: true,
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' },
});

/**
 * Text on "light" variants (badges, alerts, the active section) and dimmed text use darker shades than
 * Mantine's defaults, which fall below 4.5:1 on their tinted backgrounds.
 */
/** Shade 9 of these palettes is still too light for text on a tint: darker text colours, same hue. */
const DARKER_TEXT: Readonly<Record<string, string>> = {
  green: '#1e6b30',
  teal: '#066649',
  orange: '#a33a0b',
  yellow: '#8a5000',
  lime: '#3f6a09',
};

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    ...Object.fromEntries(
      Object.keys(DEFAULT_THEME.colors).flatMap((color) => [
        [`--mantine-color-${color}-light-color`, DARKER_TEXT[color] ?? `var(--mantine-color-${color}-9)`],
        [`--mantine-color-${color}-light-hover`, `var(--mantine-color-${color}-1)`],
      ]),
    ),
  },
  dark: {},
});
