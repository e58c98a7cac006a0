/** The contract of every chart in this folder: create(el, options) returns this. */
export interface Chart<D> {
  update(data: D): void;
  destroy(): void;
}
