/** The character model of the CharRNN figure: its spec, text preparation, vocabulary cap, running and the pretrained weights. */
export * from './prepareText';
export * from './pretrained';
export * from './run';
export * from './spec';
export * from './stripMarkup';
export * from './vocabularyCap';
