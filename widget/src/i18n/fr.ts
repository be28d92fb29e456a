import { FIRST_PAINT } from './first-paint';

export default {
  ...FIRST_PAINT.fr,
  searching: 'Recherche…',
  noResults: 'Aucune réponse pour l’instant. Essayez d’autres mots.',
  resultsCount: 'Réponses trouvées : {count}',
  sourceFaq: 'FAQ',
  sourceDocs: 'Documentation',
  back: 'Retour aux réponses',
  helped: 'Cela répond à ma question',
  thanks: 'Merci ! Ravis d’avoir pu vous aider.',
  openPage: 'Ouvrir la page',
  openNow: 'Nous sommes là',
  backAt: 'Nous serons de retour {when}. Une question envoyée maintenant reçoit une réponse au plus tard {due}.',
  todayAt: 'aujourd’hui à {time}',
  dayAt: '{day} à {time}',
  error: 'Une erreur s’est produite. Veuillez réessayer.',
  offline: 'Vous semblez hors ligne. Votre question est conservée : nous réessaierons dès votre retour.',
  slow: 'Cela prend plus de temps que d’habitude…',
  tooMany: 'Trop de demandes. Patientez un instant.',
};
