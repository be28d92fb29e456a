import { FIRST_PAINT } from './first-paint';

export default {
  ...FIRST_PAINT.es,
  searching: 'Buscando…',
  noResults: 'Todavía no hay respuesta. Prueba con otras palabras.',
  resultsCount: 'Respuestas encontradas: {count}',
  sourceFaq: 'Preguntas frecuentes',
  sourceDocs: 'Documentación',
  back: 'Volver a las respuestas',
  helped: 'Esto responde a mi pregunta',
  thanks: '¡Gracias! Nos alegra haberte ayudado.',
  openPage: 'Abrir la página',
  openNow: 'Estamos disponibles ahora',
  backAt: 'Volvemos {when}. Una pregunta enviada ahora se responde como muy tarde {due}.',
  todayAt: 'hoy a las {time}',
  dayAt: 'el {day} a las {time}',
  error: 'Algo ha fallado. Inténtalo de nuevo.',
  offline: 'Parece que no tienes conexión. Tu pregunta se conserva: lo intentaremos de nuevo cuando vuelvas a estar en línea.',
  slow: 'Esto está tardando más de lo normal…',
  tooMany: 'Demasiadas solicitudes. Espera un momento.',
};
