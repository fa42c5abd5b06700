import { type PendingPhoto, photoType, screenFiles, uploadPhoto, uploadPhotos, uploadProblem } from './photo-upload';

const rules = { maxPhotos: 3, maxPhotoBytes: 1000, photoTypes: ['image/jpeg', 'image/png', 'image/webp'] };
const file = (name: string, type: string, size: number): File => new File([new Uint8Array(size)], name, { type });

describe('screenFiles', () => {
  it('takes photos of an accepted type and size until the limit, and says why it left each other one out', () => {
    const { accepted, rejected } = screenFiles(
      [
        file('a.jpg', 'image/jpeg', 10),
        file('b.heic', 'image/heic', 10),
        file('c.png', 'image/png', 1001),
        file('d.webp', 'image/webp', 1000),
        file('e.jpg', 'image/jpeg', 5),
      ],
      1,
      rules,
    );
    expect(accepted.map((f) => f.name)).toEqual(['a.jpg', 'd.webp']);
    expect(rejected).toEqual([
      { name: 'b.heic', problem: 'TYPE' },
      { name: 'c.png', problem: 'TOO_LARGE' },
      { name: 'e.jpg', problem: 'TOO_MANY' },
    ]);
  });

  it('goes by the name of a file the phone gives no type, as some Android pickers do', () => {
    expect(photoType(file('IMG_0042.JPG', '', 10))).toBe('image/jpeg');
    expect(photoType(file('yard.jpeg', '', 10))).toBe('image/jpeg');
    expect(photoType(file('scan.png', 'image/png', 10))).toBe('image/png');
    const { accepted, rejected } = screenFiles(
      [file('IMG_0042.jpg', '', 10), file('pic.webp', '', 10), file('IMG_0043.heic', '', 10), file('photo', '', 10)],
      0,
      {
        ...rules,
        maxPhotos: 5,
      },
    );
    expect(accepted.map((f) => f.name)).toEqual(['IMG_0042.jpg', 'pic.webp']);
    expect(rejected).toEqual([
      { name: 'IMG_0043.heic', problem: 'TYPE' },
      { name: 'photo', problem: 'TYPE' },
    ]);
  });

  it('takes nothing once the appeal has all its photos', () => {
    expect(screenFiles([file('a.jpg', 'image/jpeg', 1)], 3, rules)).toEqual({
      accepted: [],
      rejected: [{ name: 'a.jpg', problem: 'TOO_MANY' }],
    });
  });
});

describe('uploadProblem', () => {
  it.each([
    [413, { code: 'BAD_USER_INPUT', field: 'file' }, 'TOO_LARGE'],
    [400, { code: 'BAD_USER_INPUT', field: 'file' }, 'UNREADABLE'],
    [429, { code: 'RATE_LIMITED' }, 'TOO_MANY_UNSENT'],
    [429, { code: 'RATE_LIMITED', field: 'file', reason: 'BUSY' }, 'BUSY'],
    [401, { code: 'UNAUTHENTICATED' }, 'SIGNED_OUT'],
    [409, { code: 'INVALID_STATE' }, 'ERASED'],
    [502, null, 'NETWORK'],
    [500, { code: 'INTERNAL_SERVER_ERROR' }, 'UNKNOWN'],
  ])('status %i with %j is %s', (status, body, problem) => {
    expect(uploadProblem(status, body)).toBe(problem);
  });
});

describe('uploadPhoto', () => {
  const respond = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  afterEach(() => jest.restoreAllMocks());

  it('asks again while the server is busy with other photos, then takes the id', async () => {
    const fetch = jest
      .spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(respond(429, { code: 'RATE_LIMITED', field: 'file', reason: 'BUSY' }))
      .mockResolvedValueOnce(respond(429, { code: 'RATE_LIMITED', field: 'file', reason: 'BUSY' }))
      .mockResolvedValueOnce(respond(201, { id: 'photo-1' }));
    const waits: number[] = [];
    const outcome = await uploadPhoto(
      file('a.jpg', 'image/jpeg', 10),
      async () => 'token',
      async (ms) => void waits.push(ms),
    );
    expect(outcome).toEqual({ ok: true, id: 'photo-1' });
    expect(waits).toEqual([1_000, 2_000]);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(fetch.mock.calls[0][1]).toMatchObject({ method: 'POST', headers: { authorization: 'Bearer token' } });
  });

  it('gives up on a busy server after a few tries, and does not retry other refusals', async () => {
    jest.spyOn(globalThis, 'fetch').mockImplementation(async () => respond(429, { code: 'RATE_LIMITED', reason: 'BUSY' }));
    expect(
      await uploadPhoto(
        file('a.jpg', 'image/jpeg', 10),
        async () => 'token',
        async () => undefined,
      ),
    ).toEqual({ ok: false, problem: 'BUSY' });
    expect(globalThis.fetch).toHaveBeenCalledTimes(4);

    jest.spyOn(globalThis, 'fetch').mockResolvedValue(respond(400, { code: 'BAD_USER_INPUT', field: 'file' }));
    expect(
      await uploadPhoto(
        file('a.jpg', 'image/jpeg', 10),
        async () => 'token',
        async () => undefined,
      ),
    ).toEqual({ ok: false, problem: 'UNREADABLE' });
  });

  it('says the session has ended without a token, and offline when the sign-in cannot be renewed', async () => {
    const fetch = jest.spyOn(globalThis, 'fetch');
    expect(await uploadPhoto(file('a.jpg', 'image/jpeg', 10), async () => null)).toEqual({ ok: false, problem: 'SIGNED_OUT' });
    expect(await uploadPhoto(file('a.jpg', 'image/jpeg', 10), () => Promise.reject(new Error('provider unreachable')))).toEqual({
      ok: false,
      problem: 'NETWORK',
    });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('uploadPhotos', () => {
  const respond = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const pending = (...names: string[]): PendingPhoto[] => names.map((name) => ({ key: name, name, file: file(name, 'image/jpeg', 10) }));
  const requests = (fetch: jest.SpyInstance) => fetch.mock.calls.map(([url, init]) => `${(init as RequestInit).method} ${String(url)}`);
  afterEach(() => jest.restoreAllMocks());

  const queue = (signal: AbortSignal, chosen: (key: string) => boolean = () => true) => ({
    accessToken: async () => 'token',
    signal,
    isChosen: chosen,
    onUploaded: jest.fn(),
    onRefused: jest.fn(),
    onSignedOut: jest.fn(),
    wait: async () => undefined,
  });

  it('uploads one photo after the other and gives each its id, discarding one removed meanwhile', async () => {
    let next = 0;
    const fetch = jest
      .spyOn(globalThis, 'fetch')
      .mockImplementation(async (url) => (url === '/attachments' ? respond(201, { id: `photo-${++next}` }) : respond(204, null)));
    const photos = queue(new AbortController().signal, (key) => key !== 'b.jpg');
    await uploadPhotos(pending('a.jpg', 'b.jpg', 'c.jpg'), photos);
    expect(photos.onUploaded.mock.calls).toEqual([
      ['a.jpg', 'photo-1'],
      ['c.jpg', 'photo-3'],
    ]);
    expect(requests(fetch)).toEqual(['POST /attachments', 'POST /attachments', 'DELETE /attachments/photo-2', 'POST /attachments']);
  });

  it('cancels the upload under way and starts no other when the form goes away', async () => {
    const form = new AbortController();
    const fetch = jest.spyOn(globalThis, 'fetch').mockImplementation(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          form.abort(); // the voter leaves while the photo is on its way
        }),
    );
    const photos = queue(form.signal);
    await uploadPhotos(pending('a.jpg', 'b.jpg'), photos);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(photos.onUploaded).not.toHaveBeenCalled();
    expect(photos.onRefused).not.toHaveBeenCalled();
    expect(photos.onSignedOut).not.toHaveBeenCalled();
  });

  it('discards a photo whose upload finished after the form went away', async () => {
    const form = new AbortController();
    const fetch = jest.spyOn(globalThis, 'fetch').mockImplementation(async (url) => {
      if (url !== '/attachments') return respond(204, null);
      form.abort(); // the answer was already on its way
      return respond(201, { id: 'photo-1' });
    });
    const photos = queue(form.signal);
    await uploadPhotos(pending('a.jpg', 'b.jpg'), photos);
    expect(requests(fetch)).toEqual(['POST /attachments', 'DELETE /attachments/photo-1']);
    expect(fetch.mock.calls[1][1]).toMatchObject({ headers: { authorization: 'Bearer token' } });
    expect(photos.onUploaded).not.toHaveBeenCalled();
  });

  it('stops once the session has ended, refusing the photos left without trying them', async () => {
    const fetch = jest.spyOn(globalThis, 'fetch').mockResolvedValue(respond(401, { code: 'UNAUTHENTICATED' }));
    const photos = queue(new AbortController().signal, (key) => key !== 'c.jpg');
    await uploadPhotos(pending('a.jpg', 'b.jpg', 'c.jpg'), photos);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(photos.onRefused.mock.calls.map(([photo, problem]) => [photo.name, problem])).toEqual([
      ['a.jpg', 'SIGNED_OUT'],
      ['b.jpg', 'SIGNED_OUT'],
    ]);
    expect(photos.onSignedOut).toHaveBeenCalledTimes(1);
  });
});
