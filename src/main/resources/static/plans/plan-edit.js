/*
 * Sửa kế hoạch (phương án) đã bị lãnh đạo trả lại (noivu-bpm): what the two plan pages share.
 * A page calls PlanEdit.run({...}) with the procedure's endpoints, how to draw its fields and how to read them back.
 * The page uses the webapp login session; a change (PUT) sends the webapp's CSRF token (header X-XSRF-TOKEN),
 * which /api hands out to a signed-in GET that asks for it with "X-XSRF-TOKEN: Fetch" (the webapp's cookie
 * holding it is only visible under /camunda).
 * document.body.dataset.state: 'loading', 'ready' (editable), 'saved', 'error' (a message is shown).
 */
(function () {
  'use strict';

  const LOGIN_URL = '/camunda/app/tasklist/default/#/login';
  const TASKLIST_URL = '/camunda/app/tasklist/default/#/';
  // Who is signed in (401 when nobody is); asked with "X-XSRF-TOKEN: Fetch", it also hands out the session's token.
  const SESSION_URL = '/api/platform/me';
  const ENGINE_URL = '/camunda/api/engine/engine/default';
  const REVISE_TASK = 'revisePlan';
  const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

  let csrfToken = null;

  /* ---------- DOM (data always goes in as text, never as HTML) ---------- */

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'text') node.textContent = value;
      else if (key === 'class') node.className = value;
      else if (key === 'value') node.value = value;
      else if (key === 'dataset') Object.assign(node.dataset, value);
      else if (key.startsWith('on')) node.addEventListener(key.substring(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of [].concat(children || []).flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  let fieldSeq = 0;

  /** A labelled field; {@code name} is the field's path in the request body, as the server names it in a 400. */
  function field(label, input, name, hint) {
    input.id = input.id || 'f' + (++fieldSeq);
    if (name) input.dataset.field = name;
    return el('div', { class: 'field' }, [el('label', { for: input.id, text: label }), input,
      hint ? el('small', { class: 'hint', text: hint }) : null]);
  }

  function text(value, attrs) {
    return el('input', Object.assign({ type: 'text', value: value == null ? '' : value }, attrs || {}));
  }

  function number(value, attrs) {
    return el('input', Object.assign({ type: 'number', step: '1', inputmode: 'numeric',
      value: value == null ? '' : String(value) }, attrs || {}));
  }

  /** A list of codes shown in words; a current code the list does not know stays, shown as it is. */
  function select(options, value, words) {
    const node = el('select');
    node.append(el('option', { value: '', text: '— Chọn —' }));
    const known = options.some(o => o.code === value);
    if (value && !known) node.append(el('option', { value: value, text: value }));
    for (const o of options) node.append(el('option', { value: o.code, text: words ? words(o.label) : o.label }));
    node.value = value || '';
    return node;
  }

  /** A date input with the date repeated as dd/MM/yyyy (the input itself follows the browser's language). */
  function date(value) {
    const input = el('input', { type: 'date', value: value || '' });
    const shown = el('output', { class: 'date-text' });
    const update = () => { shown.textContent = formatDate(input.value); };
    input.addEventListener('input', update);
    input.addEventListener('change', update);
    update();
    input.dateText = shown;
    return input;
  }

  function dateField(label, value, name) {
    const input = date(value);
    const wrap = field(label, input, name);
    wrap.append(input.dateText);
    return wrap;
  }

  function formatDate(iso) {
    const m = ISO_DATE.exec(String(iso || ''));
    return m ? m[3] + '/' + m[2] + '/' + m[1] : '';
  }

  /** Sentence words ("công chức") as a list shows them ("Công chức"). */
  function capitalized(words) {
    return words ? words.charAt(0).toUpperCase() + words.slice(1) : words;
  }

  /* ---------- values read back for the request ---------- */

  function valueOf(input) {
    const v = input.value.trim();
    return v === '' ? null : v;
  }

  /** An integer as a number; anything else as typed, so the server names the field and what it accepts. */
  function integerOf(input) {
    const v = input.value.trim();
    if (v === '') return null;
    return /^-?\d+$/.test(v) ? Number(v) : v;
  }

  /* ---------- server calls ---------- */

  async function call(method, url, body) {
    // X-Requested-With: a 401 comes without a password dialog, and the page shows its login link instead.
    const headers = { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && csrfToken) headers['X-XSRF-TOKEN'] = csrfToken;
    const response = await fetch(url, {
      method: method, credentials: 'same-origin', headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    const raw = await response.text();
    let json = null;
    try { json = raw ? JSON.parse(raw) : null; } catch (e) { json = null; }
    return { status: response.status, body: json };
  }

  /** Who is signed in to the webapp, and the session's CSRF token; null when nobody is. */
  async function session() {
    const response = await fetch(SESSION_URL, {
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest', 'X-XSRF-TOKEN': 'Fetch' }
    });
    if (!response.ok) return null;
    csrfToken = response.headers.get('X-XSRF-TOKEN') || csrfToken;
    const user = await response.json();
    return user && user.userId ? user : null;
  }

  /** The round's open revise task, if the plan is returned now (the Tasklist's own engine API, as the user). */
  async function reviseTask(processInstanceId) {
    if (!processInstanceId) return null;
    const found = await call('GET', ENGINE_URL + '/task?processInstanceId=' + encodeURIComponent(processInstanceId)
      + '&taskDefinitionKey=' + REVISE_TASK);
    const task = found.status === 200 && Array.isArray(found.body) && found.body.length ? found.body[0] : null;
    if (!task) return null;
    const comment = await call('GET', ENGINE_URL + '/task/' + encodeURIComponent(task.id) + '/variables/comment');
    return { id: task.id, name: task.name, comment: comment.status === 200 && comment.body ? comment.body.value : null };
  }

  /* ---------- messages ---------- */

  const page = {};

  function setState(state) {
    document.body.dataset.state = state;
    if (page.save) page.save.disabled = state === 'loading';
  }

  function message(kind, children) {
    page.status.replaceChildren(el('div', { class: 'message message--' + kind, role: kind === 'error' ? 'alert' : 'status' },
      children));
    page.status.scrollIntoView({ block: 'nearest' });
  }

  function loginMessage() {
    message('error', [el('strong', { text: 'Phiên đăng nhập đã hết hoặc chưa đăng nhập. ' }),
      el('a', { href: LOGIN_URL, text: 'Đăng nhập' }),
      ' rồi mở lại trang này từ việc "Chỉnh sửa kế hoạch theo ý kiến lãnh đạo" trong danh sách công việc.']);
    setState('error');
  }

  function clearFieldErrors() {
    page.form.querySelectorAll('.field-error').forEach(n => n.remove());
    page.form.querySelectorAll('[aria-invalid]').forEach(n => n.removeAttribute('aria-invalid'));
  }

  /** The input a field path names: "positions[0].majors[2]" falls back to "positions[0].majors", then "positions[0]". */
  function inputFor(path) {
    let name = path;
    while (name) {
      const found = page.form.querySelector('[data-field="' + CSS.escape(name) + '"]');
      if (found) return found;
      const cut = Math.max(name.lastIndexOf('.'), name.lastIndexOf('['));
      name = cut > 0 ? name.substring(0, cut) : '';
    }
    return null;
  }

  /** Each message next to the field it names; the ones without a field in the general box. */
  function showFieldErrors(body) {
    const unplaced = [];
    let first = null;
    for (const f of (body && body.fields) || []) {
      const input = f.field ? inputFor(f.field) : null;
      if (!input) { unplaced.push(f.message); continue; }
      input.setAttribute('aria-invalid', 'true');
      const note = el('p', { class: 'field-error', role: 'alert', text: f.message, dataset: { for: f.field } });
      input.closest('.field, .group').append(note);
      first = first || input;
    }
    message('error', [el('strong', { text: 'Chưa lưu được: ' }), (body && body.message) || 'Dữ liệu không hợp lệ.',
      unplaced.length ? el('ul', {}, unplaced.map(m => el('li', { text: m }))) : null,
      first ? ' Xem thông báo ngay dưới ô cần sửa.' : null]);
    if (first) {
      first.scrollIntoView({ block: 'center' });
      first.focus();
    }
  }

  function taskLink(task, words) {
    return el('a', { id: 'task-link', href: TASKLIST_URL + '?task=' + encodeURIComponent(task.id), text: words });
  }

  /* ---------- the page ---------- */

  /**
   * config: roundUrl(code), optionsUrl, planName ("kế hoạch" / "phương án"), render(form, round, options),
   * collect() -> request body, saved(responseBody) -> extra nodes for the success message.
   */
  async function run(config) {
    page.form = document.getElementById('plan');
    page.status = document.getElementById('status');
    page.save = document.getElementById('save');
    page.heading = document.getElementById('round-heading');
    setState('loading');
    const code = new URLSearchParams(location.search).get('round');
    if (!code) {
      message('error', 'Địa chỉ trang thiếu mã kỳ (…?round=MÃ-KỲ). Hãy mở trang từ liên kết trong việc '
        + '"Chỉnh sửa ' + config.planName + ' theo ý kiến lãnh đạo".');
      setState('error');
      return;
    }
    let task = null;
    try {
      if (!await session()) { loginMessage(); return; }
      const [round, options] = await Promise.all([call('GET', config.roundUrl(code)), call('GET', config.optionsUrl)]);
      for (const r of [round, options]) {
        if (r.status === 401) { loginMessage(); return; }
        if (r.status !== 200) {
          message('error', (r.body && r.body.message) || 'Không tải được ' + config.planName + ' (mã lỗi ' + r.status + ').');
          setState('error');
          return;
        }
      }
      page.heading.textContent = round.body.title + ' (mã ' + round.body.code + ')';
      config.render(page.form, round.body, options.body);
      task = await reviseTask(round.body.processInstanceId);
      if (task) {
        message('info', [el('strong', { text: 'Lãnh đạo đã trả lại ' + config.planName + '. ' }),
          task.comment ? ['Ý kiến: ', el('q', { id: 'head-comment', text: task.comment }), ' '] : null,
          'Sửa các ô dưới đây rồi bấm "Lưu ' + config.planName + '".']);
      } else {
        message('warning', [el('strong', { text: 'Kỳ này hiện không ở bước chỉnh sửa ' + config.planName + '. ' }),
          'Chỉ sửa được ' + config.planName + ' khi lãnh đạo đã trả lại; lúc này máy chủ sẽ không nhận thay đổi.']);
      }
      page.form.hidden = false;
      setState('ready');
    } catch (e) {
      console.error(e);
      message('error', 'Không kết nối được tới máy chủ. Vui lòng kiểm tra kết nối mạng rồi tải lại trang.');
      setState('error');
      return;
    }

    page.form.addEventListener('submit', async function (event) {
      event.preventDefault();
      clearFieldErrors();
      setState('loading');
      message('info', 'Đang lưu ' + config.planName + '…');
      let result;
      try {
        result = await call('PUT', config.roundUrl(code), config.collect());
        if (result.status === 403 && result.body && result.body.error === 'csrf_token_missing' && await session()) {
          result = await call('PUT', config.roundUrl(code), config.collect()); // the session's token changed
        }
      } catch (e) {
        message('error', 'Không kết nối được tới máy chủ; ' + config.planName + ' chưa được lưu. Vui lòng thử lại.');
        setState('error');
        return;
      }
      if (result.status === 200) {
        message('success', [el('strong', { text: 'Đã lưu ' + config.planName + '. ' }),
          config.saved(result.body),
          task ? ['Tiếp theo: ', taskLink(task, 'quay lại việc "' + task.name + '"'),
            ', ghi nội dung đã chỉnh sửa và bấm "Hoàn thành" để trình lại lãnh đạo.']
            : el('a', { id: 'task-link', href: TASKLIST_URL, text: 'Về danh sách công việc' })]);
        setState('saved');
      } else if (result.status === 400) {
        showFieldErrors(result.body);
        setState('error');
      } else if (result.status === 409) {
        message('error', [el('strong', { text: config.planName.charAt(0).toUpperCase() + config.planName.slice(1)
          + ' không ở bước chỉnh sửa theo ý kiến lãnh đạo, nên chưa được lưu. ' }),
          (result.body && result.body.message) || '',
          ' ', el('a', { href: TASKLIST_URL, text: 'Về danh sách công việc' })]);
        setState('error');
      } else if (result.status === 401) {
        loginMessage();
      } else {
        message('error', [(result.body && result.body.message) || 'Máy chủ không lưu được ' + config.planName
          + ' (mã lỗi ' + result.status + ').']);
        setState('error');
      }
    });
  }

  window.PlanEdit = { el, field, text, number, select, dateField, capitalized, valueOf, integerOf, run };
})();
