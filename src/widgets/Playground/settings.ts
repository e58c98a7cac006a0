import type { PropsOf } from '../../state/widgetMeta';
import type { playgroundMeta } from './meta';

/** The Playground's props: every setting of a run (see meta.ts). */
export type PlaygroundSettings = PropsOf<typeof playgroundMeta>;
