import { describe, expect, it } from 'vitest';
import { heightMessages, wordpressSecret } from './frameHeight';

describe('the height messages a frame posts', () => {
  it('reads the secret WordPress appends to an embedded address, letters and digits only', () => {
    expect(wordpressSecret('#?secret=a1B2c3D4e5')).toBe('a1B2c3D4e5');
    expect(wordpressSecret('#?x=1&secret=abc&y=2')).toBe('abc');
    expect(wordpressSecret('')).toBeNull();
    expect(wordpressSecret('#secret=abc')).toBeNull();
    expect(wordpressSecret('#?secret=ab"c')).toBeNull();
  });

  it("posts the generic form and Canvas's, and WordPress's only with a secret", () => {
    expect(heightMessages(612, 'Unroll', null)).toEqual([
      { type: 'unrolled:height', height: 612, widget: 'Unroll' },
      { subject: 'lti.frameResize', height: 612 },
    ]);
    expect(heightMessages(612, 'Unroll', 'abc')[2]).toEqual({
      message: 'height',
      value: 612,
      secret: 'abc',
    });
  });
});
