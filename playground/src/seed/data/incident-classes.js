'use strict';

// The incident classes of the support policy, with their credit ranges (null = on request).
module.exports = [
  {
    creditsMin: 1,
    creditsMax: 2,
    alwaysFree: false,
    sortOrder: 10,
    en: { name: 'Installation and configuration', description: 'Installing the product and setting it up for your site.' },
    nl: { name: 'Installatie en configuratie', description: 'Het product installeren en instellen voor je website.' },
    fr: { name: 'Installation et configuration', description: 'Installer le produit et le configurer pour votre site.' },
  },
  {
    creditsMin: 1,
    creditsMax: 4,
    alwaysFree: false,
    sortOrder: 20,
    en: { name: 'Price plan configuration', description: 'Setting up and changing price plans.' },
    nl: { name: 'Configuratie van prijsplannen', description: 'Prijsplannen instellen en wijzigen.' },
    fr: { name: 'Configuration des plans tarifaires', description: 'Mettre en place et modifier les plans tarifaires.' },
  },
  {
    creditsMin: 1,
    creditsMax: 3,
    alwaysFree: false,
    sortOrder: 30,
    en: { name: 'Front-end design integration/modification', description: 'Fitting the product into your site design or changing its look.' },
    nl: { name: 'Integratie/aanpassing van het front-end ontwerp', description: 'Het product inpassen in je websiteontwerp of de vormgeving aanpassen.' },
    fr: { name: 'Intégration/modification du design front-end', description: "Intégrer le produit à la charte de votre site ou en modifier l'apparence." },
  },
  {
    creditsMin: 1,
    creditsMax: null,
    alwaysFree: false,
    sortOrder: 40,
    en: { name: 'Other', description: 'Anything else; the credits are estimated on request.' },
    nl: { name: 'Overig', description: 'Al het andere; het aantal credits wordt op aanvraag geschat.' },
    fr: { name: 'Autre', description: 'Tout le reste ; les crédits sont estimés sur demande.' },
  },
  {
    creditsMin: 0,
    creditsMax: 0,
    alwaysFree: true,
    sortOrder: 50,
    en: { name: 'Sales and licensing', description: 'Questions before buying and about licences: always free.' },
    nl: { name: 'Verkoop en licenties', description: 'Vragen vóór aankoop en over licenties: altijd gratis.' },
    fr: { name: 'Ventes et licences', description: "Questions avant achat et sur les licences : toujours gratuites." },
  },
];
