// The portal's only script (the CSP allows scripts from this server alone, nothing inline):
// every htmx request carries the CSRF token of the page, as forms carry it in a hidden field.
document.addEventListener('htmx:configRequest', function (event) {
  var header = document.querySelector('meta[name="_csrf_header"]');
  var token = document.querySelector('meta[name="_csrf"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});
