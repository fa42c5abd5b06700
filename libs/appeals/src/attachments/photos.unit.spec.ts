import sharp from 'sharp';
import { preparePhoto } from './photos';

describe('preparePhoto', () => {
  it('refuses a small file that unpacks to more than 50 megapixels', async () => {
    // 8000 × 7000 of one colour: a few hundred kilobytes of PNG, 56 MP once decoded.
    const bomb = await sharp({ create: { width: 8000, height: 7000, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    const refusal = preparePhoto(bomb);
    await expect(refusal).rejects.toThrow('The photo has more than 50 megapixels: send a smaller one');
    await expect(refusal).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'file' } });
  });

  it('decodes two photos at once, lets eight wait, and asks the rest to try again', async () => {
    const photo = await sharp({
      create: { width: 3000, height: 2000, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } },
    })
      .jpeg()
      .toBuffer();
    const calls = Array.from({ length: 12 }, () =>
      preparePhoto(photo).then(
        () => 'done',
        (error: { details?: { reason?: string } }) => error.details?.reason ?? 'other',
      ),
    );
    const outcomes = await Promise.all(calls);
    expect(outcomes.filter((outcome) => outcome === 'done')).toHaveLength(10);
    expect(outcomes.slice(10)).toEqual(['BUSY', 'BUSY']);
  }, 60_000);

  it('makes a thumbnail of the clean copy: upright, at most 640 px a side, without metadata', async () => {
    // Stored sideways with EXIF orientation 6 (turn 90° clockwise), as phones do: upright it is 1500 × 3000.
    const sideways = await sharp({ create: { width: 3000, height: 1500, channels: 3, background: '#4a7' } })
      .jpeg()
      .withMetadata({ orientation: 6, exif: { IFD0: { Make: 'Phone', Model: 'X1' } } })
      .toBuffer();
    const photo = await preparePhoto(sideways);
    expect([photo.width, photo.height]).toEqual([1280, 2560]);
    const thumbnail = await sharp(photo.thumbnail).metadata();
    expect(thumbnail).toMatchObject({ format: 'jpeg', width: 320, height: 640 });
    expect(thumbnail.exif).toBeUndefined();
    expect(thumbnail.orientation).toBeUndefined();
    expect(photo.thumbnail.length).toBeLessThan(photo.bytes.length);
  });
});
