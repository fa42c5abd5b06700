import { screenFiles, uploadProblem } from './photo-upload';

const rules = { maxPhotos: 3, maxPhotoBytes: 1000, photoTypes: ['image/jpeg', 'image/png', 'image/webp'] };
const file = (name: string, type: string, size: number): File => new File([new Uint8Array(size)], name, { type });

describe('screenFiles', () => {
  it('takes photos of an accepted type and size until the limit, and says why it left each other one out', () => {
    const { accepted, rejected } = screenFiles(
      [file('a.jpg', 'image/jpeg', 10), file('b.heic', 'image/heic', 10), file('c.png', 'image/png', 1001), file('d.webp', 'image/webp', 1000), file('e.jpg', 'image/jpeg', 5)],
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

  it('takes nothing once the appeal has all its photos', () => {
    expect(screenFiles([file('a.jpg', 'image/jpeg', 1)], 3, rules)).toEqual({ accepted: [], rejected: [{ name: 'a.jpg', problem: 'TOO_MANY' }] });
  });
});

describe('uploadProblem', () => {
  it.each([
    [413, { code: 'BAD_USER_INPUT', field: 'file' }, 'TOO_LARGE'],
    [400, { code: 'BAD_USER_INPUT', field: 'file' }, 'UNREADABLE'],
    [429, { code: 'RATE_LIMITED' }, 'TOO_MANY_UNSENT'],
    [401, { code: 'UNAUTHENTICATED' }, 'SIGNED_OUT'],
    [409, { code: 'INVALID_STATE' }, 'ERASED'],
    [502, null, 'NETWORK'],
    [500, { code: 'INTERNAL_SERVER_ERROR' }, 'UNKNOWN'],
  ])('status %i with %j is %s', (status, body, problem) => {
    expect(uploadProblem(status, body)).toBe(problem);
  });
});
