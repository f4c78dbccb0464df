/*
 * Senate ChatBot widget. Any page of the Senate website can include it:
 *   <script src="/webchat/widget.js" defer></script>
 * Optional attributes on that script tag: data-bot-url (the chat service's address, default: the
 * script's own origin), data-locale (default th-TH), data-open="true" to open at once.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var service = (script && script.getAttribute('data-bot-url')) || new URL(script.src).origin;
  var locale = (script && script.getAttribute('data-locale')) || 'th-TH';
  var thai = locale.indexOf('th') === 0;
  var storageKey = 'senate-chatbot';
  var text = thai
    ? {
        open: 'แชตกับวุฒิสภา',
        title: 'ผู้ช่วยวุฒิสภา',
        close: 'ปิดหน้าต่างแชต',
        privacy: 'ประกาศความเป็นส่วนตัว',
        failed: 'ขออภัย ตอนนี้เชื่อมต่อแชตไม่ได้ กรุณาลองใหม่อีกครั้งในอีกสักครู่',
        loading: 'กำลังเชื่อมต่อ…'
      }
    : {
        open: 'Chat with the Senate',
        title: 'Senate assistant',
        close: 'Close the chat window',
        privacy: 'Privacy notice',
        failed: 'Sorry, the chat cannot connect right now. Please try again in a moment.',
        loading: 'Connecting…'
      };

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  var style = el('link', { rel: 'stylesheet', href: service + '/webchat/widget.css' });
  document.head.appendChild(style);

  var launcher = el('button', { type: 'button', class: 'senate-chat-launcher', 'aria-expanded': 'false', 'aria-controls': 'senate-chat-panel' }, [text.open]);
  var closeButton = el('button', { type: 'button', class: 'senate-chat-close', 'aria-label': text.close }, ['×']);
  var status = el('p', { class: 'senate-chat-status', role: 'status' }, []);
  var transcript = el('div', { class: 'senate-chat-transcript' }, []);
  var panel = el('section', { id: 'senate-chat-panel', class: 'senate-chat-panel', role: 'dialog', 'aria-label': text.title, hidden: '' }, [
    el('header', { class: 'senate-chat-header' }, [
      el('h2', {}, [text.title]),
      el('a', { href: service + '/privacy.html', target: '_blank', rel: 'noopener' }, [text.privacy]),
      closeButton
    ]),
    status,
    transcript
  ]);
  document.body.appendChild(launcher);
  document.body.appendChild(panel);

  var started = false;
  var retried = false;

  function setOpen(open) {
    panel.hidden = !open;
    launcher.setAttribute('aria-expanded', String(open));
    launcher.hidden = open;
    sessionStorage.setItem(storageKey + '-open', String(open));
    if (open) {
      start();
      var input = transcript.querySelector('input, textarea');
      (input || closeButton).focus();
    } else {
      launcher.focus();
    }
  }

  function loadBundle() {
    if (window.WebChat) return Promise.resolve();
    return new Promise(function (resolve, reject) {
      var bundle = el('script', { src: service + '/lib/webchat.js' });
      bundle.onload = resolve;
      bundle.onerror = reject;
      document.head.appendChild(bundle);
    });
  }

  // A token kept for this browser tab lets a page reload resume the same conversation.
  function session() {
    try {
      var saved = JSON.parse(sessionStorage.getItem(storageKey) || 'null');
      if (saved && saved.expiresAt > Date.now() + 60000) return Promise.resolve(saved);
    } catch (e) { /* a damaged entry is replaced below */ }
    return fetch(service + '/api/webchat/token', { method: 'POST' })
      .then(function (response) {
        if (!response.ok) throw new Error('token ' + response.status);
        return response.json();
      })
      .then(function (body) {
        var fresh = { token: body.token, conversationId: body.conversationId, expiresAt: Date.now() + body.expires_in * 1000, started: false };
        sessionStorage.setItem(storageKey, JSON.stringify(fresh));
        return fresh;
      });
  }

  function start() {
    if (started) return;
    started = true;
    status.textContent = text.loading;
    Promise.all([loadBundle(), session()])
      .then(function (results) {
        var saved = results[1];
        var directLine = window.WebChat.createDirectLine({
          domain: service + '/v3/directline',
          token: saved.token,
          conversationId: saved.started ? saved.conversationId : undefined,
          webSocket: true
        });
        directLine.connectionStatus$.subscribe(function (state) {
          // 2 = online: from now on a reload resumes rather than starts the conversation.
          if (state === 2) {
            saved.started = true;
            sessionStorage.setItem(storageKey, JSON.stringify(saved));
            status.textContent = '';
          }
          // 3 = token refused, 4 = failed to connect (the conversation expired): start a new one, once.
          if ((state === 3 || state === 4) && !retried) {
            retried = true;
            sessionStorage.removeItem(storageKey);
            directLine.end();
            started = false;
            start();
          }
        });
        window.WebChat.renderWebChat({
          directLine: directLine,
          locale: locale,
          styleOptions: {
            primaryFont: "'Sarabun', 'Noto Sans Thai', 'Leelawadee UI', 'Thonburi', 'Loma', 'Garuda', sans-serif",
            botAvatarInitials: 'วส',
            userAvatarInitials: thai ? 'คุณ' : 'You',
            accent: '#5b2c83',
            bubbleBorderRadius: 10,
            bubbleFromUserBorderRadius: 10,
            suggestedActionLayout: 'flow',
            hideUploadButton: false,
            sendTypingIndicator: true
          }
        }, transcript);
      })
      .catch(function () {
        started = false;
        status.textContent = text.failed;
      });
  }

  launcher.addEventListener('click', function () { setOpen(true); });
  closeButton.addEventListener('click', function () { setOpen(false); });
  panel.addEventListener('keydown', function (event) { if (event.key === 'Escape') setOpen(false); });

  if ((script && script.getAttribute('data-open') === 'true') || sessionStorage.getItem(storageKey + '-open') === 'true') {
    setOpen(true);
  }
})();
