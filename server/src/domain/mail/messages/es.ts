import { counted } from './plural';
import type { MailMessages } from './types';

const credits = (n: number) => counted('es', n, { one: 'crédito', other: 'créditos' });
/** Verb and participle agree with the count: "falta 1 crédito", "faltan 2 créditos". */
const one = (n: number) => new Intl.PluralRules('es').select(n) === 'one';

// Customers file a "solicitud" and ask a "consulta"; staff say "ticket".
export const es: MailMessages = {
  noReply: 'Este correo se ha enviado desde una dirección que no admite respuestas. Las respuestas a este correo no se leen.',
  replyViaLink: 'Para responder, utilice el enlace a su solicitud:',
  replyViaSite: (site) => `Para responder, acceda a la página de soporte de ${site} y responda allí en su solicitud.`,
  questionsViaSite: (site) => `¿Tiene alguna pregunta? Acceda a la página de soporte de ${site} y abra allí una solicitud.`,
  greeting: 'Hola:',
  signOff: 'Atentamente,',
  team: (site) => `El equipo de soporte de ${site}`,
  colon: ': ',
  labels: {
    reference: 'Referencia', subject: 'Asunto', tier: 'Nivel de servicio', target: 'Plazo', dueAt: 'Vence', customer: 'Cliente',
    estimate: 'Estimación', balance: 'Saldo de créditos', amount: 'Importe pagado', creditsAdded: 'Créditos añadidos',
  },
  tiers: { standard: 'Estándar', priority: 'Prioritario' },
  targets: { firstResponse: 'Primera respuesta', nextResponse: 'Siguiente respuesta', resolution: 'Resolución' },
  targetPhrases: { firstResponse: 'la primera respuesta', nextResponse: 'la siguiente respuesta', resolution: 'la resolución' },
  openTicket: 'Ver su solicitud',
  openAdminTicket: 'Abrir el ticket en el panel de administración',
  staffFooter: (site) => `Aviso automático del servicio de soporte de ${site}. Las respuestas a este correo no se leen.`,
  credits,
  creditsNeverExpire: 'Los créditos no caducan nunca: siguen disponibles hasta que los utilice.',

  ticketReceived: {
    subject: 'Hemos recibido su consulta',
    heading: 'Hemos recibido su consulta',
    intro: (ref) => `Gracias por ponerse en contacto con nosotros. Hemos recibido su consulta y la hemos registrado con la referencia ${ref}.`,
    expected: (date) => `Recibirá una respuesta, a más tardar, el ${date}.`,
    multipleQuestions:
      'Su mensaje parece contener más de una pregunta. Tratamos una pregunta por solicitud, para que cada una reciba una respuesta adecuada. Le rogamos que plantee sus otras preguntas en solicitudes separadas.',
    suggestions: 'Mientras tanto, estas respuestas de nuestras preguntas frecuentes podrían serle de ayuda:',
  },
  staffAnswered: {
    subject: 'Nueva respuesta a su consulta',
    heading: 'Ha recibido una respuesta',
    intro: (name, site) =>
      name ? `${name}, del equipo de soporte de ${site}, ha respondido a su consulta:` : 'Nuestro equipo de soporte ha respondido a su consulta:',
    closing: '¿Ha quedado resuelta su consulta? Si no es así, responda en su solicitud y seguiremos ayudándole.',
  },
  moreInfoNeeded: {
    subject: 'Necesitamos más información',
    heading: 'Necesitamos más información',
    intro: 'Para poder ayudarle, necesitamos algo más de información sobre su consulta.',
    question: 'Nuestra pregunta:',
    closing: 'Le rogamos que responda en su solicitud. Continuaremos en cuanto recibamos su respuesta.',
  },
  ticketResolved: {
    subject: 'Su consulta se ha resuelto',
    heading: 'Su consulta se ha resuelto',
    intro: (ref) => `Hemos marcado su solicitud ${ref} como resuelta. Esperamos haberle ayudado.`,
    reopen: '¿No ha quedado resuelta del todo o tiene una pregunta adicional sobre el mismo tema? Responda en su solicitud y se volverá a abrir automáticamente.',
    newQuestion: 'Si tiene una nueva consulta, abra una nueva solicitud.',
  },
  creditEstimate: {
    subject: 'Confirme la estimación de créditos',
    subjectRevised: 'Confirme la nueva estimación de créditos',
    heading: 'Confirme la estimación',
    headingRevised: 'Hemos revisado la estimación',
    intro: (ref, n, cls) =>
      `Hemos analizado su consulta ${ref}${cls ? ` (tipo de incidencia: ${cls})` : ''} y estimamos que su resolución requerirá ${credits(n)}.`,
    introRevised: (ref, n, cls) =>
      `Hemos revisado la estimación de su consulta ${ref}${cls ? ` (tipo de incidencia: ${cls})` : ''}: ahora estimamos que requerirá ${credits(n)}.`,
    confirm: 'Empezaremos a trabajar en su consulta en cuanto confirme la estimación en su solicitud.',
    charge: (min) =>
      `Nunca le descontaremos más de lo que indique la estimación que confirme: descontamos los créditos correspondientes al tiempo realmente dedicado, con un mínimo de ${credits(min)}.`,
    topUpFirst: (n, site) =>
      `A su saldo le ${one(n) ? 'falta' : 'faltan'} ${credits(n)} para cubrir esta estimación. Recargue primero sus créditos en la página de soporte de ${site} y, a continuación, confirme la estimación.`,
  },
  paymentReceived: {
    subjectPriority: 'Pago recibido por la atención prioritaria',
    subjectCredits: (n) => (n === null ? 'Pago recibido' : `Pago recibido: ${credits(n)} ${one(n) ? 'añadido' : 'añadidos'}`),
    headingPriority: 'Su solicitud ya es prioritaria',
    headingCredits: 'Gracias por su pago',
    introPriority: (amount, ref) =>
      `Hemos recibido su pago de ${amount} por la atención prioritaria de su solicitud${ref ? ` ${ref}` : ''}. ¡Muchas gracias!`,
    priority: 'Su solicitud es ahora prioritaria: se atiende antes que las solicitudes estándar y también se responde los domingos y festivos.',
    expected: (date) => `Recibirá una respuesta, a más tardar, el ${date}.`,
    introCredits: (amount) => `Hemos recibido su pago de ${amount}. ¡Muchas gracias!`,
    creditsAdded: (n) => `Hemos añadido ${credits(n)} a su cuenta.`,
    balance: (n) => `Su saldo actual es de ${credits(n)}.`,
  },
  priorityExpired: {
    subject: 'Pago de la atención prioritaria no completado',
    heading: 'El pago de la atención prioritaria no se ha completado',
    intro: (ref) =>
      `El pago de la atención prioritaria de su solicitud ${ref} no se ha completado: se ha cancelado o ha caducado. No se le ha cobrado nada.`,
    standard: 'Su consulta no se pierde: la atenderemos como solicitud estándar, que se responde en días laborables.',
    expected: (date) => `Recibirá una respuesta, a más tardar, el ${date}.`,
    newPriority: '¿Sigue necesitando atención prioritaria? Puede solicitarla cuando abra una nueva solicitud.',
  },
  balanceLow: {
    subject: 'Su saldo de créditos de soporte es bajo',
    heading: 'Su saldo de créditos es bajo',
    intro: (n, min) => `Su saldo de créditos de soporte es ahora de ${credits(n)}, por debajo del mínimo de ${credits(min)} que requiere una incidencia.`,
    topUp: (site) => `Puede recargar sus créditos usted mismo en cualquier momento en la página de soporte de ${site}.`,
  },
  staffNewPriority: {
    subject: 'Nuevo ticket prioritario',
    heading: 'Nuevo ticket prioritario',
    intro: (ref) => `Un cliente ha enviado el ticket prioritario ${ref}.`,
    due: (target, date) => `Plazo para ${target}: ${date}.`,
  },
  slaPreBreach: {
    subject: 'Plazo de SLA a punto de vencer',
    heading: 'Plazo de SLA a punto de vencer',
    intro: (target, ref, date) => `El plazo para ${target} del ticket ${ref} vence pronto: ${date}.`,
    action: 'Atienda este ticket antes de que venza el plazo.',
  },
  slaBreach: {
    subject: 'Plazo de SLA incumplido',
    heading: 'Plazo de SLA incumplido',
    intro: (target, ref, date) => `El ticket ${ref} ha incumplido el plazo para ${target} (${date}).`,
    action: 'Atienda este ticket lo antes posible.',
  },
};
