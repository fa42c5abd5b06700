/**
 * Photos go to `POST /attachments` one by one as soon as they are chosen (multipart, the bearer token as
 * for GraphQL); the appeal then names the ids the API returned.
 */
import type { AppealSubmissionRulesQuery } from '../../gql/graphql';

/** Why a photo was not taken, for the page to say in its own words. */
export type PhotoProblem =
  'TYPE' | 'TOO_LARGE' | 'TOO_MANY' | 'UNREADABLE' | 'TOO_MANY_UNSENT' | 'BUSY' | 'ERASED' | 'SIGNED_OUT' | 'NETWORK' | 'UNKNOWN';

/** The photo limits of `appealSubmissionRules`. */
export type PhotoRules = Pick<AppealSubmissionRulesQuery['appealSubmissionRules'], 'maxPhotos' | 'maxPhotoBytes' | 'photoTypes'>;

export type UploadOutcome = Readonly<{ ok: true; id: string } | { ok: false; problem: PhotoProblem }>;

const TYPES_BY_EXTENSION: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

/**
 * A file's type as the browser gives it, or from its name's extension when the browser gives none (some
 * Android pickers do so for a real JPEG). Only a first check: the API reads the file's own bytes.
 */
export function photoType(file: File): string {
  if (file.type) return file.type;
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
  return (extension && TYPES_BY_EXTENSION[extension]) || '';
}

/** The files that may be uploaded, given how many photos there are already, and the problem of each other one. */
export function screenFiles(
  files: readonly File[],
  alreadyChosen: number,
  rules: PhotoRules,
): { accepted: File[]; rejected: Array<{ name: string; problem: PhotoProblem }> } {
  const accepted: File[] = [];
  const rejected: Array<{ name: string; problem: PhotoProblem }> = [];
  for (const file of files) {
    if (!rules.photoTypes.includes(photoType(file))) rejected.push({ name: file.name, problem: 'TYPE' });
    else if (file.size > rules.maxPhotoBytes) rejected.push({ name: file.name, problem: 'TOO_LARGE' });
    else if (alreadyChosen + accepted.length >= rules.maxPhotos) rejected.push({ name: file.name, problem: 'TOO_MANY' });
    else accepted.push(file);
  }
  return { accepted, rejected };
}

/** The problem behind a refused upload, from its status and the API's `{ code, field }`. */
export function uploadProblem(status: number, body: unknown): PhotoProblem {
  const { code, reason } = typeof body === 'object' && body !== null ? (body as { code?: unknown; reason?: unknown }) : {};
  if (status === 413) return 'TOO_LARGE';
  if (status === 429 && reason === 'BUSY') return 'BUSY';
  if (status === 401) return 'SIGNED_OUT';
  if (status === 429 || code === 'RATE_LIMITED') return 'TOO_MANY_UNSENT';
  if (status === 400 && code === 'BAD_USER_INPUT') return 'UNREADABLE';
  if (status === 409 && code === 'INVALID_STATE') return 'ERASED';
  if (status === 0 || status === 502 || status === 503 || status === 504) return 'NETWORK';
  return 'UNKNOWN';
}

/** The session's access token: `null` when signed out; throws when the sign-in cannot be renewed right now. */
export type TokenSource = () => Promise<string | null>;

/** Waits before asking again when the server is busy with other photos: a few seconds, then gives up. */
const BUSY_RETRIES_MS = [1_000, 2_000, 4_000];

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Uploads one photo; when the server is busy with others' photos, tries again a few times first. Once
 * `signal` is aborted the request is cancelled and not tried again (the outcome then means nothing).
 */
export async function uploadPhoto(
  file: File,
  accessToken: TokenSource,
  wait: (ms: number) => Promise<unknown> = sleep,
  signal?: AbortSignal,
): Promise<UploadOutcome> {
  let outcome = await uploadOnce(file, accessToken, signal);
  for (const ms of BUSY_RETRIES_MS) {
    if (outcome.ok || outcome.problem !== 'BUSY') break;
    await wait(ms);
    if (signal?.aborted) break;
    outcome = await uploadOnce(file, accessToken, signal);
  }
  return outcome;
}

async function uploadOnce(file: File, accessToken: TokenSource, signal: AbortSignal | undefined): Promise<UploadOutcome> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    const token = await accessToken();
    if (!token) return { ok: false, problem: 'SIGNED_OUT' };
    response = await fetch('/attachments', { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` }, signal });
  } catch {
    return { ok: false, problem: 'NETWORK' };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok && typeof (body as { id?: unknown })?.id === 'string') return { ok: true, id: (body as { id: string }).id };
  return { ok: false, problem: uploadProblem(response.status, body) };
}

/** Takes back an uploaded photo that will not be sent (removed from the form, or the form went away), so it does not wait a day on the server. */
export async function discardPhoto(id: string, accessToken: TokenSource): Promise<void> {
  // Best effort: what is left is swept after a day anyway.
  try {
    const token = await accessToken();
    if (token) await fetch(`/attachments/${encodeURIComponent(id)}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
  } catch {
    // offline or signed out: the sweep deletes it
  }
}

/** A photo taken into the form and not uploaded yet; `key` is its place in the form. */
export type PendingPhoto = Readonly<{ key: string; name: string; file: File }>;

export type UploadQueue = Readonly<{
  accessToken: TokenSource;
  /** Aborted when the form goes away: the upload under way is cancelled and no other one starts. */
  signal: AbortSignal;
  /** False once the voter has removed the photo from the form. */
  isChosen: (key: string) => boolean;
  onUploaded: (key: string, id: string) => void;
  /** The photo was not taken: the form drops it and says why. */
  onRefused: (photo: PendingPhoto, problem: PhotoProblem) => void;
  /** The API no longer takes the session's token: the uploads have stopped. */
  onSignedOut: () => void;
  wait?: (ms: number) => Promise<unknown>;
}>;

/**
 * Uploads the photos one at a time: a phone on a weak connection does better with one upload than five at
 * once. A photo that finishes uploading after it was removed, or after the form went away, is discarded
 * at once, as each unsent photo counts against the voter's limit for a day. Once the session has ended,
 * the photos left are refused without trying.
 */
export async function uploadPhotos(photos: readonly PendingPhoto[], queue: UploadQueue): Promise<void> {
  for (const [index, photo] of photos.entries()) {
    if (queue.signal.aborted) return;
    const outcome = await uploadPhoto(photo.file, queue.accessToken, queue.wait, queue.signal);
    const wanted = !queue.signal.aborted && queue.isChosen(photo.key);
    if (outcome.ok && !wanted) await discardPhoto(outcome.id, queue.accessToken);
    else if (outcome.ok) queue.onUploaded(photo.key, outcome.id);
    else if (wanted) queue.onRefused(photo, outcome.problem);
    if (queue.signal.aborted) return;
    if (!outcome.ok && outcome.problem === 'SIGNED_OUT') {
      for (const rest of photos.slice(index + 1)) if (queue.isChosen(rest.key)) queue.onRefused(rest, 'SIGNED_OUT');
      queue.onSignedOut();
      return;
    }
  }
}
