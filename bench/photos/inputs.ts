import sharp from 'sharp';
import { PHOTO_RULES } from '../../libs/appeals/src/attachments/photos';

export const INPUT_IDS = ['phone-12mp', 'phone-48mp', 'screenshot', 'png-noise-10mb', 'png-50mp'] as const;
export type InputId = (typeof INPUT_IDS)[number];

/** One generated upload, as the results record it (the bytes themselves are not kept). */
export type PhotoInput = Readonly<{
  id: InputId;
  label: string;
  description: string;
  format: 'jpeg' | 'png';
  width: number;
  height: number;
  channels: number;
  megapixels: number;
  /** The upload's size: what the route receives. */
  bytes: number;
  /** EXIF Orientation (6: a portrait photo stored sideways, as phones write it); null without EXIF. */
  orientation: number | null;
  /** The JPEG quality it was encoded with, lowered from 90 if needed to fit the upload limit. */
  quality: number | null;
}>;

export type GeneratedInput = Readonly<{ input: PhotoInput; data: Buffer }>;

/**
 * The most concurrent callers measured per input (of those in `BENCH_CONCURRENCY`): the phone photos voters
 * upload at every level; the pixel-limit PNG, which holds the most memory a photo, up to the libuv threadpool
 * (4), past which no more photos decode at once; the small PNGs one at a time.
 */
export const MAX_CALLERS: Readonly<Record<InputId, number>> = {
  'phone-12mp': 64,
  'phone-48mp': 64,
  screenshot: 1,
  'png-noise-10mb': 1,
  'png-50mp': 4,
};
/** The inputs measured again under another malloc setting (`PhotosBenchConfig.mallocArenaMax`). */
export const ALLOCATOR_INPUTS: readonly InputId[] = ['phone-48mp'];

/** Just under the decoder's pixel limit in `preparePhoto` (`limitInputPixels`, 50 MP): 7071² = 49,999,041 pixels. */
const PIXEL_LIMIT_SIDE = 7_071;
const PORTRAIT = 6;

/**
 * Every input, the same bytes on every run of one sharp/libvips version: noise comes from a seeded
 * generator, not from libvips' gaussnoise (which seeds itself at random).
 */
export async function generateInputs(onInput: (input: PhotoInput, milliseconds: number) => void): Promise<GeneratedInput[]> {
  const makers: ReadonlyArray<() => Promise<GeneratedInput>> = [
    () => phoneJpeg('phone-12mp', '12 MP phone JPEG', 4032, 3024, 1),
    () => phoneJpeg('phone-48mp', '48 MP phone JPEG', 8000, 6000, 2),
    screenshot,
    noisePng,
    pixelLimitPng,
  ];
  const inputs: GeneratedInput[] = [];
  for (const make of makers) {
    const started = performance.now();
    const generated = await make();
    onInput(generated.input, performance.now() - started);
    inputs.push(generated);
  }
  return inputs;
}

/** xorshift32: a fast seeded stream of 32-bit integers, enough for noise that must repeat from run to run. */
export function xorshift32(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
}

/** `length` seeded random bytes (a multiple of 4). */
export function noiseBytes(length: number, seed: number): Buffer {
  const next = xorshift32(seed);
  const bytes = Buffer.allocUnsafe(length);
  for (let offset = 0; offset + 4 <= length; offset += 4) bytes.writeUInt32LE(next(), offset);
  return bytes;
}

/**
 * A phone photo held upright: a colour gradient (the scene's light) under grain, blurred in proportion to the
 * resolution as a lens and a phone's noise reduction would, so that a 48 MP shot carries the same scene
 * detail as a 12 MP one and lands under the upload limit, as the phones' 48 MP JPEGs do. EXIF says
 * Orientation 6 (stored sideways), so `preparePhoto` has to rotate it, with a camera make and model to strip.
 */
async function phoneJpeg(id: InputId, label: string, width: number, height: number, seed: number): Promise<GeneratedInput> {
  const raw = sharp(photoScene(width, height, seed), { raw: { width, height, channels: 3 } }).blur(width / 4032);
  // Fit under the limit by lowering the quality, in fixed steps: the same inputs every run.
  for (let quality = 90; ; quality -= 4) {
    const data = await raw
      .clone()
      .jpeg({ quality })
      .withExif({ IFD0: { Make: 'Bench', Model: 'Phone 15', Software: 'bench:photos' } })
      .withMetadata({ orientation: PORTRAIT })
      .toBuffer();
    if (data.length <= PHOTO_RULES.maxBytes || quality <= 50) {
      return describe(id, label, `${width}×${height}, JPEG q${quality}, EXIF Orientation 6 (portrait)`, data, quality);
    }
  }
}

function photoScene(width: number, height: number, seed: number): Buffer {
  const next = xorshift32(seed);
  const pixels = Buffer.allocUnsafe(width * height * 3);
  let offset = 0;
  for (let y = 0; y < height; y += 1) {
    const down = y / height;
    for (let x = 0; x < width; x += 1) {
      const across = x / width;
      // Two bytes of the random word summed make a bell-shaped grain of ±64 around the gradient.
      const random = next();
      const grainA = ((random & 0xff) + ((random >>> 8) & 0xff) - 255) / 2;
      const grainB = (((random >>> 16) & 0xff) + (random >>> 24) - 255) / 2;
      pixels[offset++] = 60 + 150 * across + grainA;
      pixels[offset++] = 90 + 100 * down + grainB;
      pixels[offset++] = 170 - 110 * across * down + (grainA + grainB) / 2;
    }
  }
  return pixels;
}

/** An iPhone-sized screenshot (1170×2532, RGBA): flat UI cards with lines of "text" and a photo in a post. */
async function screenshot(): Promise<GeneratedInput> {
  const next = xorshift32(11);
  const shapes: string[] = [];
  for (let top = 140; top < 2400; top += 700) {
    shapes.push(`<rect x="32" y="${top}" width="1106" height="${300 + (next() % 300)}" rx="28" fill="#ffffff"/>`);
    shapes.push(`<circle cx="100" cy="${top + 70}" r="40" fill="hsl(${next() % 360},60%,60%)"/>`);
    for (let line = 0; line < 6; line += 1) {
      shapes.push(
        `<rect x="160" y="${top + 40 + line * 38}" width="${300 + (next() % 640)}" height="22" rx="6" fill="#3c3c43" opacity="0.${6 + (line % 3)}"/>`,
      );
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1170" height="2532"><rect width="1170" height="2532" fill="#f2f2f7"/><rect width="1170" height="120" fill="#ffffff"/>${shapes.join('')}</svg>`;
  const post = await sharp(noiseBytes(1106 * 700 * 3, 13), { raw: { width: 1106, height: 700, channels: 3 } })
    .blur(1.5)
    .png()
    .toBuffer();
  const data = await sharp(Buffer.from(svg))
    .composite([{ input: post, left: 32, top: 1000 }])
    .png()
    .toBuffer();
  return describe('screenshot', 'Phone screenshot PNG', '1170×2532 RGBA, UI cards and a photo', data, null);
}

/** The largest incompressible RGB PNG under the upload limit: the most bytes to inflate per upload. */
async function noisePng(): Promise<GeneratedInput> {
  for (let side = Math.floor(Math.sqrt(PHOTO_RULES.maxBytes / 3)); ; side -= 4) {
    const data = await sharp(noiseBytes(side * side * 3, 7), { raw: { width: side, height: side, channels: 3 } })
      .png({ adaptiveFiltering: false })
      .toBuffer();
    if (data.length <= PHOTO_RULES.maxBytes)
      return describe('png-noise-10mb', '10 MB noise PNG', `${side}×${side} RGB of random bytes, just under the limit`, data, null);
  }
}

/** 50 MP, just under the decoder's limit, yet a few MB: a small tile repeated compresses well (a mild "PNG bomb"). */
async function pixelLimitPng(): Promise<GeneratedInput> {
  const tile = await sharp(noiseBytes(96 * 96 * 3, 9), { raw: { width: 96, height: 96, channels: 3 } })
    .png()
    .toBuffer();
  const data = await sharp({ create: { width: PIXEL_LIMIT_SIDE, height: PIXEL_LIMIT_SIDE, channels: 3, background: '#808080' } })
    .composite([{ input: tile, tile: true }])
    .png()
    .toBuffer();
  return describe(
    'png-50mp',
    '50 MP PNG (pixel limit)',
    `${PIXEL_LIMIT_SIDE}×${PIXEL_LIMIT_SIDE} RGBA, a 96 px noise tile repeated`,
    data,
    null,
  );
}

async function describe(id: InputId, label: string, description: string, data: Buffer, quality: number | null): Promise<GeneratedInput> {
  const metadata = await sharp(data).metadata();
  const { width, height, channels } = metadata;
  return {
    input: {
      id,
      label,
      description,
      format: metadata.format === 'jpeg' ? 'jpeg' : 'png',
      width,
      height,
      channels,
      megapixels: Math.round((width * height) / 1e5) / 10,
      bytes: data.length,
      orientation: metadata.orientation ?? null,
      quality,
    },
    data,
  };
}
