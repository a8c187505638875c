// What the Tasklist shows a clerk, beyond Camunda's own configuration (loaded through config.js customScripts):
// tasks sorted by due date unless the user picks another order, the number of tasks on every filter, the
// due-date controls only for administrators (the engine refuses the change to everyone else anyway), and a
// useful message when a form is submitted with fields still wrong.
const ENGINE = '/camunda/api/engine/engine/default';
const DUE_DATE_FIRST = JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]);
const COMPLETE_ERROR = 'Đã xảy ra lỗi khi gửi biểu mẫu công việc';

// The Tasklist writes its own default (newest first) into the address of a link to a task (#/?task=…), so that
// default is replaced too, unless the user picked an order in this session (then the address is theirs).
const CREATED_FIRST = JSON.stringify([{sortBy: 'created', sortOrder: 'desc'}]);
const SORTING_CHOSEN = 'noivu-sorting-chosen';

function sortByDueDate() {
  const hash = window.location.hash;
  if (!hash.startsWith('#/') || hash.startsWith('#/login')) {
    return;
  }
  const sorting = /([?&])sorting=([^&]*)/.exec(hash);
  if (!sorting) {
    const separator = hash.includes('?') ? '&' : '?';
    window.location.replace(hash + separator + 'sorting=' + encodeURIComponent(DUE_DATE_FIRST));
  } else if (!window.sessionStorage.getItem(SORTING_CHOSEN) && safeDecode(sorting[2]) === CREATED_FIRST) {
    window.location.replace(hash.replace(sorting[0], sorting[1] + 'sorting=' + encodeURIComponent(DUE_DATE_FIRST)));
  }
}

function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch (e) {
    return text;
  }
}

document.addEventListener('click', event => {
  if (event.target.closest && event.target.closest('[cam-sorting-choices]')) {
    window.sessionStorage.setItem(SORTING_CHOSEN, 'true');
  }
}, true);

async function getJson(path) {
  const response = await fetch(path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  return response.ok ? response.json() : null;
}

// Signed in only: the login page's own redirects are left alone.
async function onRoute() {
  const user = await getJson('/camunda/api/admin/auth/user/default');
  const admin = !!(user && user.authorizedApps && user.authorizedApps.includes('admin'));
  document.body.classList.toggle('noivu-admin', admin);
  if (user && user.userId) {
    sortByDueDate();
    refreshCountsSoon();
  }
}

async function showFilterCounts() {
  const items = document.querySelectorAll('.task-filters .task-filter h4.name a');
  if (!items.length) {
    return;
  }
  const filters = await getJson(ENGINE + '/filter?resourceType=Task&itemCount=true');
  if (!filters) {
    return;
  }
  const counts = new Map(filters.map(filter => [filter.name, filter.itemCount]));
  for (const link of items) {
    let badge = link.querySelector('.noivu-count');
    const name = [...link.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.nodeValue).join('').trim();
    if (!counts.has(name)) {
      continue;
    }
    if (!badge) {
      badge = document.createElement('span');
      badge.className = 'noivu-count';
      link.appendChild(badge);
    }
    badge.textContent = '(' + counts.get(name) + ')';
  }
}

// The Tasklist heads every failed completion with the same words; the header says which kind it is and, when fields
// of the form are wrong, the line under it names them (otherwise it is the server's own Vietnamese message).
function explainFormErrors(root) {
  const alerts = root.querySelectorAll ? root.querySelectorAll('.notifications .alert, .page-notifications .alert') : [];
  const wrong = document.querySelectorAll('.task-details .fjs-form-field-error');
  for (const alert of alerts) {
    if (!alert.textContent.includes(COMPLETE_ERROR) || alert.dataset.noivuExplained) {
      continue;
    }
    const status = alert.querySelector('.status');
    const message = alert.querySelector('.message') || alert;
    if (wrong.length) {
      const labels = [...wrong].map(error => {
        const field = error.closest('.fjs-form-field');
        const label = field && field.querySelector('label');
        return label ? label.textContent.replace('*', '').trim() : null;
      }).filter(Boolean);
      if (status) {
        status.textContent = 'Biểu mẫu chưa đầy đủ';
      }
      message.textContent = 'Chưa gửi được: biểu mẫu còn ' + wrong.length + ' ô chưa điền hoặc chưa hợp lệ'
          + (labels.length ? ' (' + labels.join('; ') + ')' : '') + '. Hãy sửa các ô được đánh dấu đỏ rồi gửi lại.';
    } else if (status) {
      status.textContent = 'Chưa hoàn thành được công việc';
    }
    alert.dataset.noivuExplained = 'true';
  }
}

let countsPending = null;
function refreshCountsSoon() {
  if (countsPending === null) {
    countsPending = setTimeout(() => {
      countsPending = null;
      showFilterCounts().catch(() => {});
    }, 300);
  }
}

window.addEventListener('hashchange', () => onRoute().catch(() => {}));
onRoute().catch(() => {});
setInterval(refreshCountsSoon, 20000);
new MutationObserver(mutations => {
  for (const mutation of mutations) {
    const target = mutation.target;
    // The list of a filter changes when a task is claimed, completed or added: the counts follow at once.
    if (target.closest && (target.closest('.task-filters') || target.closest('.tasks-list'))
        && !target.closest('.noivu-count')) {
      refreshCountsSoon();
    }
    if (target.closest && (target.closest('.notifications') || target.closest('.page-notifications'))) {
      explainFormErrors(document);
    }
  }
}).observe(document.body, {childList: true, subtree: true});
