// The member site's language picker: every language the widgets ship, each named in itself. The
// widgets follow <html lang>, so setting it is all it takes.
import { supportedLocales } from '/vendor/victim-referral-widgets.js';

const picker = document.getElementById('site-language');
const rightToLeft = new Set(['ar']);

function optionFor(language) {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language);
  const option = new Option(name.charAt(0).toLocaleUpperCase(language) + name.slice(1), language);
  option.lang = language;
  return option;
}

picker.replaceChildren(...supportedLocales.map(optionFor));
picker.value = document.documentElement.lang;

picker.addEventListener('change', () => {
  const language = picker.value;
  document.documentElement.lang = language;
  document.documentElement.dir = rightToLeft.has(language) ? 'rtl' : 'ltr';
});
