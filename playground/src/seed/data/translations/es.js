'use strict';
// Spanish (es) versions of the playground's demo content: the FAQ entries (faqs.js), the
// documentation pages (doc-pages.js) and the incident classes (incident-classes.js).
// Each object names its English original in `en` (the exact English question, title or name),
// in the same order as the source files. Register: "tú" throughout (as the nl uses "je"), worded
// so that no vosotros forms are needed. Terms: centro de soporte (helpdesk), página de Soporte,
// equipo de soporte, ticket / ticket prioritario / soporte prioritario, política de uso razonable
// (fair use), créditos de soporte, saldo (recargar), incidencia (incident), estimación (estimate),
// horario de atención, hora límite (cut-off), área de clientes, archivo adjunto, dirección no-reply,
// iniciar sesión, correo electrónico.
module.exports = {
  faqs: [
    // getting-started
    {
      en: "How can I get an answer to my question as quickly as possible?",
      question: "¿Cómo puedo obtener una respuesta a mi pregunta lo antes posible?",
      answer: "Lo más rápido suele ser el autoservicio. Escribe tu pregunta en la página de Soporte y nuestro asistente virtual buscará al instante una respuesta adecuada. Echa también un vistazo a las **Preguntas frecuentes** y a la **Documentación**, donde encontrarás respuesta a la mayoría de las dudas habituales. Si aun así no das con lo que buscas, abre un ticket y nuestro equipo de soporte se encargará del resto.",
    },
    {
      en: "What does the virtual assistant on the Support page do?",
      question: "¿Qué hace el asistente virtual de la página de Soporte?",
      answer: "El asistente virtual lee la pregunta que escribes y busca automáticamente respuestas relevantes en las Preguntas frecuentes y en la Documentación. Está disponible las 24 horas, así que no tienes que esperar a nuestro horario de atención. Prueba a formular tu pregunta con unas pocas palabras sencillas, por ejemplo “cambiar dirección de facturación”. Si ninguna de las sugerencias te ayuda, puedes pasar directamente al formulario de contacto para abrir un ticket.",
    },
    {
      en: "Can I just send you an e-mail instead of opening a ticket?",
      question: "¿Puedo enviar simplemente un correo electrónico en lugar de abrir un ticket?",
      answer: "Lamentablemente, no. Recibimos demasiadas solicitudes como para gestionarlas de forma eficiente por correo electrónico. Los tickets se vinculan automáticamente a tu cuenta y a tus solicitudes anteriores, así que tenemos desde el primer momento el contexto que necesitamos para ayudarte. Utiliza en su lugar el formulario de contacto del centro de soporte.",
    },
    {
      en: "Can I reach the support team by phone, on a forum or through social media?",
      question: "¿Puedo contactar con el equipo de soporte por teléfono, en un foro o a través de las redes sociales?",
      answer: "Mantenemos a propósito un número reducido de canales de contacto, porque así podemos atender cada solicitud más rápido. No supervisamos los mensajes publicados en foros o redes sociales, por lo que no llegan a nuestro equipo de soporte. Tampoco ofrecemos una línea telefónica de soporte general. El formulario de contacto del centro de soporte es el único canal en el que tu pregunta se atenderá con total seguridad.",
    },
    // tickets
    {
      en: "Why should I ask only one question per ticket?",
      question: "¿Por qué debo hacer solo una pregunta por ticket?",
      answer: "Cuando un ticket contiene varias preguntas, basta con que una de ellas requiera una investigación adicional para que todo el ticket se quede en espera. Si abres un ticket distinto para cada pregunta, podemos responder enseguida a las sencillas mientras investigamos la más complicada. Además, la conversación resulta más clara, tanto para ti como para nosotros.",
    },
    {
      en: "What information should I include so my ticket can be solved quickly?",
      question: "¿Qué información debo incluir para que mi ticket se resuelva rápido?",
      answer: "Nuestro software tiene muchas funciones, así que cuanto más concreto seas, antes podremos ayudarte. Indica siempre:\n\n- a qué página, producto o ajuste se refiere el problema\n- qué hiciste, qué esperabas que pasara y qué ocurrió en realidad\n- el texto exacto del mensaje de error, si lo hay\n\nCon estos datos podemos empezar a buscar una solución de inmediato, sin tener que hacerte antes preguntas adicionales.",
    },
    {
      en: "Can I close my own ticket once the problem has been solved?",
      question: "¿Puedo cerrar yo mismo mi ticket una vez resuelto el problema?",
      answer: "Sí. Si el problema ya no existe, por ejemplo porque has encontrado tú mismo la solución, puedes marcar el ticket como resuelto desde tu lista de tickets. Así nuestro equipo de soporte puede centrarse en las solicitudes que aún necesitan atención. Si más adelante el problema vuelve a aparecer, abre un nuevo ticket e indica el número del anterior.",
    },
    {
      en: "What happens after I submit a ticket, and how do I follow up on it?",
      question: "¿Qué ocurre después de enviar un ticket y cómo hago su seguimiento?",
      answer: "En cuanto envías tu pregunta, se crea un ticket y recibes una confirmación por correo electrónico. Nuestro equipo de soporte añade cada respuesta y cada actualización en el propio ticket, así que no lo pierdas de vista en el centro de soporte. Es posible que te pidamos información adicional; cuanto antes respondas en el ticket, antes podremos continuar. Responde siempre a través del centro de soporte y no al correo de confirmación.",
    },
    {
      en: "What is the fair use policy, and why did my ticket take longer than usual?",
      question: "¿En qué consiste la política de uso razonable y por qué mi ticket ha tardado más de lo habitual?",
      answer: "El centro de soporte aplica una política de uso razonable para seguir siendo rápido, eficiente y gratuito para todos. En caso de abuso, se atienden primero otros tickets, aunque se hayan enviado más tarde. Una respuesta puede tardar más cuando:\n\n- se envía un número excesivo de mensajes\n- muchas de las preguntas ya están respondidas en las Preguntas frecuentes o en la Documentación\n- no se han leído o aplicado los pasos de una solución anterior",
    },
    // priority
    {
      en: "What is a priority ticket, and when should I use one?",
      question: "¿Qué es un ticket prioritario y cuándo debo usarlo?",
      answer: "Un ticket prioritario pasa por delante de todos los demás tickets en espera, por lo que nuestro equipo de soporte lo atiende primero. Úsalo para problemas realmente urgentes que bloquean tu trabajo, como una función que de repente deja de funcionar. Para dudas sobre cómo hacer algo o temas que ya trata la Documentación, es mejor un ticket estándar. Puedes elegir el soporte prioritario en el formulario de contacto al crear tu ticket.",
    },
    {
      en: "How much does a priority ticket cost?",
      question: "¿Cuánto cuesta un ticket prioritario?",
      answer: "Un ticket prioritario tiene un coste único de **9,95 €** por ticket. El importe se paga al enviar el ticket con la opción de soporte prioritario seleccionada. Los tickets estándar siguen siendo gratuitos, siempre dentro de nuestra política de uso razonable.",
    },
    {
      en: "Why do you charge a fee for priority support?",
      question: "¿Por qué el soporte prioritario es de pago?",
      answer: "Antes, nuestros clientes podían elegir gratis entre prioridad baja, media y alta. Como “urgente” significa cosas distintas para cada persona, algunos clientes marcaban todos sus tickets con prioridad alta, incluso para preguntas que ya se respondían en la Documentación, y los problemas realmente urgentes acababan esperando en la cola. La pequeña tarifa funciona como filtro, no como fuente de ingresos: es demasiado baja para eso. Así, las verdaderas urgencias reciben la respuesta rápida que necesitan.",
    },
    {
      en: "Are priority tickets answered on Sundays and public holidays?",
      question: "¿Se responden los tickets prioritarios los domingos y festivos?",
      answer: "Sí. A diferencia de los tickets estándar, los tickets prioritarios también se atienden los domingos y los festivos de los Países Bajos, cuando el centro de soporte permanece cerrado. Si surge algo urgente fuera del horario de atención habitual, un ticket prioritario (9,95 €) es la forma de conseguir ayuda antes del siguiente día laborable.",
    },
    // hours
    {
      en: "What are the helpdesk's business hours?",
      question: "¿Cuál es el horario de atención del centro de soporte?",
      answer: "Nuestro equipo de soporte está disponible en el siguiente horario (hora de los Países Bajos, zona horaria Europe/Amsterdam):\n\n- de lunes a viernes: 09:00–17:00\n- sábados: 09:00–12:00\n- domingos y festivos de los Países Bajos: cerrado\n\nPuedes enviar un ticket en cualquier momento; lo atenderemos en cuanto volvamos a abrir.",
    },
    {
      en: "How quickly can I expect a reply to my ticket?",
      question: "¿Cuánto tardaré en recibir respuesta a mi ticket?",
      answer: "En días laborables, el tiempo de respuesta suele ir de unos minutos a unas horas, según la carga de trabajo. Los tickets enviados antes de las **16:00** de lunes a viernes, o antes de las **11:00** los sábados, casi siempre se responden el mismo día. Los que llegan más tarde se atienden el siguiente día laborable. El lunes suele ser nuestro día con más trabajo, así que ese día las respuestas pueden tardar un poco más.",
    },
    {
      en: "Is the helpdesk open on Sundays and Dutch public holidays?",
      question: "¿Está abierto el centro de soporte los domingos y los festivos de los Países Bajos?",
      answer: "No. Nuestro servicio de soporte tiene su sede en los Países Bajos y cierra los domingos y los festivos neerlandeses, como Año Nuevo, el lunes de Pascua, el Día del Rey, el lunes de Pentecostés y Navidad. Aun así, puedes enviar un ticket estándar esos días y lo responderemos el siguiente día laborable. Si tu problema no puede esperar, los tickets prioritarios también se atienden los domingos y festivos.",
    },
    {
      en: "Which time zone are the support hours and cut-off times based on?",
      question: "¿En qué zona horaria se basan el horario de soporte y las horas límite?",
      answer: "Todas las horas de nuestra política de soporte corresponden a la hora local de los Países Bajos, zona horaria Europe/Amsterdam. Es decir, CET en invierno y CEST en verano, por lo que siguen el cambio al horario de verano. Si estás en otra zona horaria, convierte a tu hora local la hora límite de las 16:00 (de lunes a viernes) y la de las 11:00 (sábados) para saber hasta cuándo puedes enviar un ticket y recibir respuesta el mismo día.",
    },
    // credits
    {
      en: "How long do I get free support after buying the product?",
      question: "¿Durante cuánto tiempo tengo soporte gratuito después de comprar el producto?",
      answer: "Cada compra incluye **30 días de soporte técnico gratuito**, contados desde la fecha de compra. Según nuestra experiencia, es tiempo más que suficiente para instalar y configurar el software y hacer preguntas generales sobre su funcionamiento. El soporte gratuito puede ir desde responder a tus preguntas hasta acceder a tu servidor para investigar y solucionar problemas sencillos. Pasados los 30 días, el soporte técnico continúa mediante créditos de soporte.",
    },
    {
      en: "How do support credits work?",
      question: "¿Cómo funcionan los créditos de soporte?",
      answer: "El soporte de pago funciona con créditos que compras por adelantado. Las reglas son sencillas:\n\n- **2 créditos = 1 hora** de trabajo de un técnico de soporte\n- cada incidencia cuesta como mínimo **1 crédito**\n- los créditos solo se descuentan después de que hayas confirmado la estimación\n\nLos créditos cubren soporte técnico, ayuda con la configuración, diseño de sistemas y servicios de desarrollo.",
    },
    {
      en: "Do unused support credits expire?",
      question: "¿Caducan los créditos de soporte que no utilizo?",
      answer: "No, tus créditos no caducan nunca. Los créditos que no uses ahora se quedan en tu saldo y puedes usarlos en futuras incidencias, ya sea el mes que viene o el año que viene. Así que puedes comprar créditos por adelantado con total tranquilidad, sin miedo a perderlos.",
    },
    {
      en: "How do I know how many credits a request will cost before work starts?",
      question: "¿Cómo sé cuántos créditos costará una solicitud antes de que empiece el trabajo?",
      answer: "Cuando envías un ticket, nuestro equipo de soporte valora la incidencia y te envía una estimación en créditos. El trabajo solo empieza después de que confirmes esa estimación en el ticket. Valores orientativos:\n\n- instalación y configuración: 1–2 créditos\n- integración o modificación del diseño: 1–3 créditos\n- solicitudes más complejas: presupuesto a petición\n\nSi una incidencia necesita más créditos de los que tienes disponibles, te avisaremos antes de continuar.",
    },
    {
      en: "How can I top up my support credit balance?",
      question: "¿Cómo puedo recargar mi saldo de créditos de soporte?",
      answer: "Puedes recargar tu saldo tú mismo en cualquier momento desde el centro de soporte, sin esperar a nuestro equipo. Elige cuántos créditos necesitas y completa el pago; los nuevos créditos se añaden a tu cuenta al instante. Como los créditos no caducan nunca, merece la pena recargar antes de que se agote el saldo, para que una incidencia urgente no se quede parada.",
    },
    {
      en: "Do I need credits to ask about sales, licensing or transferring a license?",
      question: "¿Necesito créditos para consultas sobre ventas, licencias o la transferencia de una licencia?",
      answer: "No. Las consultas sobre ventas, licencias, transferencias de licencia y otras solicitudes relacionadas con tu cuenta son siempre gratuitas, incluso cuando ya ha terminado tu periodo de soporte gratuito o tu saldo de créditos está a cero. Simplemente abre un ticket en el centro de soporte, como siempre. Los créditos solo se utilizan para trabajo técnico práctico, como la resolución de problemas, la configuración y la personalización.",
    },
    {
      en: "What kinds of requests can I submit to the helpdesk using support credits?",
      question: "¿Para qué tipos de solicitudes puedo usar mis créditos de soporte en el centro de soporte?",
      answer: "Puedes usar los créditos para cualquier solicitud técnica sobre el producto, por ejemplo:\n\n- cómo funciona o cómo debe usarse una función\n- la configuración del producto para conseguir la funcionalidad que necesitas\n- problemas técnicos cuando algo no funciona como debería\n- orientación y asesoramiento para personalizar el producto, tanto si lo haces tú como tu desarrollador web\n\nSi no tienes claro si tu pregunta entra aquí, pregúntanos sin más: te lo diremos antes de usar ningún crédito.",
    },
    // account
    {
      en: "Do I need to log in before I submit a ticket?",
      question: "¿Tengo que iniciar sesión antes de enviar un ticket?",
      answer: "Si tienes una cuenta, inicia sesión primero y después usa el formulario de contacto. Así tu ticket queda vinculado a tu cuenta y a tus solicitudes anteriores, y podemos ayudarte más rápido sin tener que preguntarte quién eres. Con la sesión iniciada también puedes adjuntar archivos y seguir todos tus tickets en un mismo lugar. Sin cuenta también puedes contactarnos, pero algunas funciones no estarán disponibles.",
    },
    {
      en: "What should I do if I've lost the username or password for the customer area?",
      question: "¿Qué hago si he perdido el nombre de usuario o la contraseña del área de clientes?",
      answer: "Usa el enlace “¿Has olvidado tus datos de acceso?” de la página de inicio de sesión para solicitar unos datos de acceso nuevos. Introduce la dirección de correo electrónico vinculada a tu cuenta y te enviaremos las instrucciones para volver a acceder al área de clientes. Si ya no tienes acceso a esa dirección de correo, abre un ticket sin iniciar sesión y explica la situación; este tipo de solicitudes es siempre gratuito.",
    },
    {
      en: "Why do I receive e-mails from a no-reply address, and can I reply to them?",
      question: "¿Por qué recibo correos de una dirección no-reply? ¿Puedo responderlos?",
      answer: "El centro de soporte envía correos automáticos, como las confirmaciones de ticket y los avisos de actualización, desde una dirección no-reply. Nadie revisa estas direcciones, así que cualquier respuesta que envíes no llegará a nuestro equipo de soporte. Para responder, abre el ticket en el centro de soporte y añade allí tu mensaje. Así tu respuesta queda vinculada al ticket correcto y a tu cuenta.",
    },
    // attachments
    {
      en: "How do I attach a screenshot, photo or file to my ticket?",
      question: "¿Cómo adjunto una captura de pantalla, una foto o un archivo a mi ticket?",
      answer: "Primero inicia sesión en tu cuenta y después abre el formulario de contacto o un ticket existente. Verás una opción para añadir archivos adjuntos, con la que puedes subir capturas de pantalla, fotos, logotipos u otros archivos. Una captura del mensaje de error o de la página donde se produce el problema suele ayudarnos a entenderlo mucho más rápido.",
    },
    {
      en: "Why can't I see the option to add an attachment on the contact form?",
      question: "¿Por qué no veo la opción de añadir un archivo adjunto en el formulario de contacto?",
      answer: "Solo puedes añadir archivos adjuntos si has iniciado sesión. Si has abierto el formulario de contacto sin iniciar sesión, la opción de subir archivos está oculta. Inicia sesión en tu cuenta, vuelve al formulario de contacto o a tu ticket y aparecerá la opción para añadir archivos. Si no tienes cuenta, describe el problema con la mayor precisión posible en el propio mensaje.",
    },
    {
      en: "Can I send attachments by replying to a ticket notification e-mail?",
      question: "¿Puedo enviar archivos adjuntos respondiendo al correo de aviso de un ticket?",
      answer: "No. Los avisos de ticket se envían desde una dirección no-reply, así que los archivos adjuntos enviados por correo nunca llegan a nuestro equipo de soporte. Añade los archivos directamente a tu ticket en el centro de soporte, con la sesión iniciada. Así se guardan junto con el ticket y nuestro equipo de soporte puede encontrarlos enseguida.",
    },
  ],

  docPages: [
    {
      en: 'Installing the desktop application',
      title: 'Instalar la aplicación de escritorio',
      slug: 'instalar-la-aplicacion-de-escritorio',
      body: '## Requisitos\nUn sistema de 64 bits con 4 GB de memoria.\n\n## Pasos\n1. Descarga el instalador desde tu cuenta.\n2. Ejecútalo y sigue el asistente.\n3. Inicia sesión con la dirección de correo electrónico de tu cuenta.',
    },
    {
      en: 'Creating and rotating API keys',
      title: 'Crear y rotar claves de API',
      slug: 'claves-api',
      body: 'Las claves de API se crean en Ajustes > Desarrolladores. Cada clave se muestra una sola vez: guárdala en un gestor de secretos. Rota las claves cada noventa días: crea una clave nueva, cambia tu integración a esa clave y, después, revoca la antigua.',
    },
    {
      en: 'Importing data from a spreadsheet',
      title: 'Importar datos desde una hoja de cálculo',
      slug: 'importar-datos-desde-una-hoja-de-calculo',
      body: 'Las importaciones admiten archivos CSV y XLSX de hasta 20 MB. La primera fila debe contener los nombres de las columnas. Las fechas se leen en formato AAAA-MM-DD. Las filas con errores se omiten y aparecen en el informe de importación, que puedes descargar después.',
    },
  ],

  incidentClasses: [
    { en: 'Installation and configuration', name: 'Instalación y configuración', description: 'Instalar el producto y configurarlo para tu sitio web.' },
    { en: 'Price plan configuration', name: 'Configuración de planes de precios', description: 'Crear y modificar planes de precios.' },
    { en: 'Front-end design integration/modification', name: 'Integración/modificación del diseño front-end', description: 'Adaptar el producto al diseño de tu sitio web o cambiar su aspecto.' },
    { en: 'Other', name: 'Otros', description: 'Todo lo demás; los créditos se estiman a petición.' },
    { en: 'Sales and licensing', name: 'Ventas y licencias', description: 'Consultas previas a la compra y sobre licencias: siempre gratuitas.' },
  ],
};
