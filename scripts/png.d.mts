export interface RgbImage {
  readonly width: number;
  readonly height: number;
  /** Row-major, three bytes (R, G, B) per pixel. */
  readonly rgb: Uint8Array;
}
export declare function decodePng(bytes: Uint8Array): RgbImage;
