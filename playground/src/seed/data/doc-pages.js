'use strict';
// Demo documentation pages: the site's own docs, which the helpdesk searches next to the FAQ
// (plugin config search.sources). One object per page, the same page in EN, NL, FR, DE, ES, IT and RU.
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
    de: {
      title: "Desktop-Anwendung installieren",
      slug: "desktop-anwendung-installieren",
      body: "## Voraussetzungen\nEin 64-Bit-System mit 4 GB Arbeitsspeicher.\n\n## Schritte\n1. Laden Sie das Installationsprogramm aus Ihrem Konto herunter.\n2. Starten Sie es und folgen Sie dem Assistenten.\n3. Melden Sie sich mit der E-Mail-Adresse Ihres Kontos an.",
    },
    es: {
      title: "Instalar la aplicación de escritorio",
      slug: "instalar-la-aplicacion-de-escritorio",
      body: "## Requisitos\nUn sistema de 64 bits con 4 GB de memoria.\n\n## Pasos\n1. Descarga el instalador desde tu cuenta.\n2. Ejecútalo y sigue el asistente.\n3. Inicia sesión con la dirección de correo electrónico de tu cuenta.",
    },
    it: {
      title: "Installare l’applicazione desktop",
      slug: "installare-l-applicazione-desktop",
      body: "## Requisiti\nUn sistema a 64 bit con 4 GB di memoria.\n\n## Procedura\n1. Scarichi il programma di installazione dal suo account.\n2. Lo avvii e segua la procedura guidata.\n3. Acceda con l’indirizzo e-mail del suo account.",
    },
    ru: {
      title: "Установка настольного приложения",
      slug: "ustanovka-nastolnogo-prilozheniya",
      body: "## Системные требования\n64-разрядная система с 4 ГБ оперативной памяти.\n\n## Порядок установки\n1. Скачайте установщик в своей учётной записи.\n2. Запустите его и следуйте указаниям мастера установки.\n3. Войдите, указав адрес электронной почты своей учётной записи.",
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
    de: {
      title: "API-Schlüssel erstellen und rotieren",
      slug: "api-schluessel",
      body: "API-Schlüssel erstellen Sie unter Einstellungen > Entwickler. Ein Schlüssel wird nur einmal angezeigt: Bewahren Sie ihn in einem Secret-Manager auf. Rotieren Sie Ihre Schlüssel alle neunzig Tage: Erstellen Sie einen neuen Schlüssel, stellen Sie Ihre Integration darauf um und widerrufen Sie anschließend den alten.",
    },
    es: {
      title: "Crear y rotar claves de API",
      slug: "claves-api",
      body: "Las claves de API se crean en Ajustes > Desarrolladores. Cada clave se muestra una sola vez: guárdala en un gestor de secretos. Rota las claves cada noventa días: crea una clave nueva, cambia tu integración a esa clave y, después, revoca la antigua.",
    },
    it: {
      title: "Creare e ruotare le chiavi API",
      slug: "chiavi-api",
      body: "Le chiavi API si creano in Impostazioni > Sviluppatori. Una chiave viene mostrata una sola volta: la conservi in un gestore di segreti. Ruoti le chiavi ogni novanta giorni: crei una nuova chiave, passi la sua integrazione alla nuova chiave e poi revochi quella vecchia.",
    },
    ru: {
      title: "Создание и ротация API-ключей",
      slug: "api-klyuchi",
      body: "API-ключи создаются в разделе «Настройки > Разработчикам». Ключ показывается только один раз: сохраните его в хранилище секретов. Меняйте ключи каждые девяносто дней: создайте новый ключ, переключите на него интеграцию, а затем отзовите старый.",
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
    de: {
      title: "Daten aus einer Tabellenkalkulation importieren",
      slug: "daten-aus-einer-tabellenkalkulation-importieren",
      body: "Für Importe werden CSV- und XLSX-Dateien bis 20 MB akzeptiert. Die erste Zeile muss die Spaltennamen enthalten. Datumsangaben werden im Format JJJJ-MM-TT gelesen. Fehlerhafte Zeilen werden übersprungen und im Importbericht aufgeführt, den Sie anschließend herunterladen können.",
    },
    es: {
      title: "Importar datos desde una hoja de cálculo",
      slug: "importar-datos-desde-una-hoja-de-calculo",
      body: "Las importaciones admiten archivos CSV y XLSX de hasta 20 MB. La primera fila debe contener los nombres de las columnas. Las fechas se leen en formato AAAA-MM-DD. Las filas con errores se omiten y aparecen en el informe de importación, que puedes descargar después.",
    },
    it: {
      title: "Importare dati da un foglio di calcolo",
      slug: "importare-dati-da-un-foglio-di-calcolo",
      body: "Le importazioni accettano file CSV e XLSX fino a 20 MB. La prima riga deve contenere i nomi delle colonne. Le date vengono lette nel formato AAAA-MM-GG. Le righe con errori vengono saltate ed elencate nel rapporto di importazione, che può scaricare in seguito.",
    },
    ru: {
      title: "Импорт данных из электронной таблицы",
      slug: "import-dannykh-iz-elektronnoy-tablitsy",
      body: "Для импорта подходят файлы CSV и XLSX размером до 20 МБ. В первой строке должны быть названия столбцов. Даты считываются в формате ГГГГ-ММ-ДД. Строки с ошибками пропускаются и перечисляются в отчёте об импорте, который можно скачать после его завершения.",
    },
  },
];
