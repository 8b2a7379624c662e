// The CSP example's only page logic, in a file (`script-src 'self'`): count the policy violations the page sees,
// so a reader opening it can tell at a glance. The graphics need no page script at all.
(function () {
  'use strict';
  var count = 0;
  document.addEventListener('securitypolicyviolation', function (event) {
    count += 1;
    var output = document.getElementById('csp-violations');
    if (output) output.textContent = String(count);
    console.warn('CSP violation:', event.violatedDirective, event.blockedURI || '(inline)');
  });
})();
