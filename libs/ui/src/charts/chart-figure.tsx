import { Box, Stack, Text, UnstyledButton } from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHART_INK } from './chart-palette';

export type ChartFigureProps = Readonly<{
  /** Shown above the chart and read as the figure's caption. */
  title: string;
  /** What the chart shows, in one or two sentences: the text alternative screen readers get. */
  summary: string;
  /** Height of the drawing area in pixels. */
  height: number;
  children: ReactNode;
  /** The chart's figures as a table, behind a "show as a table" toggle (the same text alternative, for everyone). */
  table?: ReactNode;
  /** A legend or a note under the chart. */
  footer?: ReactNode;
  'data-testid'?: string;
}>;

/**
 * A chart with its text alternative: a <figure> whose caption is the title, whose drawing is one image
 * (role="img") labelled with `summary`, and, when given, the same figures as a table on request. The
 * drawing itself is hidden from assistive technology: the summary and the table say what it says.
 */
export function ChartFigure({ title, summary, height, children, table, footer, 'data-testid': testId }: ChartFigureProps) {
  const { t } = useTranslation('ui');
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  return (
    <Stack component="figure" gap="xs" m={0} data-testid={testId}>
      <Text component="figcaption" fw={600}>
        {title}
      </Text>
      <Box role="img" aria-label={summary} h={height} w="100%" style={{ minWidth: 0 }}>
        {children}
      </Box>
      {footer}
      {table && (
        <>
          <UnstyledButton
            onClick={() => setShowTable((shown) => !shown)}
            aria-expanded={showTable}
            aria-controls={tableId}
            fz="sm"
            c="var(--mantine-color-anchor)"
            style={{ alignSelf: 'flex-start', textDecoration: 'underline' }}
          >
            {showTable ? t('charts.hideTable') : t('charts.showTable')}
          </UnstyledButton>
          <div id={tableId} hidden={!showTable}>
            {showTable && table}
          </div>
        </>
      )}
    </Stack>
  );
}

/** An id for an SVG pattern, unique on the page and safe inside `url(#…)`. */
export function usePatternId(prefix = 'hidden-cell'): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
}

/** SVG <defs> with the diagonal hatching that marks a hidden (suppressed) cell; put it inside the chart. */
export function HiddenCellPattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="8" height="8" fill="#f1f3f5" />
        <line x1="0" y1="0" x2="0" y2="8" stroke={CHART_INK.hidden} strokeWidth="3" />
      </pattern>
    </defs>
  );
}

/** A small square of the hidden-cell hatching, for legends and tables. */
export function HiddenCellSwatch({ size = 14 }: { size?: number }) {
  const id = usePatternId();
  return (
    <svg width={size} height={size} aria-hidden="true" focusable="false" style={{ flex: 'none', verticalAlign: 'middle' }}>
      <HiddenCellPattern id={id} />
      <rect width={size} height={size} fill={`url(#${id})`} stroke={CHART_INK.hidden} />
    </svg>
  );
}

/** A coloured square for a legend entry. */
export function ColorSwatch({ color, size = 12 }: { color: string; size?: number }) {
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        flex: 'none',
        width: size,
        height: size,
        borderRadius: 2,
        background: color,
        verticalAlign: 'middle',
      }}
    />
  );
}
