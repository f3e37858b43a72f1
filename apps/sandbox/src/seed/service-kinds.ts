/** The kinds of service members run, as the seeded directory draws them. */
import type { AccessRoute, DeliveryMode, FormOfAssistance, VictimType } from '@victim-referral/schemas';

export type HoursPattern = 'office' | 'helpline' | 'extended' | 'weekend' | 'evening';

export interface ServiceKind {
  name: string;
  description: string;
  assistance: FormOfAssistance[];
  victimTypes: VictimType[];
  delivery: DeliveryMode[];
  access: AccessRoute[];
  hours: HoursPattern;
  ages?: { minimumAge?: number; maximumAge?: number; description: string };
  /** Safe accommodation: where it is must never be published. */
  confidentialLocation?: true;
}

export const serviceKinds: ServiceKind[] = [
  {
    name: 'Victim support helpline',
    description: 'Free, confidential listening and information for anyone affected by crime, by phone and chat.',
    assistance: ['emotional-support', 'information'],
    victimTypes: ['violent-crime', 'robbery-theft', 'other'],
    delivery: ['phone', 'chat'],
    access: ['self', 'helpline'],
    hours: 'helpline',
  },
  {
    name: 'Local victim support office',
    description: 'Walk-in and appointment support: practical help, information on rights and the criminal procedure.',
    assistance: ['emotional-support', 'practical-support', 'information'],
    victimTypes: ['violent-crime', 'robbery-theft', 'fraud-cybercrime'],
    delivery: ['in-person', 'phone'],
    access: ['self', 'police'],
    hours: 'office',
  },
  {
    name: 'Court and police accompaniment',
    description: 'Trained volunteers accompany victims to the police, to hearings and to trial.',
    assistance: ['court-accompaniment', 'information', 'advocacy'],
    victimTypes: ['violent-crime', 'sexual-violence', 'domestic-violence'],
    delivery: ['in-person'],
    access: ['police', 'other-services'],
    hours: 'extended',
  },
  {
    name: 'Domestic violence outreach',
    description: 'Outreach workers visit victims of domestic abuse at a safe place and plan their safety with them.',
    assistance: ['emotional-support', 'advocacy', 'shelter'],
    victimTypes: ['domestic-violence', 'gender-based-violence', 'stalking-harassment'],
    delivery: ['outreach', 'phone'],
    access: ['self', 'police', 'health', 'social-services'],
    hours: 'extended',
  },
  {
    name: 'Sexual violence support centre',
    description: 'Crisis support, forensic examination referral and counselling after rape or sexual assault.',
    assistance: ['emotional-support', 'medical-referral', 'psychological-counselling'],
    victimTypes: ['sexual-violence', 'gender-based-violence'],
    delivery: ['in-person', 'phone', 'chat'],
    access: ['self', 'health', 'police'],
    hours: 'helpline',
  },
  {
    name: 'Trauma counselling',
    description: 'Short-term counselling and trauma therapy by psychologists for victims and witnesses.',
    assistance: ['psychological-counselling', 'trauma-therapy'],
    victimTypes: ['violent-crime', 'terrorism', 'homicide-bereaved'],
    delivery: ['in-person', 'video'],
    access: ['other-services', 'health'],
    hours: 'office',
  },
  {
    name: 'Legal information service',
    description: "Lawyers explain victims' rights, legal aid and how to take part in the proceedings.",
    assistance: ['legal-advice', 'information', 'compensation-claims'],
    victimTypes: ['violent-crime', 'fraud-cybercrime', 'road-traffic'],
    delivery: ['phone', 'email', 'video'],
    access: ['self', 'other-services'],
    hours: 'office',
  },
  {
    name: 'Fraud and cybercrime victims desk',
    description: 'Help after online fraud, identity theft, sextortion and scams: securing accounts and reporting.',
    assistance: ['practical-support', 'information', 'emotional-support'],
    victimTypes: ['fraud-cybercrime'],
    delivery: ['chat', 'email', 'phone'],
    access: ['self', 'police'],
    hours: 'evening',
  },
  {
    name: 'Safe accommodation',
    description: 'Emergency shelter and safe housing for victims who cannot stay at home.',
    assistance: ['shelter', 'practical-support'],
    victimTypes: ['domestic-violence', 'human-trafficking', 'gender-based-violence'],
    delivery: ['in-person', 'phone'],
    access: ['police', 'social-services', 'helpline'],
    hours: 'helpline',
    confidentialLocation: true,
  },
  {
    name: 'Support for families bereaved by homicide',
    description: 'Long-term support for families after a killing, through the investigation and the trial.',
    assistance: ['emotional-support', 'advocacy', 'court-accompaniment'],
    victimTypes: ['homicide-bereaved', 'road-traffic'],
    delivery: ['in-person', 'phone', 'outreach'],
    access: ['police', 'other-services'],
    hours: 'office',
  },
  {
    name: 'Cross-border victims desk',
    description:
      'For residents harmed abroad and visitors harmed here: interpretation, contact with the home country and help returning home.',
    assistance: ['repatriation-support', 'interpretation', 'information'],
    victimTypes: ['robbery-theft', 'violent-crime', 'terrorism'],
    delivery: ['phone', 'email', 'video'],
    access: ['consulate', 'police', 'other-services'],
    hours: 'extended',
  },
  {
    name: 'Children and young victims service',
    description: 'Specialist support for children and young people, with their parents or carers.',
    assistance: ['emotional-support', 'psychological-counselling', 'court-accompaniment'],
    victimTypes: ['child-abuse', 'sexual-violence', 'violent-crime'],
    delivery: ['in-person', 'chat'],
    access: ['social-services', 'health', 'self'],
    hours: 'office',
    ages: { minimumAge: 0, maximumAge: 17, description: 'Children and young people under 18' },
  },
  {
    name: 'Hate crime support',
    description: 'Support and third-party reporting for victims targeted for who they are.',
    assistance: ['emotional-support', 'advocacy', 'information'],
    victimTypes: ['hate-crime', 'stalking-harassment'],
    delivery: ['phone', 'chat', 'in-person'],
    access: ['self', 'other-services'],
    hours: 'weekend',
  },
  {
    name: 'Human trafficking victims programme',
    description: 'Identification, safe housing, legal status advice and interpretation for trafficked people.',
    assistance: ['shelter', 'legal-advice', 'interpretation'],
    victimTypes: ['human-trafficking'],
    delivery: ['in-person', 'outreach'],
    access: ['police', 'other-services', 'consulate'],
    hours: 'helpline',
    confidentialLocation: true,
  },
  {
    name: 'Restorative justice service',
    description: 'Prepared, voluntary dialogue between victims and offenders, led by trained facilitators.',
    assistance: ['restorative-justice', 'emotional-support'],
    victimTypes: ['violent-crime', 'robbery-theft', 'other'],
    delivery: ['in-person', 'video'],
    access: ['other-services', 'self'],
    hours: 'office',
    ages: { minimumAge: 16, description: 'Victims aged 16 and over' },
  },
  {
    name: 'Road traffic victims support',
    description: 'Help for people injured and bereaved in road crashes, including insurance and compensation.',
    assistance: ['compensation-claims', 'practical-support', 'peer-support'],
    victimTypes: ['road-traffic', 'homicide-bereaved'],
    delivery: ['phone', 'in-person'],
    access: ['police', 'health'],
    hours: 'office',
  },
  {
    name: 'Terrorism and mass victimisation response',
    description:
      'A coordinated response after attacks and disasters: information centre, peer groups and long-term follow-up.',
    assistance: ['information', 'peer-support', 'psychological-counselling'],
    victimTypes: ['terrorism', 'mass-victimisation'],
    delivery: ['phone', 'video', 'in-person'],
    access: ['helpline', 'consulate', 'other-services'],
    hours: 'helpline',
  },
];
