/**
 * The English strings of `<vr-referral-form>`. Texts that differ between a victim asking for help
 * (`self`) and a professional referring a case (`professional`) come in pairs. Other languages
 * (`fr.ts`, …) export an object of the same type.
 */
import { plural } from '../../plural.js';

export const formEn = {
  title: { self: 'Ask for support', professional: 'Refer a case' },
  intro: {
    self: 'Tell us what help you need. Only the organisation that will support you sees your answers.',
    professional: 'Refer the person to the receiving organisation. Share only what is needed.',
  },
  stepOf: (current: number, total: number) => `Step ${current} of ${total}`,
  steps: {
    needs: 'Support needed',
    person: { self: 'About you', professional: 'About the person' },
    crossBorder: 'Cross-border situation',
    assessment: 'Individual assessment',
    consent: 'Consent',
    priority: 'Priority and response time',
    review: 'Check your answers',
  },
  continue: 'Continue',
  back: 'Back',
  optional: '(optional)',
  selectAll: 'Select all that apply.',
  receiver: 'Sent to',
  service: 'Service',
  loadingService: 'Loading the service…',
  serviceLoadError: 'The service could not be loaded. Check your connection, then try again.',
  retry: 'Try again',
  noService: 'No service has been chosen yet. Choose a service first.',
  needs: {
    assistance: { self: 'What kind of help do you need?', professional: 'What help does the person need?' },
    victimTypes: { self: 'What happened to you?', professional: 'What has the person experienced?' },
    caseSummary: { self: 'In a few words, what happened?', professional: 'Case summary' },
    caseSummaryHint: {
      self: 'Write only what you are comfortable sharing. You do not need to give details.',
      professional:
        'What the receiving organisation needs to know, so the person does not have to tell their story again.',
    },
    notes: { self: 'Anything else we should know?', professional: 'Other notes on the needs' },
  },
  person: {
    name: { self: 'What should we call you?', professional: 'Name or pseudonym' },
    nameHint: {
      self: 'A first name or any name you choose is enough.',
      professional: 'A first name or a pseudonym is enough.',
    },
    languages: { self: 'Which languages do you speak?', professional: 'Languages the person speaks' },
    languagesHint: 'Select at least one.',
    ageGroup: { self: 'Your age group', professional: 'Age group' },
    ageGroups: {
      unspecified: 'Prefer not to say',
      child: 'Under 18',
      adult: '18 to 64',
      'older-adult': '65 or over',
    },
    contact: {
      self: 'Is it safe for the organisation to contact you?',
      professional: 'May the receiving organisation contact the person directly?',
    },
    contactSafe: { self: 'Yes, it is safe to contact me', professional: 'Yes, through the safe ways below' },
    contactNone: { self: 'No, do not contact me', professional: 'No, every contact goes through us' },
    contactNoneHint: {
      self: 'Choose this if someone else may see your phone, messages or email. You can get in touch when it is safe.',
      professional: 'The receiving organisation will contact your organisation, never the person.',
    },
    channels: 'Safe ways to make contact',
    channelsHint: 'Select every way that is safe.',
    phone: 'Phone number',
    phoneHint: 'With the country code, for example +351 912 345 678',
    email: 'Email address',
    app: 'Which messaging app?',
    safeTimes: { self: 'When is it safe to contact you?', professional: 'When is it safe to make contact?' },
    safeTimesHint: 'For example: weekdays between 10:00 and 12:00, never in the evening.',
    mayLeaveMessage: {
      self: 'The organisation may leave a message that says who they are',
      professional: 'A message naming the organisation may be left',
    },
    doNotContactNotes: {
      self: 'Anything the organisation should know?',
      professional: 'How contact should be arranged instead',
    },
  },
  crossBorder: {
    intro:
      'What the receiving organisation needs to know about the situation across borders, so the person is not asked again. Every question is optional.',
    crimeCountry: { self: 'In which country did it happen?', professional: 'Country where the crime happened' },
    crimePlace: 'Town or place where it happened',
    residenceCountry: 'Country where the person lives',
    currentCountry: 'Country where the person is now',
    returnDate: 'Date the person leaves the country where the crime happened',
    returnDateHint: 'If they are going home, or moving on.',
    policeReported: 'Was the crime reported to the police?',
    policeCountry: 'Country where it was reported',
    policeReference: 'Police reference number',
    proceedingsStage: 'How far have the criminal proceedings gone?',
    proceedingsCountry: 'Country of the criminal proceedings',
    interpreterNeeded: { self: 'Do you need an interpreter?', professional: 'Does the person need an interpreter?' },
    contactLanguage: 'Language to contact the person in',
    contactLanguageHint: 'If it is different from the languages they speak best.',
  },
  assessment: {
    riskLevel: 'Risk of further harm',
    riskLevelHint: 'Your assessment of the risk that the person is harmed again.',
    protectionNeeds: 'Protection needs',
    notes: 'Assessment notes',
  },
  consent: {
    intro: {
      self: 'Before anything is sent, read what will be shared and choose what you agree to.',
      professional: 'Record what the person explicitly agreed to share. Ask them about each item.',
    },
    dataShared: 'What information is shared',
    dataSharedHint: {
      self: 'This is what your answers contain. To share less, go back and change them.',
      professional: 'This is what the answers contain. To share less, go back and change them.',
    },
    purposes: 'What it is used for',
    purposesHint: 'Select every purpose that is agreed.',
    sharedWith: 'Who it is shared with',
    sharedWithOrganisation: (organisation: string) =>
      `Only ${organisation}. It is not shared with anyone else in the network.`,
    sharedWithHost:
      'Only the organisation that runs this website. It may pass your request to the service you chose only for the purposes you agree to below.',
    withdrawal: 'How to withdraw consent',
    withdrawalText: {
      self: 'You can change your mind at any time. Tell the organisation that you withdraw your consent and your personal information will be deleted.',
      professional:
        'The person can withdraw consent at any time by telling your organisation or the receiving organisation. Their personal data is then erased.',
    },
    withdrawalConfirm: {
      self: 'I understand that I can withdraw my consent at any time',
      professional: 'I explained to the person how to withdraw consent',
    },
    method: 'How was consent given?',
    explicit: {
      self: 'I agree to share the information listed above with this organisation, for the purposes I selected',
      professional:
        'The person explicitly agreed to share the information listed above with this organisation, for the purposes selected',
    },
  },
  priority: {
    priority: 'How urgent is this?',
    answerWithin: plural('en', { one: 'Answer expected within # hour', other: 'Answer expected within # hours' }),
    responseDue: 'Answer needed by',
    responseDueHint: (defaultDue: string) =>
      `Leave empty to use the time for this priority: ${defaultDue}. You can only choose an earlier time.`,
  },
  review: {
    heading: 'Check your answers before sending',
    change: 'Change',
    changeLabel: (section: string) => `Change ${section}`,
    notProvided: 'Not given',
    yes: 'Yes',
    no: 'No',
    defaultResponseDue: 'Default for this priority',
  },
  submit: { self: 'Send my request', professional: 'Send referral' },
  submitting: 'Sending…',
  errorSummaryTitle: 'There is a problem',
  failure: {
    network:
      'It could not be sent because the connection failed. Nothing you typed has been lost. Check your connection, then try again.',
    server: 'Something went wrong on our side. Nothing you typed has been lost. Try again: it will not be sent twice.',
    rateLimited: 'Too many requests were sent from here. Wait a minute, then try again.',
    notAuthorised: 'This form is not allowed to send requests. Contact the owner of this website.',
    rejected: 'Some answers were not accepted. Check them, then send again.',
    retry: 'Try sending again',
  },
  success: {
    title: { self: 'Your request has been sent', professional: 'Referral sent' },
    reference: 'Reference',
    nextContact:
      'The organisation will contact you in the ways you chose, at the times you said are safe. If it is safe to do so, keep this reference.',
    nextNoContact:
      'Nobody will contact you. When it is safe, get in touch with the organisation and give them this reference.',
    nextProfessional: (due: string) =>
      `The receiving organisation must answer by ${due}. Their answer will appear in your organisation's referrals.`,
    followUp: {
      title: 'To check your request later, write these down',
      text: 'With your reference and this secret code you can see on this website what is happening with your request, or withdraw your consent. The code is shown only this once: nobody can show it to you again.',
      reference: 'Reference',
      secret: 'Secret code',
      advice:
        'Write them on paper and keep it somewhere safe. Do not take a screenshot or a photo if someone else may use or look at this phone or computer.',
      hide: 'I have written it down: hide the code',
      hidden: 'The secret code is hidden and is not kept on this device.',
    },
  },
  errors: {
    assistance: 'Select at least one kind of help',
    victimTypes: 'Select at least one thing that happened',
    caseSummary: 'Enter a few words about what happened',
    name: 'Enter a name',
    languages: 'Select at least one language',
    contact: 'Select whether contact is safe',
    channels: 'Select at least one safe way to make contact',
    phone: 'Enter a phone number with the country code, like +351912345678',
    email: 'Enter an email address, like name@example.com',
    riskLevel: 'Select the risk level',
    purposes: 'Select at least one purpose',
    method: 'Select how consent was given',
    withdrawal: 'Confirm that withdrawing consent was explained',
    explicit: 'Consent is needed before anything can be sent',
    priority: 'Select how urgent this is',
    responseDue: 'Choose a time in the future, no later than the time for this priority',
    returnDate: 'Enter a real date',
    policeReported: 'Select whether the crime was reported to the police',
    proceedingsStage: 'Select how far the criminal proceedings have gone',
    tooLong: (maximum: number) => `Enter ${maximum} characters or fewer`,
    blank: 'This cannot be blank',
    invalid: 'Check this answer',
  },
};
