/** Chapter 5's hand-written code: the character-level SRN, the gradient check, and one step of a GRU and an LSTM. Shown in the chapter region by region. */
export * from './batching';
export * from './gates';
export * from './gradCheck';
export * from './gruByHand';
export * from './lstmByHand';
export * from './minCharRnn';
export * from './minCharRnnStep';
