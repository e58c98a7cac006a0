/** What every training figure says while it waits for the reader (src/widgets/training). */
export const training = {
  heldTab: 'Paused while the tab is hidden.',
  heldScreen: 'Paused while the figure is off screen.',
};
