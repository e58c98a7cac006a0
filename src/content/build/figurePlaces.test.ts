import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { figurePlacesIn } from './figurePlaces';

describe('figurePlacesIn', () => {
  it('gives each widget its first place with the id the build gives it, code not counted', () => {
    const mdx = [
      '<Unroll caption="a" />',
      '```tsx',
      '<Cliff />',
      '```',
      'Text `<Cliff />` inline. <Cite id="x" />',
      '<Cliff id="surface" steps={3} />',
      '<Unroll caption="b" />',
      '<Planned widget="MinCharRNN">soon</Planned>',
      '<Latch caption="c" />',
    ].join('\n');
    const places = figurePlacesIn(mdx, '02-training');
    expect(Object.fromEntries(places)).toEqual({
      Unroll: { slug: '02-training', id: 'Unroll-1' },
      Cliff: { slug: '02-training', id: 'surface' },
      Latch: { slug: '02-training', id: 'Latch-1' },
    });
  });

  it('finds PhasedGate in chapter 4 as PhasedGate-1, as the page numbers it', () => {
    const file = path.resolve(__dirname, '../../../content/en/04-clockwork.mdx');
    const place = figurePlacesIn(readFileSync(file, 'utf8'), '04-clockwork').get('PhasedGate');
    expect(place).toEqual({ slug: '04-clockwork', id: 'PhasedGate-1' });
  });
});
