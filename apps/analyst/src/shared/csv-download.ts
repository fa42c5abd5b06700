/**
 * CSV exports: the API's /export/*.csv routes take the same bearer token as GraphQL, so the file is fetched
 * (not linked), kept as a Blob, and saved under the name the server gives in Content-Disposition.
 */
import type { AppError, AppErrorCode } from '@app/ui';
// The module itself, not the @app/ui index: that one starts the app (styles included), which a unit test cannot load.
import { API_ERROR_CODES } from '@app/ui/errors/app-error';

/** The file name of a Content-Disposition header (RFC 6266: `filename*` in UTF-8 first, then `filename`), or `fallback`. */
export function filenameFromContentDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended) {
    try {
      return safeName(decodeURIComponent(extended[1].trim()), fallback);
    } catch {
      // a malformed escape: try the plain parameter
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/.exec(header);
  const name = plain ? (plain[1]?.replace(/\\(.)/g, '$1') ?? plain[2]) : undefined;
  return name ? safeName(name, fallback) : fallback;
}

/** No folders in a saved file's name. */
function safeName(name: string, fallback: string): string {
  const base = name.split(/[\\/]/).pop()?.trim() ?? '';
  return base === '' || base === '.' || base === '..' ? fallback : base;
}

/** A failed export as the pages explain errors: the API's JSON `{ code, field }`, else the HTTP status. */
export function exportError(status: number, body: unknown): AppError {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const code = record.code;
  if (typeof code === 'string' && (API_ERROR_CODES as readonly string[]).includes(code)) {
    return { code: code as AppErrorCode, ...(typeof record.field === 'string' ? { field: record.field } : {}) };
  }
  if (status === 401) return { code: 'UNAUTHENTICATED' };
  if (status === 403) return { code: 'FORBIDDEN' };
  if (status === 404) return { code: 'NOT_FOUND' };
  if (status === 429) return { code: 'RATE_LIMITED' };
  return { code: status === 0 || status === 502 || status === 503 || status === 504 ? 'NETWORK' : 'UNKNOWN' };
}

/** `/export/deputy-ratings.csv?regionCode=66&asOf=…`, leaving out empty parameters. */
export function exportUrl(path: string, params: Readonly<Record<string, string | null | undefined>>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export type DownloadResult = Readonly<{ ok: true; filename: string } | { ok: false; error: AppError }>;

/** Fetches a CSV with the bearer token and hands it to the browser as a download. */
export async function downloadCsv(url: string, accessToken: () => Promise<string | null>, fallbackName: string): Promise<DownloadResult> {
  let response: Response;
  try {
    // Throws, like the fetch, when the sign-in cannot be renewed for want of a connection.
    const token = await accessToken();
    if (!token) return { ok: false, error: { code: 'UNAUTHENTICATED' } };
    response = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: 'text/csv' }, cache: 'no-store' });
  } catch {
    return { ok: false, error: { code: 'NETWORK' } };
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    return { ok: false, error: exportError(response.status, body) };
  }
  const filename = filenameFromContentDisposition(response.headers.get('content-disposition'), fallbackName);
  const blob = await response.blob();
  const objectUrl = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = objectUrl;
    link.download = filename;
    link.rel = 'noopener';
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The click has handed the blob to the browser's download; release it once that has started.
    setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
  }
  return { ok: true, filename };
}
