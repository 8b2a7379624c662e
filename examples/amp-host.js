// Plays the AMP runtime's part for <amp-iframe resizable>: the frame posts
// { sentinel: 'amp', type: 'embed-size', height } and its iframe gets that height. Only messages from the
// iframe's own window count. (The real runtime may refuse while the reader would see the jump.)
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
    var height = Number(data.height);
    if (!(height > 0)) return;
    var frames = document.querySelectorAll('iframe[data-amp-resizable]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].setAttribute('height', String(Math.ceil(height)));
    }
  });
})();
