/**
 * Photos go to `POST /attachments` one by one as soon as they are chosen (multipart, the bearer token as
 * for GraphQL); the appeal then names the ids the API returned.
 */

/** Why a photo was not taken, for the page to say in its own words. */
export type PhotoProblem = 'TYPE' | 'TOO_LARGE' | 'TOO_MANY' | 'UNREADABLE' | 'TOO_MANY_UNSENT' | 'BUSY' | 'ERASED' | 'SIGNED_OUT' | 'NETWORK' | 'UNKNOWN';

export type PhotoRules = Readonly<{ maxPhotos: number; maxPhotoBytes: number; photoTypes: readonly string[] }>;

export type UploadOutcome = Readonly<{ ok: true; id: string } | { ok: false; problem: PhotoProblem }>;

/** The files that may be uploaded, given how many photos there are already, and the problem of each other one. */
export function screenFiles(
  files: readonly File[],
  alreadyChosen: number,
  rules: PhotoRules,
): { accepted: File[]; rejected: Array<{ name: string; problem: PhotoProblem }> } {
  const accepted: File[] = [];
  const rejected: Array<{ name: string; problem: PhotoProblem }> = [];
  for (const file of files) {
    if (!rules.photoTypes.includes(file.type)) rejected.push({ name: file.name, problem: 'TYPE' });
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

/** Uploads one photo; when the server is busy with others' photos, tries again a few times first. */
export async function uploadPhoto(file: File, accessToken: TokenSource, wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))): Promise<UploadOutcome> {
  let outcome = await uploadOnce(file, accessToken);
  for (const ms of BUSY_RETRIES_MS) {
    if (outcome.ok || outcome.problem !== 'BUSY') break;
    await wait(ms);
    outcome = await uploadOnce(file, accessToken);
  }
  return outcome;
}

async function uploadOnce(file: File, accessToken: TokenSource): Promise<UploadOutcome> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    const token = await accessToken();
    if (!token) return { ok: false, problem: 'SIGNED_OUT' };
    response = await fetch('/attachments', { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  } catch {
    return { ok: false, problem: 'NETWORK' };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok && typeof (body as { id?: unknown })?.id === 'string') return { ok: true, id: (body as { id: string }).id };
  return { ok: false, problem: uploadProblem(response.status, body) };
}

/** Takes back an uploaded photo the voter removed from the form, so it does not wait a day on the server. */
export async function discardPhoto(id: string, accessToken: TokenSource): Promise<void> {
  // Best effort: what is left is swept after a day anyway.
  try {
    const token = await accessToken();
    if (token) await fetch(`/attachments/${encodeURIComponent(id)}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
  } catch {
    // offline or signed out: the sweep deletes it
  }
}
