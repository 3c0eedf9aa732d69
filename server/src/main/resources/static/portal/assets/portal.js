// The portal's only script (the CSP allows scripts from this server alone, nothing inline):
// every htmx request carries the CSRF token of the page, as forms carry it in a hidden field.
document.addEventListener('htmx:configRequest', function (event) {
  var header = document.querySelector('meta[name="_csrf_header"]');
  var token = document.querySelector('meta[name="_csrf"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});

// A <dialog data-gerbang-modal> (the data-balikan prompt after a lookup) opens as a modal dialog;
// it is rendered open, so without script it simply stands in the page.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('dialog[data-gerbang-modal]').forEach(function (dialog) {
    if (typeof dialog.showModal === 'function') {
      dialog.close();
      dialog.showModal();
    }
  });
});
