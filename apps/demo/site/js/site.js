// The member site's language picker: the widgets follow <html lang>, so this is all it takes.
const picker = document.getElementById('site-language');
const rightToLeft = new Set(['ar']);

picker.addEventListener('change', () => {
  const language = picker.value;
  document.documentElement.lang = language;
  document.documentElement.dir = rightToLeft.has(language) ? 'rtl' : 'ltr';
});
