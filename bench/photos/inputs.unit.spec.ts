import { noiseBytes, xorshift32 } from './inputs';

describe('the seeded noise of the generated uploads', () => {
  it('is the same bytes for the same seed, so that every run measures the same uploads', () => {
    expect(noiseBytes(4096, 7).equals(noiseBytes(4096, 7))).toBe(true);
    expect(noiseBytes(4096, 7).equals(noiseBytes(4096, 8))).toBe(false);
  });

  it('spreads over every byte value, as incompressible data must', () => {
    const counts = new Array<number>(256).fill(0);
    for (const byte of noiseBytes(256 * 400, 9)) counts[byte] += 1;
    expect(Math.min(...counts)).toBeGreaterThan(300);
    expect(Math.max(...counts)).toBeLessThan(500);
  });

  it('never sticks at zero, whatever the seed', () => {
    const next = xorshift32(0);
    expect([next(), next(), next()].every((value) => value > 0)).toBe(true);
  });
});
