// Small progressive enhancement: the pages work without it.
// Submitting the compare form with 2–6 cities selected is checked before sending.
document.addEventListener('DOMContentLoaded', function () {
  var f = document.querySelector('form[data-compare]');
  if (!f) return;
  f.addEventListener('submit', function (ev) {
    var n = f.querySelectorAll('input[name=city]:checked').length;
    var typed = (f.querySelector('input[name=cities]') || {}).value || '';
    n += typed.split(',').filter(function (s) { return s.trim() !== ''; }).length;
    if (n > 0 && (n < 2 || n > 6)) {
      ev.preventDefault();
      alert('Choose between 2 and 6 cities.');
    }
  });
});
