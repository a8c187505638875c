// Tasklist 7.24 enables "Hoàn thành" only while the form-js state has no error keys. Editing a row of a
// dynamiclist leaves an empty entry behind ({votes: []}: form-js clears the row's error with a nested set), so the
// button stayed disabled until "Lưu" re-validated everything. This drops entries that hold no message before the
// state reaches the Tasklist; completion still validates the whole form (and the server validates again).
// The form-js Form class is taken from the webapp's own webpack bundle (module 57661 of 7.24); if a later
// webapp moves it, nothing is patched and the browser test that edits a council vote fails.
const FORM_MODULE = 57661;

function holdsMessage(value) {
  if (typeof value === 'string') {
    return value.length > 0;
  }
  if (value && typeof value === 'object') {
    return Object.keys(value).some(key => holdsMessage(value[key]));
  }
  return false;
}

function withoutEmptyEntries(errors) {
  const kept = {};
  for (const key of Object.keys(errors)) {
    if (holdsMessage(errors[key])) {
      kept[key] = errors[key];
    }
  }
  return kept;
}

(self.webpackChunkcamunda_bpm_webapp = self.webpackChunkcamunda_bpm_webapp || []).push([['noivu-form-list-errors'], {},
  require => {
    let Form;
    try {
      Form = require(FORM_MODULE).Form;
    } catch (e) {
      return;
    }
    const proto = Form && Form.prototype;
    if (!proto || typeof proto._setState !== 'function' || proto._setState.noivuPatched) {
      return;
    }
    const setState = proto._setState;
    proto._setState = function (state) {
      if (state && state.errors && typeof state.errors === 'object') {
        state = {...state, errors: withoutEmptyEntries(state.errors)};
      }
      return setState.call(this, state);
    };
    proto._setState.noivuPatched = true;
  }]);
