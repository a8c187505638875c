/*
 * Sửa kế hoạch tuyển dụng đã bị trả lại: GET /api/recruitment/rounds/{code} to load it,
 * GET /api/recruitment/plan-options for the lists in words, PUT /api/recruitment/rounds/{code} to save it
 * (the body of POST /api/recruitment/rounds).
 */
(function () {
  'use strict';

  const P = window.PlanEdit;
  const el = P.el;
  let inputs;
  let options;
  let positionList;

  function agencyRow(agency) {
    const code = P.text(agency.code, { maxlength: 45 });
    const quota = P.number(agency.quota, { min: 1 });
    const row = el('div', { class: 'agency-row' }, [
      P.field('Mã cơ quan sử dụng', code), P.field('Chỉ tiêu của cơ quan', quota),
      el('button', { type: 'button', class: 'secondary', text: 'Bỏ cơ quan', onclick: () => { row.remove(); renumber(); } })]);
    row.values = () => ({ code: P.valueOf(code), quota: P.integerOf(quota) });
    row.numberFields = (prefix) => { code.dataset.field = prefix + '.code'; quota.dataset.field = prefix + '.quota'; };
    return row;
  }

  function positionRow(position) {
    const f = {
      code: P.text(position.code, { maxlength: 50 }),
      title: P.text(position.title, { maxlength: 500 }),
      rank: P.select(options.ranks, position.rank),
      quota: P.number(position.quota, { min: 1 }),
      minDegree: P.select(options.minDegrees, position.minDegree),
      majors: el('textarea', { rows: 2, value: (position.majors || []).join('\n') }),
      round2Format: P.select(options.round2Formats, position.round2Format)
    };
    const agencies = el('div', { class: 'agencies group' });
    const heading = el('h3');
    const row = el('fieldset', { class: 'position' }, [
      el('legend', {}, heading),
      el('div', { class: 'grid' }, [
        P.field('Mã vị trí', f.code), P.field('Tên vị trí việc làm', f.title), P.field('Ngạch', f.rank),
        P.field('Chỉ tiêu', f.quota), P.field('Trình độ tối thiểu', f.minDegree),
        P.field('Hình thức thi vòng 2', f.round2Format),
        P.field('Chuyên ngành đào tạo', f.majors, null, 'Mỗi dòng một chuyên ngành; để trống nếu không yêu cầu.')]),
      el('h4', { text: 'Cơ quan sử dụng (khi vị trí dùng chung cho nhiều cơ quan)' }),
      agencies,
      el('div', { class: 'row-actions' }, [
        el('button', { type: 'button', class: 'secondary', text: 'Thêm cơ quan sử dụng',
          onclick: () => { agencies.append(agencyRow({})); renumber(); } }),
        el('button', { type: 'button', class: 'danger', text: 'Xóa vị trí này',
          onclick: () => { row.remove(); renumber(); } })])]);
    for (const a of position.agencyQuotas || []) agencies.append(agencyRow(a));
    row.numberFields = (i) => {
      heading.textContent = 'Vị trí ' + (i + 1);
      for (const [key, input] of Object.entries(f)) input.dataset.field = 'positions[' + i + '].' + key;
      agencies.dataset.field = 'positions[' + i + '].agencies';
      [...agencies.children].forEach((a, j) => a.numberFields('positions[' + i + '].agencies[' + j + ']'));
    };
    row.values = () => {
      const majors = f.majors.value.split('\n').map(s => s.trim()).filter(s => s);
      const agencyQuotas = [...agencies.children].map(a => a.values());
      return {
        code: P.valueOf(f.code), title: P.valueOf(f.title), rank: P.valueOf(f.rank), quota: P.integerOf(f.quota),
        minDegree: P.valueOf(f.minDegree), majors: majors, round2Format: P.valueOf(f.round2Format),
        agencies: agencyQuotas.length ? agencyQuotas : null
      };
    };
    return row;
  }

  function renumber() {
    [...positionList.children].forEach((row, i) => row.numberFields(i));
  }

  function render(form, round, planOptions) {
    options = planOptions;
    inputs = {
      code: P.text(round.code, { readonly: true }),
      title: P.text(round.title, { maxlength: 500 }),
      agency: P.text(round.agency, { maxlength: 255 }),
      method: P.select(options.methods, round.method),
      staffType: P.select(options.staffTypes, round.staffType)
    };
    const noticeDate = P.dateField('Ngày thông báo tuyển dụng', round.noticeDate, 'noticeDate');
    const deadline = P.dateField('Hạn nhận Phiếu đăng ký dự tuyển (hết ngày)', round.applicationDeadline,
      'applicationDeadline');
    inputs.noticeDate = noticeDate.querySelector('input');
    inputs.applicationDeadline = deadline.querySelector('input');
    positionList = el('div', { id: 'positions', dataset: { field: 'positions' }, class: 'group' });
    for (const p of round.positions) positionList.append(positionRow(p));
    form.prepend(
      el('fieldset', {}, [el('legend', {}, el('h2', { text: 'Kỳ tuyển dụng' })), el('div', { class: 'grid' }, [
        P.field('Mã kỳ tuyển dụng (không sửa được)', inputs.code, 'code'),
        P.field('Tên kỳ tuyển dụng', inputs.title, 'title'),
        P.field('Cơ quan tuyển dụng', inputs.agency, 'agency'),
        P.field('Hình thức tuyển dụng', inputs.method, 'method'),
        P.field('Đối tượng tuyển dụng', inputs.staffType, 'staffType'),
        noticeDate, deadline])]),
      el('h2', { text: 'Vị trí việc làm' }),
      positionList,
      el('button', { type: 'button', id: 'add-position', class: 'secondary', text: 'Thêm vị trí việc làm',
        onclick: () => {
          const row = positionRow({});
          positionList.append(row);
          renumber();
          row.querySelector('input').focus();
        } }));
    renumber();
  }

  function collect() {
    return {
      code: inputs.code.value, title: P.valueOf(inputs.title), agency: P.valueOf(inputs.agency),
      method: P.valueOf(inputs.method), staffType: P.valueOf(inputs.staffType),
      noticeDate: P.valueOf(inputs.noticeDate), applicationDeadline: P.valueOf(inputs.applicationDeadline),
      positions: [...positionList.children].map(row => row.values())
    };
  }

  P.run({
    planName: 'kế hoạch',
    roundUrl: code => '/api/recruitment/rounds/' + encodeURIComponent(code),
    optionsUrl: '/api/recruitment/plan-options',
    render: render,
    collect: collect,
    saved: () => 'Lãnh đạo sẽ thấy kế hoạch mới và những điểm đã thay đổi. '
  });
})();
