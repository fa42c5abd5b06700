import { appealIdFor } from './appeal-id';

describe('the id of a submitted appeal', () => {
  it('is the same for a repeat of the submission, so the retry lands on the same appeal', () => {
    // Pinned: a change would give every retry in flight during a deploy a second appeal.
    expect(appealIdFor('voter-1', 'submit-1')).toBe('dafb6e12-c2d9-5ce9-9731-c287c28b3a77');
    expect(appealIdFor('voter-1', 'submit-1')).toBe(appealIdFor('voter-1', 'submit-1'));
  });

  it('depends on the author, so nobody else’s command id leads to their appeal', () => {
    expect(appealIdFor('voter-2', 'submit-1')).not.toBe(appealIdFor('voter-1', 'submit-1'));
  });

  it('is a version-5 UUID', () => {
    for (const commandId of ['a', 'b', 'c', 'd', 'e']) {
      expect(appealIdFor('voter-1', commandId)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });
});
