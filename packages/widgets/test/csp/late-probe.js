// Adds a finder to the page well after the loader ran, as a single-page app does: it must get
// defined and render, with no CSP violation.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
});

async function run() {
  await new Promise((resolve) => setTimeout(resolve, 200));
  const definedBefore = Boolean(customElements.get('vr-service-finder'));
  const wrapper = document.createElement('section');
  wrapper.innerHTML = '<vr-service-finder></vr-service-finder>';
  document.querySelector('main').append(wrapper);
  await Promise.race([
    customElements.whenDefined('vr-service-finder'),
    new Promise((_, reject) => setTimeout(() => reject(new Error('not defined within 10 s')), 10_000)),
  ]);
  const finder = wrapper.querySelector('vr-service-finder');
  await finder.updateComplete;
  return { definedBefore, rendered: Boolean(finder.shadowRoot?.querySelector('form[role="search"]')) };
}

run().then(
  (result) => parent.postMessage({ ...result, violations }, '*'),
  (error) => parent.postMessage({ definedBefore: false, rendered: false, violations, error: String(error) }, '*'),
);
