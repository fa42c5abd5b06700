import sharp from 'sharp';
import { preparePhoto } from './photos';

describe('preparePhoto', () => {
  it('refuses a small file that unpacks to more than 50 megapixels', async () => {
    // 8000 × 7000 of one colour: a few hundred kilobytes of PNG, 56 MP once decoded.
    const bomb = await sharp({ create: { width: 8000, height: 7000, channels: 3, background: '#000' } }).png().toBuffer();
    const refusal = preparePhoto(bomb);
    await expect(refusal).rejects.toThrow('The photo has more than 50 megapixels: send a smaller one');
    await expect(refusal).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'file' } });
  });

  it('decodes two photos at once, lets eight wait, and asks the rest to try again', async () => {
    const photo = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).jpeg().toBuffer();
    const calls = Array.from({ length: 12 }, () => preparePhoto(photo).then(() => 'done', (error: { details?: { reason?: string } }) => error.details?.reason ?? 'other'));
    const outcomes = await Promise.all(calls);
    expect(outcomes.filter((outcome) => outcome === 'done')).toHaveLength(10);
    expect(outcomes.slice(10)).toEqual(['BUSY', 'BUSY']);
  }, 60_000);
});
