/** Where the reader's theme choice is kept in localStorage: written by the switch (site.ts), read by theme.js. */
export const THEME_KEY = 'fact-timeline-theme';
