/** Training: BPTT with truncation and clipping, RTRL, the (extended) Kalman filter, and the optimisers. */
export * from './clip';
export * from './ekf';
export * from './kalman';
export * from './optimisers';
export * from './refusal';
export * from './rtrl';
export * from './tbptt';
export * from './trainer';
