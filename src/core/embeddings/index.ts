/** Word embeddings: a small grammar to learn from, similarity, and PCA to draw them. */
export * from './pca';
export * from './similarity';
export * from './wordGrammar';
