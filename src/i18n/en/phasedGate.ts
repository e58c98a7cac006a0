/** Strings of the PhasedGate widget. */
export const phasedGate = {
  picture: 'The time gate and a clockwork module of the same period',
  xLabel: 'time t (steps)',
  yLabel: 'gate kₜ',
  gateLabel: 'Time gate kₜ',
  note: 'Shaded: the gate’s open phase. Dots: kₜ at whole steps. Squares: the clockwork module with period T = τ, filled (■) where it runs, open (□) where it holds.',
  clockLabel: 'Clockwork, T = {T}: ■ runs, □ holds',
  period: 'Period τ',
  shift: 'Shift ψ (the paper’s s)',
  openRatio: 'Open ratio r_on',
  leak: 'Leak α (training)',
  leakNote:
    'The authors’ code uses α = 0.001 during training and α = 0 at test time; the slider goes higher so that the leak can be seen.',
  summary:
    'In one period of τ = {T} steps the gate is open for r_on·τ = {open} steps: of the whole steps t = 0 … {last} it is above zero at {openSteps} ({openList}) and fully open (k = 1) at {fullSteps}. The clockwork module runs at {ticks} of them (t = {tickList}) and holds at the others.',
  none: 'none',
  contrast:
    'Where kₜ = 0 a unit keeps its state exactly, as a clockwork module does between ticks; where 0 < kₜ < 1 it takes part of the update, which no clockwork module does. τ, ψ and r_on are learned per unit, and t may be any real time stamp.',
  table: 'The gate at the whole steps of the first period',
  step: 't',
  phase: 'φₜ',
  piece: 'Phase',
  gate: 'kₜ',
  clock: 'Clockwork, T = {T}',
  opening: 'opening',
  closing: 'closing',
  closed: 'closed',
  runs: 'runs',
  holds: 'holds',
} as const;
