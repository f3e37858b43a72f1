// Opens the self-referral form for the service the victim picked in the finder.
const finder = document.querySelector('vr-service-finder');
const form = document.querySelector('vr-referral-form');
const section = document.getElementById('contact-section');

finder.addEventListener('vr-service-select', (event) => {
  form.service = event.detail.service;
  section.classList.remove('hidden');
  document.getElementById('contact-heading').focus();
});
