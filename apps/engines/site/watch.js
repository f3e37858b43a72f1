// The page watch: the first script of every page of the engines' test site. It records what an
// engine would only print on its console — errors, uncaught exceptions, Content-Security-Policy
// violations — where every engine's driver can read it (`window.__pageWatch`), including WebKit's
// WebDriver, which has no console access.
(() => {
  const records = { consoleErrors: [], cspViolations: [] };
  window.__pageWatch = records;

  const consoleError = console.error;
  console.error = (...parts) => {
    records.consoleErrors.push(parts.map(String).join(' '));
    consoleError.apply(console, parts);
  };
  window.addEventListener(
    'error',
    (event) => {
      if (event.target === window) records.consoleErrors.push(`uncaught: ${event.message}`);
      else
        records.consoleErrors.push(
          `failed: <${event.target.localName}> ${event.target.src || event.target.href || ''}`,
        );
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => {
    records.consoleErrors.push(`unhandled rejection: ${event.reason}`);
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    records.cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
  });
})();
