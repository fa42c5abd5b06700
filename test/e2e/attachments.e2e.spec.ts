import sharp from 'sharp';
import { type RunningApi, startApi } from '@test/running-api';

/**
 * Photos on appeals, over real HTTP against the built API: uploaded as multipart, cleaned (no EXIF, at most
 * 2560 px), sealed in the vault, shown to those who may see the appeal with each read logged, gone on erasure.
 */
describe('appeal photos', () => {
  let api: RunningApi;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    api = await startApi();
    for (const login of ['voter1', 'voter2', 'deputy1', 'deputy2', 'moderator1', 'analyst1']) tokens[login] = await api.token(login);
  });
  afterAll(async () => {
    await api?.stop();
  });

  const sql = <T>(text: string, values: unknown[] = []): Promise<T[]> => api.sql<T>(text, values);
  const storedCount = async (): Promise<number> => (await sql<{ n: number }>('select count(*)::int as n from pii_attachments'))[0].n;
  const as = (login: string, query: string, variables?: Record<string, unknown>) => api.graphql(query, { token: tokens[login], variables });

  const upload = async (login: string | null, bytes: Buffer, type = 'image/jpeg', name = 'photo.jpg') => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
    const response = await fetch(`${api.base}/attachments`, {
      method: 'POST',
      body: form,
      headers: login ? { authorization: `Bearer ${tokens[login]}` } : {},
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const download = async (login: string, url: string) => {
    const response = await fetch(`${api.base}${url}`, { headers: { authorization: `Bearer ${tokens[login]}` } });
    return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
  };

  /** A phone photo: large, rotated by its EXIF orientation, with the place it was taken. */
  const phonePhoto = (): Promise<Buffer> =>
    sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#4a7' } })
      .jpeg({ quality: 90 })
      .withMetadata({
        orientation: 6,
        exif: { IFD0: { Make: 'PhoneMaker', Model: 'Phone 15' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '56/1 50/1 0/1' } },
      })
      .toBuffer();

  const submit = async (login: string, attachmentIds: string[]) =>
    as(login, 'mutation ($input: SubmitAppealInput!) { submitAppeal(input: $input) { appealId } }', {
      input: {
        regionCode: '66',
        territoryId: '66-ekaterinburg',
        categoryId: 'roads',
        subject: 'Яма у подъезда',
        text: 'Фото ямы приложено.',
        consent: true,
        attachmentIds,
      },
    });

  it('states its rules before sign-in', async () => {
    const response = await api.graphql(
      '{ appealSubmissionRules { personalDataPolicy { version url } maxPhotos maxPhotoBytes photoTypes } }',
    );
    expect(response.data?.appealSubmissionRules).toEqual({
      personalDataPolicy: { version: '2026-11-01', url: '/privacy' },
      maxPhotos: 5,
      maxPhotoBytes: 10 * 1024 * 1024,
      photoTypes: ['image/jpeg', 'image/png', 'image/webp'],
    });
  });

  it('keeps a clean, upright, smaller copy: no EXIF, no place, no phone', async () => {
    const original = await phonePhoto();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const { status, body } = await upload('voter1', original);
    expect(status).toBe(201);
    // Orientation 6 turns the 4000×3000 landscape upright (portrait), then it is scaled to 2560 on its long side.
    expect(body).toMatchObject({ contentType: 'image/jpeg', width: 1920, height: 2560, url: `/attachments/${String(body.id)}` });

    const stored = await download('voter1', body.url as string);
    expect(stored.status).toBe(200);
    expect(stored.headers.get('content-type')).toBe('image/jpeg');
    expect(stored.headers.get('cache-control')).toBe('private, no-store');
    const metadata = await sharp(stored.bytes).metadata();
    expect(metadata).toMatchObject({ format: 'jpeg', width: 1920, height: 2560 });
    expect(metadata.exif).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
    expect(stored.bytes.includes(Buffer.from('PhoneMaker'))).toBe(false);
    expect(stored.bytes.length).toBe(body.byteSize);

    // Sealed in the vault: the database holds no JPEG.
    const [row] = await sql<{ ciphertext: Buffer }>(`select ciphertext from pii_attachments where id = '${String(body.id)}'`);
    expect(row.ciphertext.includes(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);
  });

  it('refuses what is not a photo, too large, or from someone who is not a voter, storing nothing', async () => {
    const before = await storedCount();
    const text = await upload('voter1', Buffer.from('not a photo at all'), 'image/jpeg', 'fake.jpg');
    expect(text).toEqual({
      status: 400,
      body: { code: 'BAD_USER_INPUT', field: 'file', message: expect.stringMatching(/JPEG, PNG or WebP/) },
    });

    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    expect((await upload('voter1', gif, 'image/gif', 'a.gif')).body).toMatchObject({
      field: 'file',
      message: expect.stringMatching(/not a JPEG, PNG or WebP/),
    });
    // An SVG never reaches a decoder, whatever type it claims.
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    expect((await upload('voter1', svg, 'image/jpeg', 'a.jpg')).status).toBe(400);
    // A form with another field or a second file is refused in the API's words.
    const twoFiles = new FormData();
    twoFiles.append('file', new Blob([new Uint8Array(gif)], { type: 'image/png' }), 'a.png');
    twoFiles.append('file', new Blob([new Uint8Array(gif)], { type: 'image/png' }), 'b.png');
    const refused = await fetch(`${api.base}/attachments`, {
      method: 'POST',
      body: twoFiles,
      headers: { authorization: `Bearer ${tokens.voter1}` },
    });
    expect({ status: refused.status, body: await refused.json() }).toEqual({
      status: 400,
      body: { code: 'BAD_USER_INPUT', field: 'file', message: expect.stringMatching(/one photo/) },
    });

    const huge = await upload('voter1', Buffer.alloc(10 * 1024 * 1024 + 1, 0xff));
    expect(huge).toEqual({
      status: 413,
      body: { code: 'BAD_USER_INPUT', field: 'file', message: expect.stringMatching(/larger than 10 MB/) },
    });

    const photo = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    expect((await upload(null, photo, 'image/png')).status).toBe(401);
    expect((await upload('deputy1', photo, 'image/png')).status).toBe(403);

    const empty = await fetch(`${api.base}/attachments`, {
      method: 'POST',
      body: new FormData(),
      headers: { authorization: `Bearer ${tokens.voter1}` },
    });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ field: 'file' });
    expect(await storedCount()).toBe(before);
  });

  it('holds at most 20 unsent photos per voter', async () => {
    const photo = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    for (let i = 0; i < 17; i++) expect((await upload('voter2', photo, 'image/png')).status).toBe(201);
    // Parallel uploads all pass the count taken before decoding; the one taken where they are stored holds.
    const parallel = await Promise.all(Array.from({ length: 5 }, () => upload('voter2', photo, 'image/png')));
    expect(parallel.map((response) => response.status).sort()).toEqual([201, 201, 201, 429, 429]);
    expect(await upload('voter2', photo, 'image/png')).toEqual({
      status: 429,
      body: { code: 'RATE_LIMITED', field: 'file', message: expect.stringMatching(/20 photos uploaded but not sent/) },
    });
    await sql(`delete from pii_attachments where subject_id = '5d0f2b1e-0c43-4a57-8a3c-7a1d2c000002'`);
  });

  it('keeps the photos a submission recorded: a repeat, a refused submission and a second appeal cannot move them', async () => {
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#39c' } })
      .png()
      .toBuffer();
    const [p1, p2, p3] = [
      await upload('voter2', photo, 'image/png'),
      await upload('voter2', photo, 'image/png'),
      await upload('voter2', photo, 'image/png'),
    ].map((response) => response.body.id as string);
    const input = (commandId: string, attachmentIds: string[], text = 'Фото приложено.') => ({
      input: {
        commandId,
        regionCode: '66',
        territoryId: '66-ekaterinburg',
        categoryId: 'roads',
        subject: 'Яма',
        text,
        consent: true,
        attachmentIds,
      },
    });
    const send = (variables: ReturnType<typeof input>) =>
      as('voter2', 'mutation ($input: SubmitAppealInput!) { submitAppeal(input: $input) { appealId duplicate } }', variables);
    const photosOf = async (appealId: string) => {
      for (let tries = 0; tries < 100; tries++) {
        const appeal = (await as('voter2', `{ appeal(id: "${appealId}") { attachments { id } } }`)).data?.appeal as
          { attachments: Array<{ id: string }> } | undefined;
        if (appeal) return appeal.attachments.map((attachment) => attachment.id);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`appeal ${appealId} never showed up`);
    };

    // Refused by the decider (text too long): the photo is free again.
    const tooLong = await send(input('6a0b7c1e-0000-4000-8000-000000000001', [p1], 'я'.repeat(10_001)));
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });

    const first = await send(input('6a0b7c1e-0000-4000-8000-000000000002', [p1]));
    expect(first.errors).toBeUndefined();
    const appealId = (first.data?.submitAppeal as { appealId: string }).appealId;
    // The same command again, now naming another photo: the first result, and the photos it recorded.
    const repeat = await send(input('6a0b7c1e-0000-4000-8000-000000000002', [p2]));
    expect(repeat.data?.submitAppeal).toEqual({ appealId, duplicate: true });
    expect(await photosOf(appealId)).toEqual([p1]);
    // Another appeal cannot take p1, and can still take p2, which the repeat left unsent.
    expect((await send(input('6a0b7c1e-0000-4000-8000-000000000003', [p1]))).errors?.[0].extensions).toMatchObject({
      field: 'attachmentIds',
      attachmentIds: [p1],
    });
    const second = await send(input('6a0b7c1e-0000-4000-8000-000000000004', [p2]));
    expect(await photosOf((second.data?.submitAppeal as { appealId: string }).appealId)).toEqual([p2]);

    // An unsent photo can be taken back; a sent one cannot, and nobody else's.
    const remove = async (login: string, id: string) =>
      (await fetch(`${api.base}/attachments/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${tokens[login]}` } })).status;
    expect(await remove('voter1', p3)).toBe(404);
    expect(await remove('voter2', p1)).toBe(404);
    expect(await remove('voter2', p3)).toBe(204);
    expect((await download('voter2', `/attachments/${p3}`)).status).toBe(404);
  });

  it('shows the photos to those who may see the appeal, logs their reads, and erases them with the voter', async () => {
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#c33' } })
      .png()
      .toBuffer();
    const first = (await upload('voter1', photo, 'image/png', 'yard.png')).body;
    const second = (await upload('voter1', photo, 'image/png', 'yard2.png')).body;
    const ids = [first.id as string, second.id as string];

    // Another voter cannot see or send voter1's upload.
    expect((await download('voter2', first.url as string)).status).toBe(404);
    expect((await submit('voter2', [ids[0]])).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attachmentIds' });

    const submitted = await submit('voter1', ids);
    expect(submitted.errors).toBeUndefined();
    const appealId = (submitted.data?.submitAppeal as { appealId: string }).appealId;
    // The same photos cannot go with a second appeal.
    expect((await submit('voter1', [ids[1]])).errors?.[0].extensions).toMatchObject({ field: 'attachmentIds' });

    const page = `{ appeal(id: "${appealId}") { deputyId attachments { id contentType width height url thumbnailUrl } } }`;
    let appeal: { deputyId: string | null; attachments: Array<{ id: string; url: string }> } | undefined;
    for (let tries = 0; tries < 100 && !appeal; tries++) {
      appeal = (await as('voter1', page)).data?.appeal as typeof appeal;
      if (!appeal) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(appeal?.attachments).toEqual(
      ids.map((id) => ({
        id,
        contentType: 'image/jpeg',
        width: 800,
        height: 600,
        url: `/attachments/${id}`,
        thumbnailUrl: `/attachments/${id}/thumbnail`,
      })),
    );

    // The handling deputy and the region's moderator see them; another deputy, an analyst and another voter do not.
    expect((await as('deputy1', page)).data?.appeal).toMatchObject({ attachments: [{ id: ids[0] }, { id: ids[1] }] });
    expect((await download('deputy1', first.url as string)).status).toBe(200);
    expect((await download('moderator1', second.url as string)).status).toBe(200);
    expect((await download('deputy2', first.url as string)).status).toBe(404);
    expect((await download('voter2', first.url as string)).status).toBe(404);
    expect((await download('analyst1', first.url as string)).status).toBe(403);
    // The thumbnail the pages list: small, for the same people only.
    const thumbnail = await download('deputy1', `/attachments/${ids[0]}/thumbnail`);
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.headers.get('cache-control')).toBe('private, no-store');
    expect(await sharp(thumbnail.bytes).metadata()).toMatchObject({ format: 'jpeg', width: 640, height: 480 });
    expect((await download('deputy2', `/attachments/${ids[0]}/thumbnail`)).status).toBe(404);
    expect((await download('voter2', `/attachments/${ids[0]}/thumbnail`)).status).toBe(404);

    const log = (await as('voter1', '{ myPersonalData { accessLog { readerRole purpose appealId } } }')).data?.myPersonalData as {
      accessLog: Array<{ readerRole: string; purpose: string; appealId: string }>;
    };
    expect(log.accessLog.filter((entry) => entry.purpose === 'appeal photo')).toEqual(
      expect.arrayContaining([
        { readerRole: 'DEPUTY', purpose: 'appeal photo', appealId },
        { readerRole: 'MODERATOR', purpose: 'appeal photo', appealId },
      ]),
    );
    expect(log.accessLog).toContainEqual({ readerRole: 'DEPUTY', purpose: 'appeal photo preview', appealId });

    await as('voter1', 'mutation { eraseMyPersonalData(input: { confirm: true }) { erased } }');
    expect((await download('deputy1', first.url as string)).status).toBe(404);
    expect((await as('deputy1', page)).data?.appeal).toMatchObject({ attachments: [] });
    expect(await sql(`select count(*)::int as n from pii_attachments where subject_id = '5d0f2b1e-0c43-4a57-8a3c-7a1d2c000001'`)).toEqual([
      { n: 0 },
    ]);
    // After erasure nothing new is stored for that voter.
    expect(await upload('voter1', photo, 'image/png')).toEqual({
      status: 409,
      body: { code: 'INVALID_STATE', message: 'You erased your personal data, so photos can no longer be stored for you' },
    });
  });
});
