/** Portuguese (European) strings of the widgets. */
import { plural } from '../plural.js';
import type { Strings } from './en.js';

export const pt: Strings = {
  finder: {
    regionLabel: 'Encontrar um serviço de apoio',
    searchLabel: 'Pesquisar serviços',
    searchHint: 'Um nome, um local ou um tipo de ajuda, por exemplo: aconselhamento jurídico',
    search: 'Pesquisar',
    filtersLegend: 'Filtrar serviços',
    country: 'País',
    victimType: 'O que aconteceu',
    assistance: 'Tipo de ajuda',
    language: 'Língua falada',
    delivery: 'Como é prestado o apoio',
    freeOfCharge: 'Apenas serviços gratuitos',
    openNow: 'Apenas abertos agora',
    any: 'Todos',
    clearFilters: 'Limpar filtros',
    searching: 'A pesquisar serviços…',
    loadingMore: 'A carregar mais serviços…',
    resultsShown: plural('pt-PT', {
      one: '# serviço apresentado.',
      many: '# de serviços apresentados.',
      other: '# serviços apresentados.',
    }),
    moreAvailable: 'Há mais serviços disponíveis.',
    emptyTitle: 'Nenhum serviço corresponde à sua pesquisa',
    emptyHint: 'Experimente outras palavras ou retire alguns filtros.',
    errorTitle: 'Não foi possível carregar os serviços',
    errorHint: 'Verifique a sua ligação e tente novamente.',
    retry: 'Tentar novamente',
    loadMore: 'Mostrar mais serviços',
    resultsLabel: 'Serviços',
  },
  map: {
    regionLabel: 'Mapa dos serviços de apoio',
    keyboardHint:
      'No mapa, prima Tab para passar de um local para outro e Enter para abrir um ou aproximar um grupo. A lista mostra os mesmos serviços.',
    place: (name: string, locality: string) => `${name}, ${locality}`,
    approximatePlace: (name: string, locality: string) => `${name}, zona aproximada: ${locality}`,
    approximateNote: (locality: string) => `Zona aproximada: ${locality}. A morada é confidencial.`,
    cluster: plural('pt', {
      one: '# serviço nesta zona. Prima Enter para aproximar.',
      other: '# serviços nesta zona. Prima Enter para aproximar.',
    }),
    shown: plural('pt', {
      one: '# serviço no mapa.',
      other: '# serviços no mapa.',
    }),
    notOnMap: plural('pt', {
      one: '# serviço não está no mapa: funciona online ou por telefone, ou a sua morada é confidencial. A lista mostra todos os serviços.',
      other:
        '# serviços não estão no mapa: funcionam online ou por telefone, ou a sua morada é confidencial. A lista mostra todos os serviços.',
    }),
    close: 'Fechar',
    zoomIn: 'Aproximar',
    zoomOut: 'Afastar',
    baseAttribution: 'Fronteiras: Natural Earth',
    viewLabel: 'Mostrar os serviços',
    listView: 'Numa lista',
    mapView: 'Num mapa',
  },
  service: {
    organisation: 'Organização',
    country: 'País',
    languages: 'Línguas',
    delivery: 'Como é prestado o apoio',
    hours: 'Horário de funcionamento',
    capacity: 'Disponibilidade',
    contact: 'Contacto',
    phone: 'Telefone',
    email: 'E-mail',
    website: 'Sítio web',
    chat: 'Chat online',
    freeOfCharge: 'Gratuito',
    confidential: 'Confidencial',
    alwaysOpen: 'Aberto 24 horas por dia, todos os dias',
    openUntil: (time: string) => `Aberto agora, até às ${time}`,
    opensAt: (when: string) => `Fechado agora. Abre: ${when}`,
    closedNoTimes: 'Fechado agora',
    noOpeningTimes: 'Sem horário indicado',
    waitingDays: plural('pt-PT', {
      one: 'Espera habitual: # dia',
      many: 'Espera habitual: # de dias',
      other: 'Espera habitual: # dias',
    }),
    capacityUpdated: (date: string) => `Atualizado a ${date}`,
    showDetails: 'Mais informações',
    select: 'Escolher este serviço',
    back: 'Voltar aos resultados',
    about: 'Sobre este serviço',
    assistance: 'Ajuda prestada',
    victimTypes: 'A quem ajuda',
    accessRoutes: 'Como chegar ao serviço',
    serviceArea: 'Área abrangida',
    locations: 'Onde encontrar',
    eligibility: 'Quem pode recorrer',
    ages: (minimum: number | undefined, maximum: number | undefined) =>
      minimum !== undefined && maximum !== undefined
        ? `Dos ${minimum} aos ${maximum} anos`
        : minimum !== undefined
          ? `A partir dos ${minimum} anos`
          : `Até aos ${maximum} anos`,
    accessibility: 'Acessibilidade',
    timeZoneNote: (timeZone: string) => `Os horários estão na hora local (${timeZone}).`,
    closedAllDay: 'Fechado',
  },
  form: {
    title: { self: 'Pedir apoio', professional: 'Encaminhar um caso' },
    intro: {
      self: 'Diga-nos de que ajuda precisa. Só a organização que lhe vai prestar apoio verá as suas respostas.',
      professional: 'Encaminhe a pessoa para a organização recetora. Partilhe apenas o necessário.',
    },
    stepOf: (current: number, total: number) => `Passo ${current} de ${total}`,
    steps: {
      needs: 'Apoio necessário',
      person: { self: 'Sobre si', professional: 'Sobre a pessoa' },
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
      tooLong: (maximum: number) => `Introduza no máximo ${maximum} caracteres`,
      blank: 'Este campo não pode ficar vazio',
      invalid: 'Verifique esta resposta',
    },
  },
  quickExit: {
    emphasis: 'Emergência',
    button: 'Sair desta página',
    keyboardHint: 'Ou prima 3 vezes a tecla Shift',
    pressesLeft: plural('pt-PT', {
      one: 'Shift: prima mais # vez para sair.',
      many: 'Shift: prima mais # de vezes para sair.',
      other: 'Shift: prima mais # vezes para sair.',
    }),
    expired: 'Sair desta página: tempo esgotado.',
    exiting: 'A carregar.',
  },
};
