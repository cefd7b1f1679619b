// Keeps an edit in progress on the server while the editor writes: after a change, every 20
// seconds, and when a field is left. Nothing depends on it: without it, the page's
// "save the draft" button does the same. The form's own fields, CSRF token included, are sent.
(function () {
  'use strict';
  var form = document.getElementById('edit');
  if (!form || !window.fetch || !window.FormData) {
    return;
  }
  var url = form.getAttribute('data-autosave');
  var status = document.getElementById('autosave-status');
  var changed = false;
  var sending = false;

  function saved() {
    if (!status) {
      return;
    }
    var time = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    status.textContent = status.getAttribute('data-saved').replace('{time}', time);
    status.hidden = false;
  }

  function send() {
    if (!changed || sending) {
      return;
    }
    changed = false;
    sending = true;
    fetch(url, { method: 'POST', body: new FormData(form), credentials: 'same-origin' })
      .then(function (response) {
        if (response.ok) {
          saved();
        } else if (response.status >= 500) {
          changed = true;
        }
      })
      .catch(function () {
        changed = true;
      })
      .then(function () {
        sending = false;
      });
  }

  form.addEventListener('input', function () {
    changed = true;
  });
  form.addEventListener('change', function () {
    changed = true;
    send();
  });
  window.setInterval(send, 20000);
})();
