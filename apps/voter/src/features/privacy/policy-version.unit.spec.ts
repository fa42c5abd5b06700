import { formatDay } from '@app/ui/format/intl-format';
import { policyVersionText } from './policy-version';

const nbsp = (text: string) => text.replace(/\u00a0|\u202f/g, ' ');

describe('policyVersionText', () => {
  it('writes a version dated by its day as that date in the page language', () => {
    expect(nbsp(policyVersionText('2026-11-01', (day) => formatDay(day, 'ru-RU')))).toBe('1 ноября 2026 г.');
    expect(policyVersionText('2026-11-01', (day) => formatDay(day, 'en-GB'))).toBe('1 November 2026');
  });

  it('shows any other version as the API names it', () => {
    const day = jest.fn(() => 'a date');
    expect(policyVersionText('policy-2026-01', day)).toBe('policy-2026-01');
    expect(policyVersionText('2026-13-45', day)).toBe('2026-13-45');
    expect(policyVersionText('2026-02-30', day)).toBe('2026-02-30');
    expect(day).not.toHaveBeenCalled();
  });
});
