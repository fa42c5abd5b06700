import { useMediaQuery } from '@mantine/hooks';

/**
 * True below Mantine's `sm` breakpoint (48em, 768 px), where the wide tables would scroll sideways: there
 * each row is a card instead. Read at the first render (no server rendering here), so a phone never
 * flashes the table first.
 */
export function useCardLayout(): boolean {
  return useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
}
