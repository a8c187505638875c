/*
 * Báo cáo xử lý công việc đúng hạn (noivu-bpm).
 * Calls GET /api/reports/on-time?from=yyyy-MM-dd&to=yyyy-MM-dd and draws, per procedure,
 * summary figures, a stacked Chart.js bar chart per month, a table of steps and a table of units.
 * document.body.dataset.state: 'loading' while fetching, 'ready' when rendered, 'error' on an error message.
 */
(function () {
  'use strict';

  const API_URL = '/api/reports/on-time';
  const CSV_URL = '/api/reports/on-time.csv';
  const XLSX_URL = '/api/reports/on-time.xlsx';
  const LOGIN_URL = '/camunda/app/tasklist/default/#/login';
  const TIME_ZONE = 'Asia/Ho_Chi_Minh';
  const DASH = '—';

  const form = document.getElementById('filter');
  const fromInput = document.getElementById('from');
  const toInput = document.getElementById('to');
  const showButton = document.getElementById('show');
  const csvLink = document.getElementById('export-csv');
  const xlsxLink = document.getElementById('export-xlsx');
  const fromText = document.getElementById('from-text');
  const toText = document.getElementById('to-text');
  const statusBox = document.getElementById('status');
  const report = document.getElementById('report');

  let requestSeq = 0;
  let currentAbort = null;

  /* ---------- dates ---------- */

  const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

  function todayIso() {
    try {
      // en-CA formats as yyyy-MM-dd.
      const s = new Intl.DateTimeFormat('en-CA', {
        timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit'
      }).format(new Date());
      if (ISO_DATE.test(s)) return s;
    } catch (e) { /* fall back to the browser's local date */ }
    const d = new Date();
    return d.getFullYear() + '-' + pad2(d.getMonth() + 1) + '-' + pad2(d.getDate());
  }

  function pad2(n) { return String(n).padStart(2, '0'); }

  /** "2026-03-05" -> "05/03/2026" */
  function formatDate(iso) {
    const m = ISO_DATE.exec(String(iso || ''));
    return m ? m[3] + '/' + m[2] + '/' + m[1] : (iso ? String(iso) : DASH);
  }

  /** "2026-03" -> "03/2026" */
  function formatMonth(ym) {
    const m = /^(\d{4})-(\d{2})/.exec(String(ym || ''));
    return m ? m[2] + '/' + m[1] : String(ym || '');
  }

  /** "2026-11-25T22:00:00+07:00" -> "22:00 ngày 25/11/2026" (the time as the server wrote it). */
  function formatTimestamp(ts) {
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(String(ts || ''));
    return m ? m[4] + ':' + m[5] + ' ngày ' + m[3] + '/' + m[2] + '/' + m[1] : null;
  }

  /* ---------- numbers (Vietnamese: "." groups thousands, "," is the decimal separator) ---------- */

  function isNum(v) { return typeof v === 'number' && Number.isFinite(v); }

  function groupThousands(intString) {
    return intString.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  }

  function formatCount(v) {
    if (!isNum(v)) return DASH;
    const sign = v < 0 ? '-' : '';
    return sign + groupThousands(String(Math.round(Math.abs(v))));
  }

  function formatDecimal(v, digits) {
    if (!isNum(v)) return DASH;
    const fixed = Math.abs(v).toFixed(digits);
    const [intPart, frac] = fixed.split('.');
    const sign = v < 0 && Number(fixed) !== 0 ? '-' : '';
    return sign + groupThousands(intPart) + (frac ? ',' + frac : '');
  }

  /** 0.75 -> "75,0%" */
  function formatRate(rate) {
    return isNum(rate) ? formatDecimal(rate * 100, 1) + '%' : DASH;
  }

  /** 2 -> "2,0" */
  function formatDays(v) {
    return formatDecimal(v, 1);
  }

  /* ---------- DOM helpers (data is always inserted as text, never as HTML) ---------- */

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    if (attrs) {
      for (const [key, value] of Object.entries(attrs)) {
        if (value === null || value === undefined || value === false) continue;
        if (key === 'class') node.className = value;
        else if (key === 'text') node.textContent = value;
        else if (key === 'dataset') Object.assign(node.dataset, value);
        else node.setAttribute(key, value === true ? '' : String(value));
      }
    }
    for (const child of [].concat(children || [])) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function setState(state) {
    document.body.dataset.state = state;
    report.setAttribute('aria-busy', state === 'loading' ? 'true' : 'false');
  }

  function cssColor(name, fallback) {
    const v = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
    return v || fallback;
  }

  function destroyCharts() {
    if (typeof window.Chart === 'undefined') return;
    report.querySelectorAll('canvas').forEach(function (canvas) {
      window.Chart.getChart(canvas)?.destroy();
    });
  }

  /* ---------- form and export links ---------- */

  function query(from, to) {
    return '?from=' + encodeURIComponent(from) + '&to=' + encodeURIComponent(to);
  }

  function updateExportLinks() {
    const q = query(fromInput.value, toInput.value);
    csvLink.href = CSV_URL + q;
    xlsxLink.href = XLSX_URL + q;
    const period = ISO_DATE.test(fromInput.value) && ISO_DATE.test(toInput.value)
      ? ' từ ' + formatDate(fromInput.value) + ' đến ' + formatDate(toInput.value) : '';
    // The native date input follows the browser's language; always repeat the date as dd/MM/yyyy.
    fromText.textContent = ISO_DATE.test(fromInput.value) ? formatDate(fromInput.value) : '';
    toText.textContent = ISO_DATE.test(toInput.value) ? formatDate(toInput.value) : '';
    csvLink.title = 'Tải báo cáo dạng CSV' + period;
    xlsxLink.title = 'Tải báo cáo dạng Excel' + period;
  }

  function validateRange(from, to) {
    const errors = [];
    if (!ISO_DATE.test(from)) errors.push('Chưa chọn "Từ ngày".');
    if (!ISO_DATE.test(to)) errors.push('Chưa chọn "Đến ngày".');
    if (!errors.length && from > to) errors.push('"Từ ngày" phải trước hoặc bằng "Đến ngày".');
    return errors;
  }

  /* ---------- loading ---------- */

  async function load() {
    const from = fromInput.value;
    const to = toInput.value;
    updateExportLinks();

    destroyCharts();
    const invalid = validateRange(from, to);
    if (invalid.length) {
      showError('Khoảng thời gian không hợp lệ', invalid);
      return;
    }

    const seq = ++requestSeq;
    if (currentAbort) currentAbort.abort();
    currentAbort = typeof AbortController === 'function' ? new AbortController() : null;

    setState('loading');
    showButton.disabled = true;
    statusBox.textContent = 'Đang tải báo cáo từ ' + formatDate(from) + ' đến ' + formatDate(to) + '…';
    report.replaceChildren();

    let response;
    let body = null;
    try {
      response = await fetch(API_URL + query(from, to), {
        credentials: 'same-origin',
        headers: { 'Accept': 'application/json' },
        signal: currentAbort ? currentAbort.signal : undefined
      });
      const text = await response.text();
      try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
    } catch (e) {
      if (seq !== requestSeq) return; // replaced by a newer request
      finish();
      showError('Không kết nối được tới máy chủ',
        ['Vui lòng kiểm tra kết nối mạng rồi bấm "Xem báo cáo" để thử lại.']);
      return;
    }
    if (seq !== requestSeq) return;
    finish();

    if (!response.ok) {
      handleHttpError(response.status, body);
      return;
    }
    if (!body || typeof body !== 'object' || !Array.isArray(body.procedures)) {
      // e.g. a login page in HTML after a redirect
      showError('Phản hồi của máy chủ không hợp lệ',
        ['Có thể phiên đăng nhập đã hết hạn. Vui lòng tải lại trang hoặc đăng nhập lại.'],
        true);
      return;
    }

    try {
      render(body, from, to);
    } catch (e) {
      destroyCharts();
      report.replaceChildren();
      showError('Không hiển thị được báo cáo', [String(e && e.message || e)]);
      return;
    }
    setState('ready');
  }

  function finish() {
    currentAbort = null;
    showButton.disabled = false;
    statusBox.textContent = '';
  }

  function handleHttpError(status, body) {
    const message = body && typeof body.message === 'string' && body.message ? body.message : null;
    if (status === 401) {
      const extra = message && message.trim().replace(/[.!]+$/, '') !== 'Cần đăng nhập' ? message : null;
      showError('Cần đăng nhập', [extra || 'Bạn chưa đăng nhập hoặc phiên đăng nhập đã hết hạn.'], true);
    } else if (status === 403) {
      showError(message || 'Chỉ lãnh đạo và quản trị viên được xem báo cáo này.', []);
    } else if (status === 400) {
      const details = [];
      if (body && Array.isArray(body.fields)) {
        for (const f of body.fields) {
          if (typeof f === 'string') details.push(f);
          else if (f && typeof f === 'object') {
            const name = f.field === 'from' ? 'Từ ngày' : f.field === 'to' ? 'Đến ngày' : f.field;
            const text = f.message || f.rule;
            if (text) details.push(name ? name + ': ' + text : text);
          }
        }
      }
      showError(message || 'Yêu cầu không hợp lệ.', details);
    } else {
      showError(message || 'Không tải được báo cáo (mã lỗi ' + status + ').',
        message ? [] : ['Vui lòng thử lại sau hoặc liên hệ quản trị hệ thống.']);
    }
  }

  function showError(title, details, withLogin) {
    destroyCharts();
    const box = el('div', { class: 'message message--error', role: 'alert' }, [
      el('p', { class: 'message__title', text: title })
    ]);
    if (details && details.length === 1) {
      box.append(el('p', { text: details[0] }));
    } else if (details && details.length > 1) {
      box.append(el('ul', null, details.map(function (d) { return el('li', { text: d }); })));
    }
    if (withLogin) {
      box.append(el('p', null, [el('a', { href: LOGIN_URL, text: 'Đăng nhập' })]));
    }
    report.replaceChildren(box);
    statusBox.textContent = '';
    showButton.disabled = false;
    setState('error');
  }

  /* ---------- rendering ---------- */

  function render(data, from, to) {
    const procedures = data.procedures;
    const meta = el('p', { class: 'report-meta' }, [
      'Kỳ báo cáo: từ ',
      el('strong', { text: formatDate(data.from || from) }),
      ' đến ',
      el('strong', { text: formatDate(data.to || to) })
    ]);
    const generated = formatTimestamp(data.generatedAt);
    if (generated) meta.append(' · Số liệu lập lúc ' + generated);
    if (procedures.length) meta.append(' · ' + procedures.length + ' quy trình');

    const nodes = [meta];
    if (!procedures.length) {
      nodes.push(el('div', { class: 'message message--empty' }, [
        el('p', { text: 'Không có công việc nào trong khoảng thời gian này.' })
      ]));
      report.replaceChildren(...nodes);
      return;
    }

    const sections = procedures.map(renderProcedure);
    report.replaceChildren(...nodes, ...sections.map(function (s) { return s.section; }));

    // Charts need their canvases in the document.
    const chartsAvailable = typeof window.Chart === 'function';
    for (const s of sections) {
      if (chartsAvailable) {
        drawChart(s.canvas, s.procedure);
      } else {
        s.canvas.parentNode.replaceWith(el('p', {
          class: 'chart-unavailable',
          text: 'Không tải được thư viện biểu đồ; số liệu vẫn có trong các bảng dưới đây.'
        }));
      }
    }
  }

  function renderProcedure(p, index) {
    const key = String(p.processKey || 'procedure-' + index);
    const name = p.processName || key;
    const headingId = 'procedure-' + index + '-title';

    const section = el('section', {
      class: 'procedure',
      dataset: { processKey: key },
      'aria-labelledby': headingId
    });
    section.append(el('h2', { id: headingId, text: name }));

    section.append(el('dl', { class: 'summary' }, [
      figure('on-time', 'Đúng hạn', formatCount(p.onTime)),
      figure('late', 'Trễ hạn', formatCount(p.late)),
      figure('overdue', 'Đang quá hạn', formatCount(p.openOverdue)),
      figure('rate', 'Tỷ lệ đúng hạn', formatRate(p.onTimeRate))
    ]));

    section.append(el('p', { class: 'durations' }, [
      'Thời gian xử lý (ngày làm việc): trung vị ',
      el('strong', { text: formatDays(p.p50WorkingDays) }),
      ', 95% ',
      el('strong', { text: formatDays(p.p95WorkingDays) })
    ]));

    const months = sortedMonths(p.months);
    const canvas = el('canvas', {
      id: 'chart-' + key,
      role: 'img',
      'aria-label': chartDescription(name, months)
    }, [el('p', { text: chartDescription(name, months) })]);
    section.append(el('div', { class: 'chart' }, [canvas]));

    section.append(el('h3', { text: 'Theo bước xử lý' }));
    section.append(stepsTable(p.steps, name));

    section.append(el('h3', { text: 'Theo đơn vị' }));
    section.append(unitsTable(p.units, name));

    return { section: section, canvas: canvas, procedure: Object.assign({}, p, { months: months, processName: name }) };
  }

  function figure(kind, label, value) {
    return el('div', { class: 'figure figure--' + kind }, [
      el('dt', { text: label }),
      el('dd', { text: value })
    ]);
  }

  function sortedMonths(months) {
    return (Array.isArray(months) ? months.slice() : [])
      .filter(function (m) { return m && m.month; })
      .sort(function (a, b) { return String(a.month).localeCompare(String(b.month)); });
  }

  function chartDescription(name, months) {
    if (!months.length) return 'Biểu đồ theo tháng của ' + name + ': không có số liệu.';
    return 'Biểu đồ số công việc theo tháng của ' + name + ': ' + months.map(function (m) {
      return formatMonth(m.month) + ' — đúng hạn ' + formatCount(m.onTime || 0) +
        ', trễ hạn ' + formatCount(m.late || 0) + ', đang quá hạn ' + formatCount(m.openOverdue || 0);
    }).join('; ') + '.';
  }

  function numCell(value, kind) {
    return el('td', { class: 'num' + (kind ? ' num--' + kind : '') , text: value });
  }

  function headerRow(columns) {
    return el('thead', null, [el('tr', null, columns.map(function (c, i) {
      const cls = i > 0 ? 'num' + (c.length <= 12 ? ' nowrap' : ' wide') : null;
      return el('th', { scope: 'col', class: cls, text: c });
    }))]);
  }

  function emptyBody(colspan, text) {
    return el('tbody', null, [el('tr', null, [el('td', { class: 'empty-row', colspan: colspan, text: text })])]);
  }

  function stepsTable(steps, name) {
    const columns = ['Bước', 'Đúng hạn', 'Trễ hạn', 'Đang quá hạn', 'Tỷ lệ đúng hạn',
      'Trung vị (ngày làm việc)', '95% (ngày làm việc)'];
    const list = Array.isArray(steps) ? steps : [];
    const body = list.length ? el('tbody', null, list.map(function (s) {
      return el('tr', null, [
        el('th', { scope: 'row', text: s.taskName || s.taskKey || DASH }),
        numCell(formatCount(s.onTime), 'on-time'),
        numCell(formatCount(s.late), 'late'),
        numCell(formatCount(s.openOverdue), 'overdue'),
        numCell(formatRate(s.onTimeRate)),
        numCell(formatDays(s.p50WorkingDays)),
        numCell(formatDays(s.p95WorkingDays))
      ]);
    })) : emptyBody(columns.length, 'Không có số liệu theo bước.');
    return el('div', { class: 'table-wrap' }, [el('table', { class: 'table--steps' }, [
      el('caption', { class: 'visually-hidden-caption', text: 'Các bước xử lý — ' + name }),
      headerRow(columns),
      body
    ])]);
  }

  function unitsTable(units, name) {
    const columns = ['Đơn vị', 'Đúng hạn', 'Trễ hạn', 'Đang quá hạn'];
    const list = Array.isArray(units) ? units : [];
    const body = list.length ? el('tbody', null, list.map(function (u) {
      return el('tr', null, [
        el('th', { scope: 'row', text: u.unit || 'Chưa xác định' }),
        numCell(formatCount(u.onTime), 'on-time'),
        numCell(formatCount(u.late), 'late'),
        numCell(formatCount(u.openOverdue), 'overdue')
      ]);
    })) : emptyBody(columns.length, 'Không có số liệu theo đơn vị.');
    return el('div', { class: 'table-wrap' }, [el('table', { class: 'table--small table--units' }, [
      el('caption', { class: 'visually-hidden-caption', text: 'Các đơn vị — ' + name }),
      headerRow(columns),
      body
    ])]);
  }

  function drawChart(canvas, p) {
    window.Chart.getChart(canvas)?.destroy();
    const months = p.months;
    const green = cssColor('--color-on-time', '#2e7d32');
    const orange = cssColor('--color-late', '#c45a00');
    const red = cssColor('--color-overdue', '#c62828');
    const textColor = cssColor('--color-text', '#1f2328');

    const dataset = function (label, field, color) {
      return {
        label: label,
        data: months.map(function (m) { return isNum(m[field]) ? m[field] : 0; }),
        backgroundColor: color,
        borderColor: color,
        borderWidth: 0,
        maxBarThickness: 56
      };
    };

    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: months.map(function (m) { return formatMonth(m.month); }),
        datasets: [
          dataset('Đúng hạn', 'onTime', green),
          dataset('Trễ hạn', 'late', orange),
          dataset('Đang quá hạn', 'openOverdue', red)
        ]
      },
      options: {
        locale: 'vi-VN',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: {
            stacked: true,
            title: { display: true, text: 'Tháng', color: textColor },
            ticks: { color: textColor },
            grid: { display: false }
          },
          y: {
            stacked: true,
            beginAtZero: true,
            title: { display: true, text: 'Số công việc', color: textColor },
            ticks: { precision: 0, color: textColor }
          }
        },
        plugins: {
          title: {
            display: true,
            text: months.length ? 'Số công việc theo tháng' : 'Số công việc theo tháng (không có số liệu)',
            color: textColor,
            font: { size: 15, weight: 'bold' }
          },
          legend: {
            position: 'bottom',
            labels: { color: textColor }
          },
          tooltip: {
            callbacks: {
              label: function (ctx) {
                return ctx.dataset.label + ': ' + formatCount(ctx.parsed.y);
              },
              footer: function (items) {
                const total = items.reduce(function (sum, it) { return sum + (it.parsed.y || 0); }, 0);
                return 'Tổng: ' + formatCount(total);
              }
            }
          }
        }
      }
    });
  }

  /* ---------- start ---------- */

  function init() {
    if (typeof window.Chart === 'function') {
      // Same font as the page, a little larger than Chart.js' 12px.
      window.Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
      window.Chart.defaults.font.size = 13;
    }
    const today = todayIso();
    fromInput.value = today.slice(0, 4) + '-01-01';
    toInput.value = today;
    updateExportLinks();

    fromInput.addEventListener('input', updateExportLinks);
    toInput.addEventListener('input', updateExportLinks);
    fromInput.addEventListener('change', updateExportLinks);
    toInput.addEventListener('change', updateExportLinks);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      load();
    });

    load();
  }

  init();
})();
