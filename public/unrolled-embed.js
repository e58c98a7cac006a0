/*
 * Unrolled's host script: <script src="https://…/unrolled-embed.js" defer></script> on a page
 * that embeds Unrolled figures.
 *  1. Sizes every <iframe> whose src is an Unrolled embed (…/embed.html?widget=…) to the height
 *     its content posts ({ type: 'unrolled:height', height }), trusting a message only when it
 *     comes from that iframe's own window and from the origin of its src.
 *  2. Defines <unrolled-figure name="CharRNN" lang="zh" theme="dark" hide="a,b" lock="c"
 *     params="word=rnn&hidden=8" height="640">, which renders such an iframe. A bad attribute
 *     gets a message inside the element; the host page is never broken.
 * Plain script, no modules, no dependencies; it makes no request of its own.
 */
(function () {
  'use strict';
  if (window.__unrolledEmbed) return; // Loaded twice: the first copy does the work.
  window.__unrolledEmbed = true;

  var script = document.currentScript;
  // The site this script came from: figures are loaded from the same place.
  var siteBase = new URL('./', (script && script.src) || window.location.href);
  var NAME = /^[A-Za-z][A-Za-z0-9]{0,63}$/;
  var PROP = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
  var MIN_HEIGHT = 80;
  var MAX_HEIGHT = 20000;

  function embedSource(frame) {
    try {
      var url = new URL(frame.getAttribute('src') || '', window.location.href);
      return /\/embed\.html$/.test(url.pathname) && url.searchParams.has('widget') ? url : null;
    } catch {
      return null;
    }
  }

  function unrolledFrames() {
    return Array.prototype.filter.call(document.getElementsByTagName('iframe'), embedSource);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'unrolled:height') return;
    var height = Number(data.height);
    if (!isFinite(height)) return;
    var frames = unrolledFrames();
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (embedSource(frame).origin !== event.origin) return;
      frame.style.height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height))) + 'px';
      return;
    }
  });

  // Frames that loaded before this script ran have posted already: ask them again.
  function measure(frame) {
    try {
      frame.contentWindow.postMessage({ type: 'unrolled:measure' }, embedSource(frame).origin);
    } catch {
      // A frame without a window yet: it posts its height itself once it loads.
    }
  }
  function measureAll() {
    unrolledFrames().forEach(measure);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', measureAll);
  else measureAll();

  var TEXT = {
    en: {
      noName: 'Unrolled figure: give the element a name, e.g. <unrolled-figure name="CharRNN">.',
      badName: 'Unrolled figure: “{v}” is not a figure name (letters and digits only).',
      badProp: 'Unrolled figure: ignored “{v}” in {a} (not a setting name).',
      badHeight: 'Unrolled figure: ignored height “{v}” (a number of pixels, 80–20000).',
      badLang: 'Unrolled figure: ignored lang “{v}” (en or zh).',
      badTheme: 'Unrolled figure: ignored theme “{v}” (light or dark).',
    },
    zh: {
      noName: 'Unrolled 图示：请给元素一个名字，例如 <unrolled-figure name="CharRNN">。',
      badName: 'Unrolled 图示：“{v}”不是图示的名字（只能用字母和数字）。',
      badProp: 'Unrolled 图示：已忽略 {a} 中的“{v}”（不是设置的名字）。',
      badHeight: 'Unrolled 图示：已忽略高度“{v}”（应为 80–20000 的像素数）。',
      badLang: 'Unrolled 图示：已忽略语言“{v}”（en 或 zh）。',
      badTheme: 'Unrolled 图示：已忽略主题“{v}”（light 或 dark）。',
    },
  };

  function say(lang, key, values) {
    var text = TEXT[lang][key];
    for (var name in values)
      text = text.replace('{' + name + '}', String(values[name]).slice(0, 60));
    return text;
  }

  if (!window.customElements || window.customElements.get('unrolled-figure')) return;

  class UnrolledFigure extends HTMLElement {
    static get observedAttributes() {
      return ['name', 'lang', 'theme', 'hide', 'lock', 'params', 'height', 'title'];
    }
    connectedCallback() {
      render(this);
    }
    attributeChangedCallback() {
      if (this.isConnected) render(this);
    }
  }

  /** Builds the iframe (or the message) from the attributes; textContent only, never HTML. */
  function render(element) {
    var attr = element.getAttribute.bind(element);
    var rawLang = attr('lang');
    var lang = rawLang === 'zh' ? 'zh' : 'en';
    var problems = [];
    if (rawLang !== null && rawLang !== 'en' && rawLang !== 'zh')
      problems.push(say(lang, 'badLang', { v: rawLang }));
    var name = (attr('name') || '').trim();
    var fatal = null;
    if (name === '') fatal = say(lang, 'noName', {});
    else if (!NAME.test(name)) fatal = say(lang, 'badName', { v: name });

    var url = new URL('embed.html', siteBase);
    url.searchParams.set('widget', name);
    url.searchParams.set('lang', lang);
    var theme = attr('theme');
    if (theme === 'light' || theme === 'dark') url.searchParams.set('theme', theme);
    else if (theme !== null) problems.push(say(lang, 'badTheme', { v: theme }));
    ['hide', 'lock'].forEach(function (list) {
      var names = (attr(list) || '')
        .split(',')
        .map(function (n) {
          return n.trim();
        })
        .filter(function (n) {
          if (n === '') return false;
          if (PROP.test(n)) return true;
          problems.push(say(lang, 'badProp', { v: n, a: list }));
          return false;
        });
      if (names.length > 0) url.searchParams.set(list, names.join(','));
    });
    // Settings: `params="word=rnn&hidden=8"`; the figure checks the values and says what it ignored.
    new URLSearchParams(attr('params') || '').forEach(function (value, key) {
      if (PROP.test(key) && ['widget', 'lang', 'theme', 'hide', 'lock'].indexOf(key) < 0)
        url.searchParams.set(key, value);
      else problems.push(say(lang, 'badProp', { v: key, a: 'params' }));
    });
    var height = 640;
    var rawHeight = attr('height');
    if (rawHeight !== null) {
      var parsed = Number(rawHeight);
      if (isFinite(parsed) && parsed >= MIN_HEIGHT && parsed <= MAX_HEIGHT)
        height = Math.round(parsed);
      else problems.push(say(lang, 'badHeight', { v: rawHeight }));
    }

    var nodes = [];
    (fatal ? [fatal] : problems).forEach(function (text) {
      var p = document.createElement('p');
      p.className = 'unrolled-figure__message';
      p.setAttribute('role', 'status');
      p.textContent = text;
      nodes.push(p);
    });
    if (!fatal) {
      var frame = element.querySelector('iframe');
      // The same figure and settings: keep the running frame.
      if (!frame || frame.getAttribute('src') !== url.href) {
        frame = document.createElement('iframe');
        frame.setAttribute('src', url.href);
        frame.setAttribute('loading', 'lazy');
        frame.setAttribute('allowfullscreen', '');
      }
      frame.setAttribute('title', attr('title') || name + ' · Unrolled');
      frame.style.width = '100%';
      frame.style.border = '0';
      if (!frame.style.height) frame.style.height = height + 'px';
      nodes.push(frame);
    }
    element.style.display = 'block';
    // Everything but a kept frame goes (a kept frame must not leave the document: it would reload).
    Array.prototype.slice.call(element.childNodes).forEach(function (child) {
      if (nodes.indexOf(child) < 0) element.removeChild(child);
    });
    nodes.forEach(function (node) {
      // Messages go before a frame that stays; moving a frame would reload it too.
      if (node.parentNode !== element) element.insertBefore(node, element.querySelector('iframe'));
    });
  }

  window.customElements.define('unrolled-figure', UnrolledFigure);
})();
