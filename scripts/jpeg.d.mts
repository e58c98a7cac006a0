import type { RgbImage } from './png.mjs';

export declare function forwardDct(block: Float64Array): Float64Array;
export declare function encodeJpeg(image: RgbImage, quality?: number): Buffer;
