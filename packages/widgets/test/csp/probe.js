// Runs on a page served with `script-src 'self'; style-src 'self'`: loads the CDN loader twice,
// exercises every widget, then reports any CSP violation and error to the test page.
const violations = [];
const errors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
});
window.addEventListener('error', (event) => errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

const params = new URLSearchParams(location.search);

function waitFor(check) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      const value = check();
      if (value) resolve(value);
      else if (Date.now() - started > 10000) reject(new Error('timed out'));
      else setTimeout(poll, 25);
    };
    poll();
  });
}

async function run() {
  await import('/cdn/victim-referral-widgets.js');
  await import('/cdn/victim-referral-widgets.js?second-copy');
  const finder = document.querySelector('vr-service-finder');
  const form = document.querySelector('vr-referral-form');
  const map = document.querySelector('vr-service-map');
  for (const element of [finder, form, map]) {
    element.setAttribute('api-base', params.get('api'));
    element.setAttribute('publishable-key', params.get('key'));
  }
  const cards = await waitFor(() => finder.shadowRoot?.querySelectorAll('article.card').length);
  finder.shadowRoot.querySelector('[part~="details-button"]').click();
  await waitFor(() => finder.shadowRoot.querySelector('#detail-title'));
  await waitFor(() => form.shadowRoot?.querySelector('form'));
  form.shadowRoot.querySelector('form button[type="submit"]').click();
  const summary = await waitFor(() => form.shadowRoot.querySelector('#error-summary h2'));
  // The map draws its outline of Europe and its markers (Leaflet styles them through CSSOM only).
  const markers = await waitFor(() => map.shadowRoot?.querySelectorAll('.vr-marker, .vr-cluster').length);
  map.shadowRoot.querySelector('.vr-cluster, .vr-marker').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
  const registered = ['vr-service-finder', 'vr-referral-form', 'vr-service-map', 'vr-quick-exit'].filter((tag) =>
    customElements.get(tag),
  );
  // Let any late violation reports arrive.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return { cards, markers, errorSummary: summary.textContent.trim(), registered };
}

run().then(
  (result) => parent.postMessage({ ...result, violations, errors }, '*'),
  (error) =>
    parent.postMessage({ violations, errors: [...errors, String(error)], cards: 0, markers: 0, registered: [] }, '*'),
);
