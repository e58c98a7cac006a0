// The figure kit: the parts every figure is built from (DESIGN.md section 7).
export { FigureLayout, type FigureLayoutProps } from './FigureLayout';
export { StepControls, type StepControl, type StepControlsProps } from './StepControls';
export { SeedButton, nextSeed, type SeedButtonProps } from './SeedButton';
export { PresetRow, matchingPreset, type PresetRowProps } from './PresetRow';
export {
  LegendKeys,
  type LegendKey,
  type LegendKeysProps,
  type LegendMarker,
  type LegendPattern,
} from './LegendKeys';
export {
  NumbersTable,
  type NumbersCell,
  type NumbersColumn,
  type NumbersTableProps,
} from './NumbersTable';
export { PlayPause, type PlayPauseProps } from './PlayPause';
export { MoreSettings, type MoreSettingsProps } from './MoreSettings';
export { useScrollsSideways } from './useScrollsSideways';
export { ChoiceRow, type ChoiceRowProps } from './ChoiceRow';
export { SliderTable, type SliderRow, type SliderTableProps } from './SliderTable';
export { JobSettings, type JobSettingsProps, type NumberKey } from './JobSettings';
export { JobRunBar, type JobRunBarProps } from './JobRunBar';
export {
  ControlRulesContext,
  PropControl,
  useControlMode,
  type ControlMode,
  type ControlRules,
} from './controlRules';
