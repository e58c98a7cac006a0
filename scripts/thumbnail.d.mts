import type { RgbImage } from './png.mjs';

export declare function downscale(image: RgbImage, maxWidth: number): RgbImage;
export declare function pngThumbnail(
  png: Uint8Array,
  maxWidth: number,
  quality: number,
): { width: number; height: number; jpeg: Buffer };
