// The staff page's credentials come from the site's backend, never from the page's HTML: the contact
// token before every request, and (on this test site only) the organisation's private keys, so each
// engine opens the sealed case in the browser.
const contactToken = async () => (await fetch('/staff/contact-token', { cache: 'no-store' })).text();
const keys = await (await fetch('/staff/keys', { cache: 'no-store' })).json();

for (const element of document.querySelectorAll('vr-referral-inbox, vr-referral-case')) element.token = contactToken;
document.querySelector('vr-referral-case').keys = keys;
