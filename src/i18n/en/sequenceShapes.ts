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
      'Each short frame of sound is labelled as it arrives, one letter per frame (real recognisers also emit blanks and merge repeats).',
  },
  summary:
    '{app} is {shape}: {steps} steps, {nIn} with an input (steps {inSteps}), {nOut} with an output (steps {outSteps}).',
  encoder: 'encoder: reads',
  decoder: 'decoder: writes',
  diagram: 'The unrolled network for {app}, {shape}',
  play: 'Play',
  pause: 'Pause',
  step: 'Step',
  restart: 'Start over',
  flow: 'Data flow',
  progressNone: 'Nothing computed yet: press Play or Step.',
  progress: 'Time step t = {t} (the last is {last}): {reads}, {emits}.',
  reads: 'reads “{x}”',
  readsNothing: 'no input (only the state from the step before)',
  emits: 'emits “{y}”',
  emitsNothing: 'no output',
  done: 'All {steps} steps computed.',
  table: 'Inputs and outputs per step',
  stepColumn: 'Step',
  inputColumn: 'Input',
  outputColumn: 'Output',
  none: '—',
} as const;
