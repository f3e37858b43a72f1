/** Arabic strings of the emergency notice (see `en.ts`). */
import type { safetyEn } from './en.js';

export const safetyAr: typeof safetyEn = {
  safety: {
    title: 'إذا كنت في خطر الآن',
    callNow: 'اطلب المساعدة الآن. الاتصال برقم الطوارئ مجاني من أي هاتف.',
    callLocal: 'اتصل الآن برقم الطوارئ في بلدك.',
    emergencyLabel: 'الطوارئ: الشرطة، الإسعاف، الإطفاء',
    victimHelplineLabel: 'خط المساعدة لضحايا الجرائم',
    ownHelplineLabel: 'خط المساعدة لدينا',
  },
};
