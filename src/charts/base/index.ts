// The chart base: one frame, shared scales and axes, and the marks every chart is drawn with.
export { appendArrowMarker } from './arrowMarker';
export { divergingColour, textColourOn } from './colour';
export { appendAxes, appendAxisTitles, drawAxes, type AxesLayers, type AxisTicks } from './axes';
export { minus, plainTick, powerOfTen, tickLabel } from './format';
export {
  createFrame,
  fitWidth,
  NO_MARGIN,
  resizeSvg,
  type Frame,
  type FrameOptions,
  type Layer,
  type Margins,
  type Svg,
  type WidthFit,
} from './frame';
export { appendHatchPattern } from './hatchPattern';
export { uniqueId } from './ids';
export { redrawOnResize } from './redrawOnResize';
export {
  drawReference,
  drawRowAxis,
  joinRows,
  rowFrames,
  type RowFrame,
  type RowFrameOptions,
} from './rowChart';
export { areaPath } from './marks/area';
export { dots, shapePath, type DotShape } from './marks/dot';
export {
  appendMark,
  joinMarks,
  setChanged,
  setTextChanged,
  type Channel,
  type Parent,
} from './marks/join';
export { linePath } from './marks/line';
export { bars, rects } from './marks/rect';
export { ruleX, ruleY } from './marks/rule';
export { textMarks } from './marks/text';
export {
  decadeExtent,
  decadeTicks,
  drawable,
  extentOf,
  safeExtent,
  scaleOf,
  ticksOf,
  type Scale,
  type ScaleKind,
} from './scales';
