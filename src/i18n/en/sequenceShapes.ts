/** Strings of the SequenceShapes widget. */
export const sequenceShapes = {
  application: 'Application',
  apps: {
    languageModel: 'Language model',
    translation: 'Translation',
    sentiment: 'Sentiment of a review',
    captioning: 'Image captioning',
    speech: 'Speech recognition',
  },
  shapes: {
    oneToMany: 'one-to-many',
    manyToOne: 'many-to-one',
    manyToMany: 'many-to-many, one output per input',
    encoderDecoder: 'encoder–decoder (sequence to sequence)',
    unaligned: 'unaligned many-to-many (connectionist temporal classification, CTC)',
  },
  why: {
    languageModel:
      'At every step the network reads a word and predicts the next one, so each output is the next step’s input.',
    translation:
      'The encoder reads the whole sentence first; only then does the decoder write the translation, which need not have the same length.',
    sentiment: 'The network reads the whole review and gives one verdict, at the end.',
    captioning:
      'The picture goes in once, at the first step; then the network writes one word per step.',
    speech:
      'Speech has far more frames than its text has characters, and no one marks where one character ends and the next begins, so no step is told which character to emit. Connectionist temporal classification lets every frame emit a character or a blank; the text is what remains after merging repeats and dropping the blanks (Graves et al. 2006).',
  },
  summary:
    '{app} is {shape}: {steps} steps, {nIn} with an input (steps {inSteps}), {nOut} with an output (steps {outSteps}).',
  summaryUnaligned:
    'Each output is a character or the blank {blank}; collapsed, they leave {labels} characters, fewer than the {steps} frames.',
  collapse:
    'Per frame: {path}. Merge repeats: {merged}. Drop the blanks: {labels} ({n} characters from {frames} frames).',
  collapseWhy:
    'The blank lets a frame emit nothing and keeps a doubled character doubled. Training with CTC adds up the probability of every path that collapses to the right text, so no one has to mark which frame belongs to which character.',
  labelsCaption:
    'Top row: the characters left after merging repeats and dropping the blanks {blank}.',
  encoder: 'encoder: reads',
  decoder: 'decoder: writes',
  diagram: 'The unrolled network for {app}, {shape}',
  progressNone: 'Nothing computed yet: press Play or Step forward.',
  progress: 'Time step t = {t} (the last is {last}): {reads}, {emits}.',
  reads: 'reads “{x}”',
  readsNothing: 'no input (only the state from the step before)',
  emits: 'emits “{y}”',
  emitsNothing: 'no output',
  emitsBlank: 'emits the blank {blank} (no character)',
  done: 'All {steps} steps computed.',
  table: 'Inputs and outputs per step',
  stepColumn: 'Step',
  inputColumn: 'Input',
  outputColumn: 'Output',
  none: '—',
} as const;
