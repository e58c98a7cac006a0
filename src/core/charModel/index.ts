/** The character model of the CharRNN figure: its spec, text preparation, vocabulary cap, running, scoring a whole text and the pretrained weights. */
export * from './modelFile';
export * from './prepareText';
export * from './pretrained';
export * from './run';
export * from './spec';
export * from './stripMarkup';
export * from './textScore';
export * from './vocabularyCap';
export * from './weightsView';
