export interface RgbImage {
  readonly width: number;
  readonly height: number;
  /** Row-major, three bytes (R, G, B) per pixel. */
  readonly rgb: Uint8Array;
}
export declare function decodePng(bytes: Uint8Array): RgbImage;
export declare function downscale(image: RgbImage, maxWidth: number): RgbImage;
export declare function forwardDct(block: Float64Array): Float64Array;
export declare function encodeJpeg(image: RgbImage, quality?: number): Buffer;
export declare function pngThumbnail(
  png: Uint8Array,
  maxWidth: number,
  quality: number,
): { width: number; height: number; jpeg: Buffer };
