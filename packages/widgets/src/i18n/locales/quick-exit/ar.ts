/** Arabic strings of the quick exit (see `../en-quick-exit.ts`). */
import { plural } from '../../plural.js';
import type { enQuickExit } from '../en-quick-exit.js';

export const quickExitAr: typeof enQuickExit = {
  emphasis: 'طوارئ',
  button: 'الخروج من هذه الصفحة',
  keyboardHint: 'أو اضغطوا على مفتاح Shift ثلاث مرات',
  pressesLeft: plural('ar', {
    zero: 'Shift: اضغطوا # مرة أخرى للخروج.',
    one: 'Shift: اضغطوا مرة واحدة أخرى للخروج.',
    two: 'Shift: اضغطوا مرتين أخريين للخروج.',
    few: 'Shift: اضغطوا # مرات أخرى للخروج.',
    many: 'Shift: اضغطوا # مرة أخرى للخروج.',
    other: 'Shift: اضغطوا # مرة أخرى للخروج.',
  }),
  expired: 'الخروج من الصفحة: انتهت المهلة.',
  exiting: 'جارٍ التحميل.',
  safetySummary: 'البقاء آمنًا على الإنترنت',
  safetyCannotHide:
    'زر «الخروج من هذه الصفحة» يخفي هذا الموقع بسرعة، لكنه لا يحذفه من سجل التصفح. من يفحص هذا الجهاز أو الشبكة قد يرى أنك زرته.',
  safetyStepsIntro: 'لتكون أكثر أمانًا:',
  safetySteps: [
    'استخدم نافذة خاصة (وضع التصفح المتخفي) لا تحفظ السجل',
    'بعد ذلك، احذف هذا الموقع من سجل التصفح',
    'إن أمكن، استخدم جهازًا لا يستطيع الشخص الذي تخافه فحصه، مثل هاتف صديق أو حاسوب في مكتبة',
  ],
  safetyMore: 'المزيد عن البقاء آمنًا على الإنترنت',
};
