/** The embed page's own words: hide/lock messages, the link back, the offline note. */
export const embedRuntime = {
  unknownControl:
    'Ignored “{list}={name}”: this figure has no setting called that. Its settings: {keys}.',
  /** Between two setting names in `{keys}`. */
  keySeparator: ', ',
  openInUnrolled: 'Open in Unrolled',
  openInUnrolledLabel: 'Open this figure, with these settings, in its chapter of Unrolled',
  locked: 'Fixed by the page that embeds this figure',
  offline: 'Available offline: this site is saved in your browser and works without a network.',
} as const;
