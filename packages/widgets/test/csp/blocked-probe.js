// Runs where every request but the CDN loader fails: the quick exit must still show and work.
// Shift pressed three times leaves for /left.html, which reports to the test page.
const errors = [];
window.addEventListener('error', (event) => errors.push(String(event.message)));

async function run() {
  await customElements.whenDefined('vr-quick-exit');
  const quickExit = document.querySelector('vr-quick-exit');
  const button = quickExit.shadowRoot.querySelector('button');
  const box = button.getBoundingClientRect();
  const report = {
    button: button.textContent.replace(/\s+/g, ' ').trim(),
    buttonShown: box.width > 0 && box.height > 0,
    finderDefined: Boolean(customElements.get('vr-service-finder')),
    historyLength: history.length,
    errors,
  };
  parent.postMessage({ kind: 'before-exit', ...report }, '*');
  for (let press = 0; press < 3; press += 1) {
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
  }
}

run().catch((error) => parent.postMessage({ kind: 'before-exit', errors: [...errors, String(error)] }, '*'));
