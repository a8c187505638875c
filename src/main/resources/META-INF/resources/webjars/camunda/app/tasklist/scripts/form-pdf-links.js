// A task form's link to a PDF of ours (a draft to review, a list) opens in a new tab, so the Tasklist and what the
// form holds stay open: form-js drops target="_blank" when it sanitizes an html component. Downloads (Word, Excel,
// CSV) need nothing: the browser keeps the page.
document.addEventListener('click', event => {
  if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey
      || event.altKey) {
    return;
  }
  const link = event.target.closest && event.target.closest('.fjs-form a[href]');
  if (!link || link.classList.contains('fjs-disabled-link')) {
    return;
  }
  const url = new URL(link.getAttribute('href'), window.location.href);
  if (url.origin === window.location.origin && url.pathname.startsWith('/api/') && url.pathname.endsWith('.pdf')) {
    event.preventDefault();
    window.open(url.href, '_blank', 'noopener');
  }
}, true);
