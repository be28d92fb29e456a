import type { MailMessages } from './types';

// Customers file a "solicitud" and ask a "consulta"; staff say "ticket".
export const es: MailMessages = {
  noReply: 'Este correo se ha enviado desde una dirección que no admite respuestas. Las respuestas a este correo no se leen.',
  replyViaLink: 'Para responder, utilice el enlace a su solicitud:',
  replyViaSite: (site) => `Para responder, acceda a la página de soporte de ${site} y responda allí en su solicitud.`,
  greeting: 'Hola:',
  signOff: 'Atentamente,',
  team: (site) => `El equipo de soporte de ${site}`,
  colon: ': ',
  labels: { reference: 'Referencia', subject: 'Asunto', tier: 'Nivel de servicio', target: 'Plazo', dueAt: 'Vence', customer: 'Cliente' },
  tiers: { standard: 'Estándar', priority: 'Prioritario' },
  targets: { firstResponse: 'Primera respuesta', nextResponse: 'Siguiente respuesta', resolution: 'Resolución' },
  targetPhrases: { firstResponse: 'la primera respuesta', nextResponse: 'la siguiente respuesta', resolution: 'la resolución' },
  openTicket: 'Ver su solicitud',
  openAdminTicket: 'Abrir el ticket en el panel de administración',
  staffFooter: (site) => `Aviso automático del servicio de soporte de ${site}. Las respuestas a este correo no se leen.`,

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
