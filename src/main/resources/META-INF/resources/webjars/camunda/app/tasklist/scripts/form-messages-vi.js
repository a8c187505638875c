// Camunda Forms in the Tasklist (form-js) show their validation messages in English only.
// Loaded through config.js customScripts: translates them in place unless the user chose English (?lang=en).
const MESSAGES = [
  [/^Field is required\.$/, 'Trường này là bắt buộc.'],
  [/^Field must have minimum length of (\d+)\.$/, 'Cần nhập ít nhất $1 ký tự.'],
  [/^Field must have maximum length of (\d+)\.$/, 'Chỉ được nhập tối đa $1 ký tự.'],
  [/^Field must have minimum value of (.+)\.$/, 'Giá trị nhỏ nhất là $1.'],
  [/^Field must have maximum value of (.+)\.$/, 'Giá trị lớn nhất là $1.'],
  [/^Field must match pattern \^\[0-9\]\{1,(\d+)\}\$\.$/, 'Chỉ nhập số nguyên (chữ số 0-9), tối đa $1 chữ số.'],
  [/^Field must match pattern (.+)\.$/, 'Giá trị phải đúng mẫu $1.'],
  [/^Field must be a valid email\.$/, 'Cần nhập địa chỉ thư điện tử hợp lệ.'],
  [/^Field must be a valid\s+international phone number\..*$/, 'Cần nhập số điện thoại hợp lệ theo dạng quốc tế (ví dụ +84912345678).']
];

function translate(node) {
  const text = node.nodeValue.trim();
  for (const [english, vietnamese] of MESSAGES) {
    if (english.test(text)) {
      node.nodeValue = text.replace(english, vietnamese);
      return;
    }
  }
}

function translateWithin(root) {
  const errors = root.querySelectorAll ? root.querySelectorAll('.fjs-form-field-error') : [];
  for (const error of errors) {
    const walker = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      translate(walker.currentNode);
    }
  }
}

if (window.localStorage.getItem('noivu-lang') !== 'en') {
  new MutationObserver(mutations => {
    for (const mutation of mutations) {
      const target = mutation.target.nodeType === Node.TEXT_NODE ? mutation.target.parentElement : mutation.target;
      if (target && target.closest && target.closest('.fjs-form-field-error')) {
        translateWithin(target.closest('.fjs-form-field-error').parentElement);
      } else if (target) {
        translateWithin(target);
      }
    }
  }).observe(document.body, {childList: true, subtree: true, characterData: true});
}
