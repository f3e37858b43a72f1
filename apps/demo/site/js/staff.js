// The point of contact's page: finder → professional referral form, and the status of what was sent.
import { createTransport, listReferrals } from '/vendor/victim-referral-api.js';

const page = document.getElementById('staff');
const { apiBase, contactToken } = page.dataset;
const transport = createTransport({ baseUrl: apiBase, auth: { token: contactToken } });

const finder = document.querySelector('vr-service-finder');
const form = document.querySelector('vr-referral-form');
const referSection = document.getElementById('refer-section');
const sentBody = document.getElementById('sent-referrals');
const sentStatus = document.getElementById('sent-status');

form.token = contactToken;

finder.addEventListener('vr-service-select', (event) => {
  form.service = event.detail.service;
  referSection.classList.remove('hidden');
  document.getElementById('refer-heading').focus();
});

form.addEventListener('vr-referral-submitted', () => refreshSent());
document.getElementById('refresh-sent').addEventListener('click', () => refreshSent());

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text;
  return td;
}

async function refreshSent() {
  sentStatus.textContent = 'Loading…';
  try {
    const page = await transport(listReferrals, { query: { box: 'outbox', limit: 20 } });
    const rows = page.items.map((referral) => {
      const row = document.createElement('tr');
      row.dataset.referralId = referral.id;
      row.append(
        cell(referral.reference),
        cell(referral.priority),
        cell(referral.status),
        cell(new Date(referral.responseDueAt).toLocaleString()),
      );
      return row;
    });
    sentBody.replaceChildren(...rows);
    sentStatus.textContent = `${rows.length} referrals, updated ${new Date().toLocaleTimeString()}`;
  } catch (error) {
    sentStatus.textContent = `Could not load the referrals: ${error.message}`;
  }
}

refreshSent();
setInterval(refreshSent, 5000);
