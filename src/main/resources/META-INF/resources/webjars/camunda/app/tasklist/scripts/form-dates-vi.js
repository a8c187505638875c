// Date fields of Camunda Forms take their order from the browser's language (an English browser shows 6/5/2020 for
// 5 June). The Tasklist is Vietnamese, so the language-neutral default ("default" or none) becomes Vietnamese with
// two-digit day and month: the fields show and accept dd/mm/yyyy. A caller naming its own locale is left alone,
// and so is everything when the user chose English (?lang=en).
if (window.localStorage.getItem('noivu-lang') !== 'en') {
  const NativeDateTimeFormat = Intl.DateTimeFormat;
  const TWO_DIGIT_DATE = {day: '2-digit', month: '2-digit', year: 'numeric'};
  const VietnameseByDefault = function DateTimeFormat(locales, options) {
    if (locales === undefined || locales === 'default') {
      return new NativeDateTimeFormat('vi-VN', options === undefined ? TWO_DIGIT_DATE : options);
    }
    return new NativeDateTimeFormat(locales, options);
  };
  VietnameseByDefault.prototype = NativeDateTimeFormat.prototype;
  VietnameseByDefault.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf.bind(NativeDateTimeFormat);
  Intl.DateTimeFormat = VietnameseByDefault;
}
