// Does what WordPress's wp-includes/js/wp-embed.js does on a post (a re-implementation, for the example and the
// tests): gives each `iframe.wp-embedded-content` a secret if it has none (appended to its URL as `#?secret=`),
// tells each frame `{ message: 'ready', secret }`, and resizes the iframe whose secret AND window match a
// `{ message: 'height', value, secret }` message, to between 200 and 1000 px.
(function () {
  'use strict';
  var MIN = 200;
  var MAX = 1000;

  function randomSecret() {
    var letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    var values = new Uint8Array(10);
    crypto.getRandomValues(values);
    var secret = '';
    for (var i = 0; i < values.length; i++) secret += letters[values[i] % letters.length];
    return secret;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data.secret !== 'string' || /[^a-zA-Z0-9]/.test(data.secret)) return;
    var frames = document.querySelectorAll('iframe[data-secret="' + data.secret + '"]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== event.source) continue;
      if (data.message === 'height') {
        var height = parseInt(data.value, 10);
        frames[i].setAttribute('height', String(Math.min(MAX, Math.max(MIN, height || 0))));
      }
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    var frames = document.querySelectorAll('iframe.wp-embedded-content');
    for (var i = 0; i < frames.length; i++) {
      var secret = frames[i].getAttribute('data-secret');
      if (!secret) {
        secret = randomSecret();
        frames[i].src += '#?secret=' + secret;
        frames[i].setAttribute('data-secret', secret);
      }
      frames[i].contentWindow.postMessage({ message: 'ready', secret: secret }, '*');
    }
  });
})();
