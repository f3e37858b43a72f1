/** Portuguese (European) strings of `<vr-referral-form>` (see `en.ts`). */
import { plural } from '../../plural.js';
import type { formEn } from './en.js';

export const formPt: typeof formEn = {
  title: { self: 'Pedir apoio', professional: 'Encaminhar um caso' },
  intro: {
    self: 'Diga-nos de que ajuda precisa. Só a organização que lhe vai prestar apoio verá as suas respostas.',
    professional: 'Encaminhe a pessoa para a organização recetora. Partilhe apenas o necessário.',
  },
  stepOf: (current: number, total: number) => `Passo ${current} de ${total}`,
  steps: {
    needs: 'Apoio necessário',
    person: { self: 'Sobre si', professional: 'Sobre a pessoa' },
    crossBorder: 'Situação transfronteiriça',
    assessment: 'Avaliação individual',
    consent: 'Consentimento',
    priority: 'Prioridade e prazo de resposta',
    review: 'Verificar as respostas',
  },
  continue: 'Continuar',
  back: 'Voltar',
  optional: '(opcional)',
  selectAll: 'Selecione todas as opções que se aplicam.',
  receiver: 'Destinatário',
  service: 'Serviço',
  loadingService: 'A carregar o serviço…',
  serviceLoadError: 'Não foi possível carregar o serviço. Verifique a sua ligação e tente novamente.',
  retry: 'Tentar novamente',
  noService: 'Ainda não foi escolhido nenhum serviço. Escolha primeiro um serviço.',
  needs: {
    assistance: { self: 'De que ajuda precisa?', professional: 'De que ajuda precisa a pessoa?' },
    victimTypes: { self: 'O que lhe aconteceu?', professional: 'O que viveu a pessoa?' },
    caseSummary: { self: 'Em poucas palavras, o que aconteceu?', professional: 'Resumo do caso' },
    caseSummaryHint: {
      self: 'Escreva apenas o que quiser partilhar. Não precisa de dar pormenores.',
      professional:
        'O que a organização recetora precisa de saber, para que a pessoa não tenha de contar a sua história outra vez.',
    },
    notes: { self: 'Há mais alguma coisa que devamos saber?', professional: 'Outras notas sobre as necessidades' },
  },
  person: {
    name: { self: 'Como gostaria que lhe chamássemos?', professional: 'Nome ou pseudónimo' },
    nameHint: {
      self: 'Basta um nome próprio ou qualquer nome que escolha.',
      professional: 'Basta um nome próprio ou um pseudónimo.',
    },
    languages: { self: 'Que línguas fala?', professional: 'Línguas que a pessoa fala' },
    languagesHint: 'Selecione pelo menos uma.',
    ageGroup: { self: 'O seu grupo etário', professional: 'Grupo etário' },
    ageGroups: {
      unspecified: 'Prefere não dizer',
      child: 'Menos de 18 anos',
      adult: 'Dos 18 aos 64 anos',
      'older-adult': '65 anos ou mais',
    },
    contact: {
      self: 'É seguro a organização entrar em contacto consigo?',
      professional: 'A organização recetora pode contactar a pessoa diretamente?',
    },
    contactSafe: {
      self: 'Sim, é seguro contactarem-me',
      professional: 'Sim, pelos meios seguros indicados abaixo',
    },
    contactNone: { self: 'Não, não me contactem', professional: 'Não, todo o contacto passa por nós' },
    contactNoneHint: {
      self: 'Escolha esta opção se outra pessoa puder ver o seu telemóvel, as suas mensagens ou o seu e-mail. Pode entrar em contacto quando for seguro.',
      professional: 'A organização recetora contactará a sua organização, nunca a pessoa.',
    },
    channels: 'Meios de contacto seguros',
    channelsHint: 'Selecione todos os meios que sejam seguros.',
    phone: 'Número de telefone',
    phoneHint: 'Com o indicativo do país, por exemplo +351 912 345 678',
    email: 'Endereço de e-mail',
    app: 'Que aplicação de mensagens?',
    safeTimes: {
      self: 'Quando é seguro entrar em contacto consigo?',
      professional: 'Quando é seguro estabelecer contacto?',
    },
    safeTimesHint: 'Por exemplo: dias úteis entre as 10:00 e as 12:00, nunca à noite.',
    mayLeaveMessage: {
      self: 'A organização pode deixar uma mensagem a dizer quem é',
      professional: 'Pode ser deixada uma mensagem com o nome da organização',
    },
    doNotContactNotes: {
      self: 'Há alguma coisa que a organização deva saber?',
      professional: 'Como deve ser feito o contacto em alternativa',
    },
  },
  crossBorder: {
    intro:
      'O que a organização recetora precisa de saber sobre a situação entre países, para que a pessoa não tenha de repetir. Todas as perguntas são opcionais.',
    crimeCountry: { self: 'Em que país aconteceu?', professional: 'País onde o crime aconteceu' },
    crimePlace: 'Cidade ou local onde aconteceu',
    residenceCountry: 'País onde a pessoa vive',
    currentCountry: 'País onde a pessoa está agora',
    returnDate: 'Data em que a pessoa sai do país onde o crime aconteceu',
    returnDateHint: 'Se vai regressar a casa ou seguir viagem.',
    policeReported: 'O crime foi participado à polícia?',
    policeCountry: 'País onde foi participado',
    policeReference: 'Número de referência da polícia',
    proceedingsStage: 'Em que fase está o processo penal?',
    proceedingsCountry: 'País do processo penal',
    interpreterNeeded: { self: 'Precisa de intérprete?', professional: 'A pessoa precisa de intérprete?' },
    contactLanguage: 'Língua em que contactar a pessoa',
    contactLanguageHint: 'Se for diferente das línguas que fala melhor.',
  },
  assessment: {
    riskLevel: 'Risco de novos danos',
    riskLevelHint: 'A sua avaliação do risco de a pessoa voltar a sofrer danos.',
    protectionNeeds: 'Necessidades de proteção',
    notes: 'Notas da avaliação',
  },
  consent: {
    intro: {
      self: 'Antes de enviar, leia o que será partilhado e escolha aquilo com que concorda.',
      professional: 'Registe o que a pessoa aceitou partilhar de forma explícita. Pergunte-lhe sobre cada ponto.',
    },
    dataShared: 'Que informação é partilhada',
    dataSharedHint: {
      self: 'É isto que as suas respostas contêm. Para partilhar menos, volte atrás e altere-as.',
      professional: 'É isto que as respostas contêm. Para partilhar menos, volte atrás e altere-as.',
    },
    purposes: 'Para que é utilizada',
    purposesHint: 'Selecione cada finalidade aceite.',
    sharedWith: 'Com quem é partilhada',
    sharedWithOrganisation: (organisation: string) =>
      `Apenas com ${organisation}. Não é partilhada com mais ninguém na rede.`,
    sharedWithHost:
      'Apenas com a organização que gere este sítio web. Pode transmitir o seu pedido ao serviço que escolheu, apenas para as finalidades que aceitar abaixo.',
    withdrawal: 'Como retirar o consentimento',
    withdrawalText: {
      self: 'Pode mudar de ideias a qualquer momento. Diga à organização que retira o seu consentimento e os seus dados pessoais serão apagados.',
      professional:
        'A pessoa pode retirar o consentimento a qualquer momento, informando a sua organização ou a organização recetora. Os seus dados pessoais são então apagados.',
    },
    withdrawalConfirm: {
      self: 'Compreendo que posso retirar o meu consentimento a qualquer momento',
      professional: 'Expliquei à pessoa como retirar o consentimento',
    },
    method: 'Como foi dado o consentimento?',
    explicit: {
      self: 'Aceito partilhar a informação indicada acima com esta organização, para as finalidades que selecionei',
      professional:
        'A pessoa aceitou de forma explícita partilhar a informação indicada acima com esta organização, para as finalidades selecionadas',
    },
  },
  priority: {
    priority: 'Qual é a urgência?',
    answerWithin: plural('pt-PT', {
      one: 'Resposta esperada no prazo de # hora',
      many: 'Resposta esperada no prazo de # de horas',
      other: 'Resposta esperada no prazo de # horas',
    }),
    responseDue: 'Resposta necessária até',
    responseDueHint: (defaultDue: string) =>
      `Deixe em branco para usar o prazo desta prioridade: ${defaultDue}. Só pode escolher um momento anterior.`,
  },
  review: {
    heading: 'Verifique as suas respostas antes de enviar',
    change: 'Alterar',
    changeLabel: (section: string) => `Alterar: ${section}`,
    notProvided: 'Não indicado',
    yes: 'Sim',
    no: 'Não',
    defaultResponseDue: 'Prazo predefinido para esta prioridade',
  },
  submit: { self: 'Enviar o meu pedido', professional: 'Enviar encaminhamento' },
  submitting: 'A enviar…',
  errorSummaryTitle: 'Existe um problema',
  failure: {
    network:
      'Não foi possível enviar porque a ligação falhou. Nada do que escreveu se perdeu. Verifique a sua ligação e tente novamente.',
    server:
      'Ocorreu um problema do nosso lado. Nada do que escreveu se perdeu. Tente novamente: não será enviado duas vezes.',
    rateLimited: 'Foram enviados demasiados pedidos a partir daqui. Aguarde um minuto e tente novamente.',
    notAuthorised:
      'Este formulário não tem autorização para enviar pedidos. Contacte o responsável por este sítio web.',
    rejected: 'Algumas respostas não foram aceites. Verifique-as e envie novamente.',
    retry: 'Tentar enviar novamente',
  },
  success: {
    title: { self: 'O seu pedido foi enviado', professional: 'Encaminhamento enviado' },
    reference: 'Referência',
    nextContact:
      'A organização vai entrar em contacto consigo pelos meios que escolheu, nos horários que indicou como seguros. Se for seguro fazê-lo, guarde esta referência.',
    nextNoContact:
      'Ninguém vai entrar em contacto consigo. Quando for seguro, entre em contacto com a organização e indique esta referência.',
    nextProfessional: (due: string) =>
      `A organização recetora tem de responder até ${due}. A resposta aparecerá nos encaminhamentos da sua organização.`,
    followUp: {
      title: 'Para acompanhar o seu pedido mais tarde, anote estes dados',
      text: 'Com a sua referência e este código secreto pode ver neste site o que está a acontecer com o seu pedido, ou retirar o seu consentimento. O código só é mostrado desta vez: ninguém lho pode mostrar de novo.',
      reference: 'Referência',
      secret: 'Código secreto',
      advice:
        'Escreva-os em papel e guarde-o num lugar seguro. Não faça capturas de ecrã nem fotografias se outra pessoa puder usar ou ver este telemóvel ou computador.',
      hide: 'Já anotei: esconder o código',
      hidden: 'O código secreto está escondido e não fica guardado neste dispositivo.',
    },
  },
  errors: {
    assistance: 'Selecione pelo menos um tipo de ajuda',
    victimTypes: 'Selecione pelo menos uma opção sobre o que aconteceu',
    caseSummary: 'Escreva algumas palavras sobre o que aconteceu',
    name: 'Introduza um nome',
    languages: 'Selecione pelo menos uma língua',
    contact: 'Indique se o contacto é seguro',
    channels: 'Selecione pelo menos um meio de contacto seguro',
    phone: 'Introduza um número de telefone com o indicativo do país, por exemplo +351912345678',
    email: 'Introduza um endereço de e-mail, por exemplo nome@example.com',
    riskLevel: 'Selecione o nível de risco',
    purposes: 'Selecione pelo menos uma finalidade',
    method: 'Selecione como foi dado o consentimento',
    withdrawal: 'Confirme que foi explicado como retirar o consentimento',
    explicit: 'É necessário consentimento antes de se poder enviar qualquer coisa',
    priority: 'Selecione o grau de urgência',
    responseDue: 'Escolha um momento futuro, não posterior ao prazo desta prioridade',
    returnDate: 'Introduza uma data válida',
    policeReported: 'Indique se o crime foi participado à polícia',
    proceedingsStage: 'Indique em que fase está o processo penal',
    tooLong: (maximum: number) => `Introduza no máximo ${maximum} caracteres`,
    blank: 'Este campo não pode ficar vazio',
    invalid: 'Verifique esta resposta',
  },
};
