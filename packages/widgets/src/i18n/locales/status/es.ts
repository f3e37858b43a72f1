/** Spanish strings of `<vr-referral-status>` (see `en.ts`). */
import type { enStatus } from './en.js';

export const esStatus: typeof enStatus = {
  title: 'Consultar su solicitud',
  intro:
    'Introduzca la referencia y el código secreto que recibió al pedir ayuda. Nada de lo que introduzca se guarda en este dispositivo.',
  reference: 'Referencia',
  referenceHint: 'Por ejemplo VR-7K3Q-92XD',
  secret: 'Código secreto',
  secretHint: 'Los espacios no importan.',
  show: 'Mostrar',
  hide: 'Ocultar',
  showSecret: 'Mostrar el código secreto',
  hideSecret: 'Ocultar el código secreto',
  secretShown: 'El código secreto está visible.',
  secretHidden: 'El código secreto está oculto.',
  check: 'Consultar mi solicitud',
  checking: 'Consultando…',
  errorSummaryTitle: 'Hay un problema',
  blankReference: 'Introduzca su referencia',
  blankSecret: 'Introduzca su código secreto',
  wrong:
    'No hemos encontrado ninguna solicitud con esta referencia y este código secreto. Compruebe ambos e inténtelo de nuevo.',
  locked: (when: string) =>
    `Ha habido demasiados intentos, así que la consulta de esta solicitud está en pausa para protegerla. Inténtelo de nuevo ${when}.`,
  lockedLater:
    'Ha habido demasiados intentos, así que la consulta de esta solicitud está en pausa para protegerla. Inténtelo de nuevo más tarde.',
  network: 'No hemos podido conectar. Compruebe su conexión e inténtelo de nuevo.',
  server: 'Algo ha fallado por nuestra parte. Inténtelo de nuevo en unos minutos.',
  notAuthorised:
    'Este sitio web no puede consultar solicitudes en este momento. Póngase en contacto con la organización que lo gestiona.',
  yourRequest: 'Su solicitud',
  status: 'Estado',
  changedAt: 'Último cambio',
  organisation: 'Organización',
  phone: 'Teléfono',
  email: 'Correo electrónico',
  website: 'Sitio web',
  nextStep: 'Qué pasa ahora',
  statuses: {
    draft: 'Su solicitud aún no se ha enviado.',
    sent: 'Su solicitud se ha enviado. La organización todavía no la ha abierto.',
    received: 'La organización ha recibido su solicitud.',
    accepted: 'La organización ha aceptado su solicitud y le va a acompañar.',
    declined: 'La organización no puede ayudar con esta solicitud. No es culpa suya, y hay otras ayudas disponibles.',
    'in-progress': 'La organización le está acompañando.',
    'on-hold': 'Su apoyo está en pausa por ahora.',
    completed: 'Su apoyo ha terminado.',
    failed: 'El apoyo no se ha podido dar como estaba previsto.',
    cancelled: 'Esta solicitud se ha cerrado.',
    'withdrawn-consent': 'Ha retirado su consentimiento. Sus datos personales se han borrado.',
  },
  nextSteps: {
    'wait-for-contact':
      'Se pondrá en contacto con usted por las vías que eligió, en los momentos que indicó como seguros. Si pidió que no le contactaran, póngase en contacto cuando sea seguro.',
    'support-under-way': 'Su apoyo está en marcha. Póngase en contacto si algo cambia.',
    'support-paused': 'Le dirán cuándo puede retomarse. Puede ponerse en contacto en cualquier momento.',
    'contact-organisation': 'Póngase en contacto para encontrar otra ayuda: pueden decirle quién más puede apoyarle.',
    'support-completed': 'Si vuelve a necesitar ayuda, puede pedirla en cualquier momento.',
    'consent-withdrawn': 'No tiene que hacer nada más. Puede volver a pedir ayuda en cualquier momento.',
  },
  withdraw: 'Retirar mi consentimiento',
  withdrawTitle: '¿Retirar su consentimiento?',
  withdrawExplained:
    'Si retira su consentimiento, la organización deja de trabajar en su solicitud y sus datos personales se borran. No tiene que dar ningún motivo. No se puede deshacer, pero siempre puede volver a pedir ayuda.',
  withdrawConfirm: 'Sí, retirar mi consentimiento',
  withdrawCancel: 'No, volver',
  withdrawing: 'Retirando…',
  withdrawn: 'Su consentimiento se ha retirado y sus datos personales se han borrado.',
  cannotWithdraw:
    'Ya no se puede retirar el consentimiento de esta solicitud. Póngase en contacto con la organización si lo necesita.',
  clear: 'Terminar y borrar',
  retry: 'Intentar de nuevo',
};
