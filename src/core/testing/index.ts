/** Helpers for tests and checks: finite-difference gradient checks and random samples. */
export * from './gradcheck';
export * from './randomSample';
