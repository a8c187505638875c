/*
 * Sửa phương án xét nâng ngạch, thăng hạng đã bị trả lại: GET /api/promotion/rounds/{code} to load it,
 * GET /api/promotion/plan-options for the lists in words, PUT /api/promotion/rounds/{code} to save it
 * (the body of POST /api/promotion/rounds).
 */
(function () {
  'use strict';

  const P = window.PlanEdit;
  const el = P.el;
  let inputs;

  function render(form, round, options) {
    inputs = {
      code: P.text(round.code, { readonly: true }),
      title: P.text(round.title, { maxlength: 500 }),
      authority: P.text(round.authority, { maxlength: 255 }),
      staffType: P.select(options.staffTypes, round.staffType, P.capitalized),
      method: P.select(options.methods, round.method, P.capitalized),
      targetTitle: P.select(options.targetTitles, round.targetTitle, P.capitalized),
      quota: P.number(round.quota, { min: 1 }),
      councilMembers: P.number(round.councilMembers, { min: 1 })
    };
    const roundDate = P.dateField('Ngày của kỳ xét', round.roundDate, 'roundDate');
    const filingDeadline = P.dateField('Hạn nộp hồ sơ (hết ngày)', round.filingDeadline, 'filingDeadline');
    inputs.roundDate = roundDate.querySelector('input');
    inputs.filingDeadline = filingDeadline.querySelector('input');
    form.prepend(el('fieldset', {}, [el('legend', {}, el('h2', { text: 'Phương án' })), el('div', { class: 'grid' }, [
      P.field('Mã kỳ xét (không sửa được)', inputs.code, 'code'),
      P.field('Tên kỳ xét', inputs.title, 'title'),
      P.field('Cơ quan tổ chức', inputs.authority, 'authority'),
      P.field('Đối tượng', inputs.staffType, 'staffType'),
      P.field('Hình thức', inputs.method, 'method'),
      P.field('Ngạch, hạng dự xét', inputs.targetTitle, 'targetTitle'),
      P.field('Chỉ tiêu', inputs.quota, 'quota'),
      roundDate, filingDeadline,
      P.field('Số thành viên Hội đồng', inputs.councilMembers, 'councilMembers')])]));
  }

  function collect() {
    return {
      code: inputs.code.value, title: P.valueOf(inputs.title), authority: P.valueOf(inputs.authority),
      staffType: P.valueOf(inputs.staffType), method: P.valueOf(inputs.method),
      targetTitle: P.valueOf(inputs.targetTitle), quota: P.integerOf(inputs.quota),
      roundDate: P.valueOf(inputs.roundDate), filingDeadline: P.valueOf(inputs.filingDeadline),
      councilMembers: P.integerOf(inputs.councilMembers)
    };
  }

  P.run({
    planName: 'phương án',
    roundUrl: code => '/api/promotion/rounds/' + encodeURIComponent(code),
    optionsUrl: '/api/promotion/plan-options',
    render: render,
    collect: collect,
    saved: body => body && body.changes
      ? ['Những điểm lãnh đạo sẽ thấy đã thay đổi: ', el('q', { id: 'changes', text: body.changes }), '. ']
      : 'Phương án không thay đổi so với lần lưu trước. '
  });
})();
