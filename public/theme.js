// Applies the reader's chosen theme before the page paints (no flash of the other one); the switch is in site.ts.
try {
  var theme = localStorage.getItem('fact-timeline-theme');
  if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
} catch (error) {
  // Storage may be blocked: the page follows the system's colour scheme.
}
