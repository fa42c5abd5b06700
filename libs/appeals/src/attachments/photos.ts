import { DomainError } from '@app/platform/errors/domain-error';
import pLimit from 'p-limit';
import sharp from 'sharp';
import { MAX_ATTACHMENTS } from '../domain/appeal-events';

/** What a voter may attach to an appeal: stated in the form, checked again here. */
export const PHOTO_RULES = {
  maxPhotos: MAX_ATTACHMENTS,
  /** Per photo, as uploaded: a phone's full-size JPEG fits. */
  maxBytes: 10 * 1024 * 1024,
  acceptedTypes: ['image/jpeg', 'image/png', 'image/webp'],
  /** Longer side of the stored copy, in pixels. */
  maxSide: 2560,
  /** Longer side of the thumbnail the appeal pages list (a third of a phone's width at 3× density). */
  thumbnailSide: 640,
} as const;

/**
 * Decoding stops above this many pixels: a 48 MP phone photo passes, while a small file that unpacks to
 * a huge image does not (a 6 MB PNG of 100 MP took 1.2 s and ~300 MB; docs/benchmarks.md, Photos).
 */
const MAX_INPUT_PIXELS = 50_000_000;
/**
 * Photos decoded at once in this process, and how many more may wait: one per core keeps throughput (two
 * at once process as many per second as eight) while memory stays bounded; past the queue, "try again".
 */
const DECODING_AT_ONCE = 2;
const MAX_WAITING = 8;
const decoding = pLimit(DECODING_AT_ONCE);
const NOT_ACCEPTED = 'This file is not a JPEG, PNG or WebP photo: send one of those';
const FORMATS: Readonly<Record<string, string>> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };

export type StoredPhoto = Readonly<{ contentType: 'image/jpeg'; bytes: Buffer; width: number; height: number; thumbnail: Buffer }>;

// Decoded photos are personal data: not kept in libvips' operation cache after the request.
sharp.cache(false);

/** The first bytes of the accepted formats: nothing else reaches the decoders (SVG, TIFF, HEIF, …). */
const SIGNATURES: ReadonlyArray<(bytes: Buffer) => boolean> = [
  (bytes) => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff,
  (bytes) => bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  (bytes) => bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP',
];

const badPhoto = (message: string): DomainError => new DomainError('BAD_USER_INPUT', message, { field: 'file' });

/**
 * Checks an uploaded photo and makes the copy that is stored: decoded from its actual bytes (the declared
 * type is not trusted), turned upright, scaled to at most `maxSide` pixels a side, re-encoded as JPEG and
 * stripped of all metadata — EXIF carries the place a photo was taken and the phone's serial number, which
 * the deputy has no need of. A thumbnail is made from that copy, so pages listing photos do not download
 * them whole.
 */
export async function preparePhoto(bytes: Buffer): Promise<StoredPhoto> {
  if (bytes.length === 0) throw badPhoto('The photo is empty: choose the file again');
  if (bytes.length > PHOTO_RULES.maxBytes)
    throw badPhoto(`The photo is ${megabytes(bytes.length)} MB; the limit is ${megabytes(PHOTO_RULES.maxBytes)} MB per photo`);
  if (!SIGNATURES.some((matches) => matches(bytes))) throw badPhoto(NOT_ACCEPTED);
  if (decoding.pendingCount >= MAX_WAITING) {
    throw new DomainError('RATE_LIMITED', 'Many photos are being processed right now: try again in a few seconds', {
      field: 'file',
      reason: 'BUSY',
    });
  }
  return decoding(() => cleanCopy(bytes));
}

async function cleanCopy(bytes: Buffer): Promise<StoredPhoto> {
  const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
  let format: string | undefined;
  try {
    format = (await image.metadata()).format;
  } catch (error) {
    throw unreadable(error);
  }
  if (!format || !FORMATS[format]) throw badPhoto(NOT_ACCEPTED);
  try {
    const { data, info } = await image
      .rotate()
      .resize({ width: PHOTO_RULES.maxSide, height: PHOTO_RULES.maxSide, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    // From the clean JPEG: decoded with shrink-on-load, so far cheaper than a second pass over the upload.
    const thumbnail = await sharp(data)
      .resize({ width: PHOTO_RULES.thumbnailSide, height: PHOTO_RULES.thumbnailSide, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 75 })
      .toBuffer();
    return { contentType: 'image/jpeg', bytes: data, width: info.width, height: info.height, thumbnail };
  } catch (error) {
    throw unreadable(error);
  }
}

/** What the voter is told when libvips gives up: too many pixels, or anything else it cannot decode. */
function unreadable(error: unknown): DomainError {
  const pixels = error instanceof Error && /pixel limit/i.test(error.message);
  return badPhoto(
    pixels
      ? `The photo has more than ${MAX_INPUT_PIXELS / 1_000_000} megapixels: send a smaller one`
      : 'The photo is damaged and cannot be read: send it again or choose another',
  );
}

export const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1);
