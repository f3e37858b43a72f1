/** Spanish strings of `<vr-referral-form>` (see `en.ts`). */
import { plural } from '../../plural.js';
import type { formEn } from './en.js';

export const formEs: typeof formEn = {
  title: { self: 'Pedir apoyo', professional: 'Derivar un caso' },
  intro: {
    self: 'Díganos qué ayuda necesita. Solo la organización que le va a apoyar verá sus respuestas.',
    professional: 'Derive a la persona a la organización receptora. Comparta solo lo necesario.',
  },
  stepOf: (current: number, total: number) => `Paso ${current} de ${total}`,
  steps: {
    needs: 'Apoyo que se necesita',
    person: { self: 'Sobre usted', professional: 'Sobre la persona' },
    crossBorder: 'Situación transfronteriza',
    assessment: 'Evaluación individual',
    consent: 'Consentimiento',
    priority: 'Prioridad y plazo de respuesta',
    review: 'Revisar las respuestas',
  },
  continue: 'Continuar',
  back: 'Atrás',
  optional: '(opcional)',
  selectAll: 'Seleccione todas las opciones que correspondan.',
  receiver: 'Destinatario',
  service: 'Servicio',
  loadingService: 'Cargando el servicio…',
  serviceLoadError: 'No se ha podido cargar el servicio. Compruebe su conexión y vuelva a intentarlo.',
  retry: 'Volver a intentarlo',
  noService: 'Todavía no se ha elegido ningún servicio. Elija primero un servicio.',
  needs: {
    assistance: { self: '¿Qué tipo de ayuda necesita?', professional: '¿Qué ayuda necesita la persona?' },
    victimTypes: { self: '¿Qué le ha ocurrido?', professional: '¿Qué ha vivido la persona?' },
    caseSummary: { self: 'En pocas palabras, ¿qué ha ocurrido?', professional: 'Resumen del caso' },
    caseSummaryHint: {
      self: 'Escriba solo lo que quiera compartir. No hace falta que dé detalles.',
      professional:
        'Lo que la organización receptora necesita saber, para que la persona no tenga que volver a contar su historia.',
    },
    notes: { self: '¿Hay algo más que debamos saber?', professional: 'Otras observaciones sobre las necesidades' },
  },
  person: {
    name: { self: '¿Cómo quiere que le llamemos?', professional: 'Nombre o seudónimo' },
    nameHint: {
      self: 'Basta con un nombre de pila o cualquier nombre que elija.',
      professional: 'Basta con un nombre de pila o un seudónimo.',
    },
    languages: { self: '¿Qué idiomas habla?', professional: 'Idiomas que habla la persona' },
    languagesHint: 'Seleccione al menos uno.',
    ageGroup: { self: 'Su grupo de edad', professional: 'Grupo de edad' },
    ageGroups: {
      unspecified: 'Prefiere no decirlo',
      child: 'Menos de 18 años',
      adult: 'De 18 a 64 años',
      'older-adult': '65 años o más',
    },
    contact: {
      self: '¿Es seguro que la organización se ponga en contacto con usted?',
      professional: '¿Puede la organización receptora contactar directamente con la persona?',
    },
    contactSafe: {
      self: 'Sí, es seguro contactar conmigo',
      professional: 'Sí, por las vías seguras indicadas abajo',
    },
    contactNone: {
      self: 'No, no contacten conmigo',
      professional: 'No, todo contacto se hará a través de nosotros',
    },
    contactNoneHint: {
      self: 'Elija esta opción si otra persona puede ver su teléfono, sus mensajes o su correo. Podrá ponerse en contacto usted cuando sea seguro.',
      professional: 'La organización receptora contactará con su organización, nunca con la persona.',
    },
    channels: 'Vías seguras de contacto',
    channelsHint: 'Seleccione todas las vías que sean seguras.',
    phone: 'Número de teléfono',
    phoneHint: 'Con el prefijo del país, por ejemplo +351 912 345 678',
    email: 'Correo electrónico',
    app: '¿Qué aplicación de mensajería?',
    safeTimes: {
      self: '¿Cuándo es seguro contactar con usted?',
      professional: '¿Cuándo es seguro establecer contacto?',
    },
    safeTimesHint: 'Por ejemplo: entre semana de 10:00 a 12:00, nunca por la noche.',
    mayLeaveMessage: {
      self: 'La organización puede dejar un mensaje diciendo quién es',
      professional: 'Se puede dejar un mensaje con el nombre de la organización',
    },
    doNotContactNotes: {
      self: '¿Hay algo que la organización deba saber?',
      professional: 'Cómo se debe organizar el contacto en su lugar',
    },
  },
  crossBorder: {
    intro:
      'Lo que la organización receptora necesita saber sobre la situación entre países, para no tener que preguntarle de nuevo a la persona. Todas las preguntas son opcionales.',
    crimeCountry: { self: '¿En qué país ocurrió?', professional: 'País donde se cometió el delito' },
    crimePlace: 'Ciudad o lugar donde ocurrió',
    residenceCountry: 'País donde vive la persona',
    currentCountry: 'País donde está la persona ahora',
    returnDate: 'Fecha en que la persona sale del país donde ocurrió el delito',
    returnDateHint: 'Si vuelve a casa o sigue su viaje.',
    policeReported: '¿Se denunció el delito a la policía?',
    policeCountry: 'País donde se denunció',
    policeReference: 'Número de referencia de la policía',
    proceedingsStage: '¿En qué fase está el proceso penal?',
    proceedingsCountry: 'País del proceso penal',
    interpreterNeeded: { self: '¿Necesita un intérprete?', professional: '¿Necesita la persona un intérprete?' },
    contactLanguage: 'Idioma en el que contactar a la persona',
    contactLanguageHint: 'Si es distinto de los idiomas que mejor habla.',
  },
  assessment: {
    riskLevel: 'Riesgo de sufrir más daño',
    riskLevelHint: 'Su valoración del riesgo de que la persona vuelva a sufrir daño.',
    protectionNeeds: 'Necesidades de protección',
    notes: 'Observaciones de la evaluación',
  },
  consent: {
    intro: {
      self: 'Antes de enviar nada, lea qué se va a compartir y elija aquello con lo que está de acuerdo.',
      professional: 'Registre lo que la persona ha aceptado compartir de forma explícita. Pregúntele por cada punto.',
    },
    dataShared: 'Qué información se comparte',
    dataSharedHint: {
      self: 'Esto es lo que contienen sus respuestas. Si quiere compartir menos, vuelva atrás y cámbielas.',
      professional: 'Esto es lo que contienen las respuestas. Para compartir menos, vuelva atrás y cámbielas.',
    },
    purposes: 'Para qué se utiliza',
    purposesHint: 'Seleccione cada finalidad aceptada.',
    sharedWith: 'Con quién se comparte',
    sharedWithOrganisation: (organisation: string) =>
      `Solo con ${organisation}. No se comparte con nadie más de la red.`,
    sharedWithHost:
      'Solo con la organización que gestiona este sitio web. Puede transmitir su solicitud al servicio que ha elegido únicamente para las finalidades que acepte a continuación.',
    withdrawal: 'Cómo retirar el consentimiento',
    withdrawalText: {
      self: 'Puede cambiar de opinión en cualquier momento. Comunique a la organización que retira su consentimiento y sus datos personales se borrarán.',
      professional:
        'La persona puede retirar su consentimiento en cualquier momento comunicándolo a su organización o a la organización receptora. Sus datos personales se suprimen entonces.',
    },
    withdrawalConfirm: {
      self: 'Entiendo que puedo retirar mi consentimiento en cualquier momento',
      professional: 'He explicado a la persona cómo retirar su consentimiento',
    },
    method: '¿Cómo se dio el consentimiento?',
    explicit: {
      self: 'Acepto compartir la información indicada arriba con esta organización, para las finalidades que he seleccionado',
      professional:
        'La persona ha aceptado de forma explícita compartir la información indicada arriba con esta organización, para las finalidades seleccionadas',
    },
  },
  priority: {
    priority: '¿Qué urgencia tiene?',
    answerWithin: plural('es', {
      one: 'Respuesta esperada en # hora',
      many: 'Respuesta esperada en # de horas',
      other: 'Respuesta esperada en # horas',
    }),
    responseDue: 'Respuesta necesaria antes de',
    responseDueHint: (defaultDue: string) =>
      `Déjelo vacío para usar el plazo de esta prioridad: ${defaultDue}. Solo puede elegir un momento anterior.`,
  },
  review: {
    heading: 'Revise sus respuestas antes de enviar',
    change: 'Cambiar',
    changeLabel: (section: string) => `Cambiar: ${section}`,
    notProvided: 'No indicado',
    yes: 'Sí',
    no: 'No',
    defaultResponseDue: 'Plazo predeterminado para esta prioridad',
  },
  submit: { self: 'Enviar mi solicitud', professional: 'Enviar derivación' },
  submitting: 'Enviando…',
  errorSummaryTitle: 'Hay un problema',
  failure: {
    network:
      'No se ha podido enviar porque ha fallado la conexión. No se ha perdido nada de lo que ha escrito. Compruebe su conexión y vuelva a intentarlo.',
    server:
      'Algo ha fallado por nuestra parte. No se ha perdido nada de lo que ha escrito. Vuelva a intentarlo: no se enviará dos veces.',
    rateLimited: 'Se han enviado demasiadas solicitudes desde aquí. Espere un minuto y vuelva a intentarlo.',
    notAuthorised:
      'Este formulario no tiene permiso para enviar solicitudes. Póngase en contacto con quien gestiona este sitio web.',
    rejected: 'Algunas respuestas no se han aceptado. Revíselas y vuelva a enviar.',
    retry: 'Volver a enviar',
  },
  success: {
    title: { self: 'Su solicitud se ha enviado', professional: 'Derivación enviada' },
    reference: 'Referencia',
    nextContact:
      'La organización se pondrá en contacto con usted por las vías que ha elegido, en los momentos que ha indicado como seguros. Si puede hacerlo sin riesgo, guarde esta referencia.',
    nextNoContact:
      'Nadie se pondrá en contacto con usted. Cuando sea seguro, póngase en contacto con la organización y facilite esta referencia.',
    nextProfessional: (due: string) =>
      `La organización receptora debe responder antes de ${due}. Su respuesta aparecerá en las derivaciones de su organización.`,
    followUp: {
      title: 'Para consultar su solicitud más tarde, anote estos datos',
      text: 'Con su referencia y este código secreto puede ver en este sitio web cómo va su solicitud, o retirar su consentimiento. El código solo se muestra esta vez: nadie podrá volver a mostrárselo.',
      reference: 'Referencia',
      secret: 'Código secreto',
      advice:
        'Anótelos en papel y guárdelo en un lugar seguro. No haga una captura de pantalla ni una foto si otra persona puede usar o mirar este teléfono u ordenador.',
      hide: 'Ya lo he anotado: ocultar el código',
      hidden: 'El código secreto está oculto y no se guarda en este dispositivo.',
    },
  },
  errors: {
    assistance: 'Seleccione al menos un tipo de ayuda',
    victimTypes: 'Seleccione al menos una opción sobre lo ocurrido',
    caseSummary: 'Escriba unas palabras sobre lo ocurrido',
    name: 'Escriba un nombre',
    languages: 'Seleccione al menos un idioma',
    contact: 'Indique si es seguro establecer contacto',
    channels: 'Seleccione al menos una vía segura de contacto',
    phone: 'Escriba un número de teléfono con el prefijo del país, por ejemplo +351912345678',
    email: 'Escriba una dirección de correo electrónico, por ejemplo nombre@example.com',
    riskLevel: 'Seleccione el nivel de riesgo',
    purposes: 'Seleccione al menos una finalidad',
    method: 'Seleccione cómo se dio el consentimiento',
    withdrawal: 'Confirme que se ha explicado cómo retirar el consentimiento',
    explicit: 'Hace falta el consentimiento antes de poder enviar nada',
    priority: 'Seleccione el grado de urgencia',
    responseDue: 'Elija un momento futuro, no posterior al plazo de esta prioridad',
    returnDate: 'Introduzca una fecha válida',
    policeReported: 'Indique si el delito se denunció a la policía',
    proceedingsStage: 'Indique en qué fase está el proceso penal',
    tooLong: (maximum: number) => `Escriba ${maximum} caracteres como máximo`,
    blank: 'Este campo no puede quedar vacío',
    invalid: 'Revise esta respuesta',
  },
};
