import fc from 'fast-check';
import { type RawCell, suppress } from './suppression';

type Figures = { submitted: number };

/** A cell whose voters are the given ids, one appeal each. */
const cell = (...voters: string[]): RawCell<Figures> => ({
  figures: { submitted: voters.length },
  voters: new Set(voters).size,
  smallVoters: new Set(voters).size < 5 ? [...new Set(voters)] : null,
  size: voters.length,
});
const total = (cells: readonly RawCell<Figures>[], all: readonly string[]): RawCell<Figures> => ({
  ...cell(...all),
  figures: { submitted: cells.reduce((sum, c) => sum + c.figures.submitted, 0) },
});
const voters = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('suppression of small cells', () => {
  it('hides a cell of fewer than 5 distinct voters as suppressed, not as zero, and keeps honest zeros', () => {
    const cells = [cell(...voters('a', 12)), cell(...voters('b', 9)), cell(...voters('c', 7)), cell(), cell('d1', 'd1', 'd2')];
    const result = suppress(cells, total(cells, [...voters('a', 12), ...voters('b', 9), ...voters('c', 7), 'd1', 'd2']));
    expect(result.cells[4]).toEqual({ figures: null, suppressed: true });
    expect(result.cells[3]).toEqual({ figures: { submitted: 0 }, suppressed: false });
    expect(result.cells[0].suppressed).toBe(false);
  });

  it('counts voters, not appeals: five appeals of one voter are suppressed', () => {
    const cells = [cell('v', 'v', 'v', 'v', 'v'), cell(...voters('a', 20)), cell(...voters('b', 20))];
    const result = suppress(cells, total(cells, ['v', ...voters('a', 20), ...voters('b', 20)]));
    expect(result.cells[0].suppressed).toBe(true);
  });

  it('defeats the subtraction attack: total minus the visible cells never singles out fewer than 5 voters', () => {
    // One small cell (3 voters) among large ones: hiding it alone would let total − visible reveal it.
    const cells = [cell(...voters('a', 40)), cell(...voters('b', 6)), cell(...voters('c', 25)), cell('x1', 'x2', 'x3')];
    const all = [...voters('a', 40), ...voters('b', 6), ...voters('c', 25), 'x1', 'x2', 'x3'];
    const result = suppress(cells, total(cells, all));
    expect(result.cells.map((c) => c.suppressed)).toEqual([false, true, false, true]); // the smallest visible cell is hidden with it
    expect(result.total.suppressed).toBe(false);
    const visible = result.cells.reduce((sum, c) => sum + (c.figures?.submitted ?? 0), 0);
    expect(result.total.figures!.submitted - visible).toBe(9); // what subtraction yields: 6 + 3 appeals from 9 voters, not the 3
  });

  it('needs no complement when the hidden cells together come from at least 5 voters', () => {
    const cells = [cell(...voters('a', 30)), cell('x1', 'x2', 'x3'), cell('y1', 'y2', 'y3')];
    const result = suppress(cells, total(cells, [...voters('a', 30), 'x1', 'x2', 'x3', 'y1', 'y2', 'y3']));
    expect(result.cells.map((c) => c.suppressed)).toEqual([false, true, true]);
  });

  it('adds a complement when two small cells share voters and so together still come from fewer than 5', () => {
    const cells = [cell(...voters('a', 30)), cell(...voters('b', 8)), cell('x1', 'x2'), cell('x1', 'x2', 'x3')];
    const result = suppress(cells, total(cells, [...voters('a', 30), ...voters('b', 8), 'x1', 'x2', 'x3']));
    expect(result.cells.map((c) => c.suppressed)).toEqual([false, true, true, true]);
  });

  it('hides the total as soon as a cell is hidden when each cell is published on its own (regions in the overview)', () => {
    const cells = [cell(...voters('a', 40)), cell(...voters('b', 6)), cell('x1', 'x2', 'x3')];
    const all = [...voters('a', 40), ...voters('b', 6), 'x1', 'x2', 'x3'];
    expect(suppress(cells, total(cells, all)).total.suppressed).toBe(false);
    expect(suppress(cells, total(cells, all), { cellsPublishedAlone: true }).total).toEqual({ figures: null, suppressed: true });
    const large = [cell(...voters('a', 40)), cell(...voters('b', 6))];
    expect(suppress(large, total(large, [...voters('a', 40), ...voters('b', 6)]), { cellsPublishedAlone: true }).total.suppressed).toBe(
      false,
    );
  });

  it('hides the total when it comes from fewer than 5 voters', () => {
    const cells = [cell('x1', 'x2'), cell('y1')];
    const result = suppress(cells, total(cells, ['x1', 'x2', 'y1']));
    expect(result.total.suppressed).toBe(true);
    expect(result.cells.every((c) => c.suppressed)).toBe(true);
  });

  it('property: whatever the cells, every shown figure and total − shown come from 0 or at least 5 distinct voters', () => {
    const arbitraryCells = fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 12 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(arbitraryCells, (voterLists) => {
        const cells = voterLists.map((list) => cell(...list.map(String)));
        const all = voterLists.flat().map(String);
        const result = suppress(cells, total(cells, all));
        result.cells.forEach((shown, index) => {
          if (!shown.suppressed) expect(cells[index].voters === 0 || cells[index].voters >= 5).toBe(true);
        });
        if (!result.total.suppressed) {
          const hiddenVoters = new Set(voterLists.flatMap((list, index) => (result.cells[index].suppressed ? list : [])));
          expect(hiddenVoters.size === 0 || hiddenVoters.size >= 5).toBe(true);
          expect(new Set(all).size === 0 || new Set(all).size >= 5).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
