/** Strings of the Embeddings widget. */
export const embeddings = {
  vocabulary:
    'The vocabulary: {n} words of a toy grammar in the spirit of Elman’s (1990) word-order experiment — people, animals, foods, breakable things and verbs of eating, motion, perception and breaking — in sentences such as:',
  categoryNames: {
    person: 'people',
    animal: 'animals',
    food: 'foods',
    thing: 'things',
    eat: 'eating verbs',
    motion: 'motion verbs',
    perceive: 'perception verbs',
    break: 'breaking verbs',
  },
  words: 'Your words (from the vocabulary)',
  unknown: 'Not in the vocabulary: {words}. The figure shows the others. The words are: {all}.',
  tooFew: 'Pick at least two words from the vocabulary to compare.',
  tooMany: 'Only the first {n} words are shown.',
  wordColumn: 'word',
  oneHotTitle: 'One-hot vectors',
  oneHotNote:
    'Each word is a vector of {n} zeros with a single 1 at its own index. Any two different words are orthogonal: their cosine similarity is exactly 0, so “cat” is as unlike “dog” as it is unlike “eats”.',
  oneHotMatrix: 'One-hot vectors of your words (rows) over the vocabulary (columns)',
  similarityOneHot: 'Cosine similarity of the one-hot vectors',
  learnedTitle: 'Learned embeddings',
  learnedNote:
    'A simple RNN (Elman 1990) with {h} hidden units reads the corpus one word at a time and learns to predict the next word. U times a one-hot vector picks out one column of U, so column j of U is word j’s learned embedding: {h} numbers instead of {n}.',
  training: 'Training: {step} of {total} updates, loss {loss} nats per word',
  trained:
    'Trained: {total} updates, loss {loss} nats per word (a perfect guesser of this grammar still pays about 1.9, since the next word is random within its role)',
  progress: 'Training progress',
  trainAgain: 'Train again',
  scatterTitle:
    'All {n} embeddings projected onto their first two principal components ({pct} of the variance)',
  scatterLabel: 'Scatter plot of the learned word embeddings',
  similarityLearned: 'Cosine similarity of the learned embeddings, words grouped by role',
  cellReadout: 'similarity(“{a}”, “{b}”) = {v}',
  heatmapHint: 'Point at a cell, or focus the matrix and use the arrow keys, to read a value.',
  groupStats:
    'Mean cosine similarity between different words of the same role: {within}; of different roles: {between}.',
  groupStatsOneHot: 'One-hot: {within} within roles, {between} between them.',
  neighbours: 'Nearest neighbours (learned)',
  neighboursOf: '{word}: {list}',
  tableSummary: 'The similarity matrix as a table',
  diverged: 'Training stopped: {message}',
  failed: 'Training failed: {message}',
} as const;
