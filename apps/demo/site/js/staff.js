// The point of contact's workspace: finder → professional referral form to refer a case, and the
// inbox and case view to receive, decide and discuss. The contact token is fetched from the member's
// own backend after its sign-in (here the demo server's /staff/contact-token) before every request,
// so it never sits in the page.
async function contactToken() {
  const response = await fetch('/staff/contact-token', { credentials: 'same-origin', cache: 'no-store' });
  if (!response.ok) throw new Error('Sign in again to see the referrals.');
  return response.text();
}

const finder = document.querySelector('vr-service-finder');
const form = document.querySelector('vr-referral-form');
const referSection = document.getElementById('refer-section');

// The organisation's private keys stay on the member's server: it opens what is sealed for the case.
async function openSealed(sealed) {
  const response = await fetch('/staff/open-sealed', {
    method: 'POST',
    credentials: 'same-origin',
    cache: 'no-store',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(sealed),
  });
  if (!response.ok) throw new Error('The sealed details could not be opened.');
  return response.json();
}

form.tokenProvider = contactToken;
for (const element of document.querySelectorAll('vr-referral-inbox, vr-referral-case')) element.token = contactToken;
document.querySelector('vr-referral-case').decrypt = openSealed;

finder.addEventListener('vr-service-select', (event) => {
  form.service = event.detail.service;
  referSection.classList.remove('hidden');
  document.getElementById('refer-heading').focus();
});
