/** Strings of the Playground's "Keep and share" group: weights in a link, a file, this browser. */
export const playgroundKeep = {
  section: 'Keep and share',
  intro:
    'The “Share link” button’s link holds the settings and the seed. These keep the trained weights as well.',
  linkWithWeights: 'Link with the trained weights',
  linkLabel: 'Share link with the trained weights',
  linkExact: 'The link holds the weights of step {step} exactly (float64, {chars} characters).',
  linkRounded:
    'To fit, the link holds the weights of step {step} rounded to float32, about 7 digits ({chars} characters); the file keeps them exactly.',
  linkTooLong:
    'With its weights the link would be {chars} characters, more than the {limit} a link can safely carry. Download the model file instead.',
  linkWithOptimiser:
    'It also holds the optimiser’s state and where the run stands, so training from the link goes on exactly as it would have here.',
  linkWeightsOnly:
    'It restores the weights and the step count only: with the optimiser’s state it would be {chars} characters, more than {limit}, so training from the link starts a fresh optimiser. The model file keeps the whole run.',
  download: 'Download model file',
  loadFile: 'Load model file',
  saveBrowser: 'Save in this browser',
  loadBrowser: 'Restore from this browser',
  saved:
    'Saved in this browser ({kB} kB): the settings, the weights of step {step} and the optimiser’s state.',
  savedWeightsOnly:
    'Saved in this browser ({kB} kB): the settings and the weights of step {step}. With the optimiser’s state it did not fit ({reason}), so a restore starts a fresh optimiser.',
  saveFailed:
    'This browser did not save it ({reason}): its storage is full or blocked. Nothing was lost — the model is still here; download the file instead.',
  readFailed: 'This browser’s storage cannot be read ({reason}).',
  nothingSaved: 'Nothing is saved in this browser yet.',
  fileTooLarge: 'This file is {size} MB; a model file is at most {max} MB.',
  restored:
    'Restored from {source}: the weights after {step} steps, loss {loss} on the evaluation batch (what the Code tool’s programs print first). Training goes on from these weights.',
  optimiserKept:
    'The optimiser’s state and the data stream’s place came too: training goes on exactly as the saved run would have.',
  optimiserNotKept:
    'The optimiser starts fresh: {source} keeps the weights only (saved before optimiser state was kept, or from a run that had none to give).',
  optimiserNotTaken:
    'The optimiser starts fresh: this session cannot take the saved state (the tfjs engines keep theirs on the device; the Kalman filters have no optimiser).',
  sources: { link: 'the link', file: 'the file {name}', storage: 'this browser' },
  refusedConfig: 'This configuration is refused, so it has no weights to keep.',
  file: {
    format: 'This file cannot be read: {message}.',
    noSettings: 'This file holds a model but no Playground settings (another figure saved it).',
    settings: 'The file’s settings are not valid: {message}.',
    mismatch: 'The file’s weights do not fit the model its own settings build.',
  },
  link: {
    tooLong: 'The weights in the link are too long to read ({chars} characters; at most {limit}).',
    malformed:
      'The weights in the link are cut or damaged; the settings were restored without them.',
    version: 'The weights in the link are in a format this page does not read ({version}).',
    otherModel:
      'The weights in the link were made for another model than these settings build; the settings were restored without them.',
    count: 'The link holds {theirs} weights; this model has {ours}. They were not loaded.',
    nonFinite:
      'The link’s weights are not all numbers: {bad} of {total} are NaN or infinite. They were not loaded.',
    nonFiniteState:
      'The link’s optimiser state is not all numbers: {bad} of {total} moments are NaN or infinite. Nothing was loaded.',
  },
};
