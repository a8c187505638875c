// Shared by the config.js of Tasklist, Cockpit, Admin and the welcome page.
// Vietnamese for everyone by default, whatever the browser's language. English stays available:
// open any app once with ?lang=en (and ?lang=vi to come back); the choice is kept in this browser.
export function chosenLocales() {
  var requested = new URLSearchParams(window.location.search).get('lang');
  if (requested === 'en' || requested === 'vi') {
    window.localStorage.setItem('noivu-lang', requested);
  }
  return window.localStorage.getItem('noivu-lang') === 'en'
    ? {availableLocales: ['en', 'vi'], fallbackLocale: 'en'}
    : {availableLocales: ['vi'], fallbackLocale: 'vi'};
}
