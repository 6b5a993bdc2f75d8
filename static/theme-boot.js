// Applies the reader's stored theme (light or dark) before the first paint, so a page does not
// flash the system theme while the app loads. Loaded synchronously in <head>, as an external
// file because the Content-Security-Policy allows no inline script. The theme toggle
// (src/components/theme_toggle.rs) owns the choice from then on; the key must match its
// THEME_KEY.
try {
  var theme = window.localStorage.getItem("counterpoint-theme");
  if (theme === "dark" || theme === "light") {
    document.documentElement.setAttribute("data-theme", theme);
  }
} catch (e) {
  // Storage blocked (privacy settings): the page follows the system theme.
}
