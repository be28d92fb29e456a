import type { WidgetLocale } from './locales';

/**
 * The strings the loader shows before the rest of the widget has arrived (the heading and the
 * search box), kept apart so the loader carries these and nothing more; each language's file
 * spreads its own.
 */
export const FIRST_PAINT: Record<WidgetLocale, { title: string; searchLabel: string; searchPlaceholder: string }> = {
  en: { title: 'How can we help?', searchLabel: 'Search our answers', searchPlaceholder: 'Type your question' },
  nl: { title: 'Waarmee kunnen we helpen?', searchLabel: 'Zoek in onze antwoorden', searchPlaceholder: 'Typ je vraag' },
  fr: { title: 'Comment pouvons-nous vous aider ?', searchLabel: 'Chercher dans nos réponses', searchPlaceholder: 'Saisissez votre question' },
  de: { title: 'Wie können wir helfen?', searchLabel: 'In unseren Antworten suchen', searchPlaceholder: 'Ihre Frage' },
  es: { title: '¿En qué podemos ayudarte?', searchLabel: 'Buscar en nuestras respuestas', searchPlaceholder: 'Escribe tu pregunta' },
  it: { title: 'Come possiamo aiutarti?', searchLabel: 'Cerca nelle nostre risposte', searchPlaceholder: 'Scrivi la tua domanda' },
  ru: { title: 'Чем мы можем помочь?', searchLabel: 'Поиск по нашим ответам', searchPlaceholder: 'Введите ваш вопрос' },
};
