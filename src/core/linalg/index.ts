/**
 * Dense linear algebra for the engine: products and norms, Gaussian sampling, LU and Cholesky
 * solves, eigenvalues (Hessenberg + Francis QR), Householder QR / Haar orthogonal matrices and
 * ridge regression. All on the row-major `Matrix` of ../matrix.ts.
 */
export * from './basic';
export * from './cholesky';
export * from './eigen';
export * from './gaussian';
export * from './lu';
export * from './orthogonal';
export * from './ridge';
