'use strict';
// Demo documentation pages: the site's own docs, which the helpdesk searches next to the FAQ
// (plugin config search.sources). One object per page, the same page in EN, NL and FR.
module.exports = [
  {
    en: {
      title: 'Installing the desktop application',
      slug: 'installing-the-desktop-application',
      body: '## Requirements\nA 64-bit system with 4 GB of memory.\n\n## Steps\n1. Download the installer from your account.\n2. Run it and follow the wizard.\n3. Sign in with your account e-mail address.',
    },
    nl: {
      title: 'De desktopapplicatie installeren',
      slug: 'de-desktopapplicatie-installeren',
      body: '## Vereisten\nEen 64-bits systeem met 4 GB geheugen.\n\n## Stappen\n1. Download het installatieprogramma vanuit je account.\n2. Start het en volg de wizard.\n3. Log in met het e-mailadres van je account.',
    },
    fr: {
      title: "Installer l'application de bureau",
      slug: 'installer-l-application-de-bureau',
      body: "## Configuration requise\nUn système 64 bits avec 4 Go de mémoire.\n\n## Étapes\n1. Téléchargez le programme d'installation depuis votre compte.\n2. Lancez-le et suivez l'assistant.\n3. Connectez-vous avec l'adresse e-mail de votre compte.",
    },
  },
  {
    en: {
      title: 'Creating and rotating API keys',
      slug: 'api-keys',
      body: 'API keys are created under Settings > Developers. A key is shown once: store it in a secret manager. Rotate keys every ninety days by creating a new key, switching your integration over, then revoking the old one.',
    },
    nl: {
      title: 'API-sleutels aanmaken en vervangen',
      slug: 'api-sleutels',
      body: 'API-sleutels maak je aan onder Instellingen > Ontwikkelaars. Een sleutel wordt één keer getoond: bewaar hem in een kluis voor geheimen. Vervang sleutels elke negentig dagen: maak een nieuwe sleutel, zet je koppeling om en trek daarna de oude in.',
    },
    fr: {
      title: 'Créer et renouveler les clés API',
      slug: 'cles-api',
      body: "Les clés API se créent dans Paramètres > Développeurs. Une clé n'est affichée qu'une fois : conservez-la dans un coffre à secrets. Renouvelez les clés tous les quatre-vingt-dix jours : créez une nouvelle clé, basculez votre intégration, puis révoquez l'ancienne.",
    },
  },
  {
    en: {
      title: 'Importing data from a spreadsheet',
      slug: 'importing-data-from-a-spreadsheet',
      body: 'Imports accept CSV and XLSX files up to 20 MB. The first row must hold the column names. Dates are read as YYYY-MM-DD. Rows with errors are skipped and listed in the import report, which you can download afterwards.',
    },
    nl: {
      title: 'Gegevens importeren uit een spreadsheet',
      slug: 'gegevens-importeren-uit-een-spreadsheet',
      body: 'Importeren kan met CSV- en XLSX-bestanden tot 20 MB. De eerste rij bevat de kolomnamen. Datums worden gelezen als JJJJ-MM-DD. Rijen met fouten worden overgeslagen en staan in het importverslag, dat je daarna kunt downloaden.',
    },
    fr: {
      title: "Importer des données depuis un tableur",
      slug: 'importer-des-donnees-depuis-un-tableur',
      body: "Les imports acceptent les fichiers CSV et XLSX jusqu'à 20 Mo. La première ligne contient les noms de colonnes. Les dates sont lues au format AAAA-MM-JJ. Les lignes en erreur sont ignorées et listées dans le rapport d'import, téléchargeable ensuite.",
    },
  },
];
