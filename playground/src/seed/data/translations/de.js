'use strict';
// German (de) versions of the playground's demo content: the FAQ entries (faqs.js), the
// documentation pages (doc-pages.js) and the incident classes (incident-classes.js).
// Each object names its English original in `en` (the exact English question, title or name),
// in the same order as the source files. Register: formal "Sie", as German SaaS support sites use.
// Terms: Helpdesk, Support-Team, Ticket, Prioritätsticket / Prioritäts-Support, Fair-Use-Richtlinie,
// Support-Credits, Guthaben (aufladen), Supportfall (incident), Aufwandsschätzung (estimate),
// Geschäftszeiten, Annahmeschluss (cut-off), Kundenbereich, Anhang, No-Reply-Adresse, anmelden.
module.exports = {
  faqs: [
    // getting-started
    {
      en: "How can I get an answer to my question as quickly as possible?",
      question: "Wie bekomme ich am schnellsten eine Antwort auf meine Frage?",
      answer: "Am schnellsten geht es in der Regel über die Selbsthilfe. Geben Sie Ihre Frage auf der Support-Seite ein – unser virtueller Assistent sucht dann sofort nach einer passenden Antwort. Stöbern Sie außerdem in den **häufig gestellten Fragen (FAQ)** und in der **Dokumentation**: Dort finden Sie Antworten auf die meisten alltäglichen Fragen. Werden Sie trotzdem nicht fündig, eröffnen Sie ein Ticket, und unser Support-Team kümmert sich um alles Weitere.",
    },
    {
      en: "What does the virtual assistant on the Support page do?",
      question: "Was macht der virtuelle Assistent auf der Support-Seite?",
      answer: "Der virtuelle Assistent liest die Frage, die Sie eingeben, und durchsucht automatisch die FAQ und die Dokumentation nach passenden Antworten. Er ist rund um die Uhr verfügbar, Sie müssen also nicht auf unsere Geschäftszeiten warten. Formulieren Sie Ihre Frage am besten in wenigen einfachen Worten, zum Beispiel „Rechnungsadresse ändern“. Hilft keiner der Vorschläge weiter, gelangen Sie direkt zum Kontaktformular und können dort ein Ticket eröffnen.",
    },
    {
      en: "Can I just send you an e-mail instead of opening a ticket?",
      question: "Kann ich Ihnen nicht einfach eine E-Mail schicken, statt ein Ticket zu eröffnen?",
      answer: "Leider nein. Wir erhalten viel zu viele Anfragen, um sie per E-Mail effizient bearbeiten zu können. Tickets werden automatisch mit Ihrem Konto und Ihren früheren Anfragen verknüpft, sodass wir sofort den nötigen Kontext haben, um Ihnen zu helfen. Bitte nutzen Sie stattdessen das Kontaktformular im Helpdesk.",
    },
    {
      en: "Can I reach the support team by phone, on a forum or through social media?",
      question: "Kann ich das Support-Team telefonisch, über ein Forum oder über soziale Medien erreichen?",
      answer: "Wir halten die Zahl unserer Kontaktkanäle bewusst klein, denn so können wir jede Anfrage schneller bearbeiten. Beiträge in Foren oder sozialen Medien verfolgen wir nicht, sie erreichen unser Support-Team also nicht. Eine allgemeine telefonische Support-Hotline bieten wir ebenfalls nicht an. Das Kontaktformular im Helpdesk ist der einzige Kanal, über den Ihre Frage garantiert bearbeitet wird.",
    },
    // tickets
    {
      en: "Why should I ask only one question per ticket?",
      question: "Warum sollte ich pro Ticket nur eine Frage stellen?",
      answer: "Enthält ein Ticket mehrere Fragen, kann schon eine einzige, die zusätzliche Recherche erfordert, das ganze Ticket aufhalten. Eröffnen Sie für jede Frage ein eigenes Ticket, können wir die einfachen Fragen sofort beantworten, während wir der kniffligeren nachgehen. Außerdem bleibt der Verlauf so übersichtlich – für Sie und für uns.",
    },
    {
      en: "What information should I include so my ticket can be solved quickly?",
      question: "Welche Angaben sollte ich machen, damit mein Ticket schnell gelöst werden kann?",
      answer: "Unsere Software bietet viele Funktionen: Je genauer Ihre Angaben sind, desto schneller können wir helfen. Nennen Sie bitte:\n\n- um welche Seite, welches Produkt oder welche Einstellung es geht\n- was Sie getan haben, was Sie erwartet haben und was tatsächlich passiert ist\n- den genauen Wortlaut einer eventuellen Fehlermeldung\n\nMit diesen Angaben können wir sofort nach einer Lösung suchen, statt zuerst Rückfragen stellen zu müssen.",
    },
    {
      en: "Can I close my own ticket once the problem has been solved?",
      question: "Kann ich mein Ticket selbst schließen, wenn das Problem gelöst ist?",
      answer: "Ja. Besteht das Problem nicht mehr, etwa weil Sie die Lösung selbst gefunden haben, können Sie das Ticket in Ihrer Ticketübersicht als gelöst markieren. So kann sich unser Support-Team auf Anfragen konzentrieren, die noch Aufmerksamkeit brauchen. Tritt das Problem später erneut auf, eröffnen Sie einfach ein neues Ticket und geben Sie die Nummer des alten Tickets an.",
    },
    {
      en: "What happens after I submit a ticket, and how do I follow up on it?",
      question: "Was passiert, nachdem ich ein Ticket abgeschickt habe, und wie verfolge ich es weiter?",
      answer: "Sobald Sie Ihre Frage absenden, wird ein Ticket angelegt und Sie erhalten eine Bestätigung per E-Mail. Unser Support-Team hält jede Antwort und jede Aktualisierung direkt im Ticket fest – behalten Sie es also im Helpdesk im Blick. Möglicherweise bitten wir Sie um weitere Informationen; je schneller Sie im Ticket antworten, desto schneller können wir weitermachen. Bitte antworten Sie über den Helpdesk und nicht auf die Bestätigungs-E-Mail.",
    },
    {
      en: "What is the fair use policy, and why did my ticket take longer than usual?",
      question: "Was besagt die Fair-Use-Richtlinie, und warum hat die Antwort auf mein Ticket länger gedauert als sonst?",
      answer: "Für den Helpdesk gilt eine Fair-Use-Richtlinie, damit er für alle schnell, effizient und kostenlos bleibt. Bei Missbrauch werden andere Tickets zuerst bearbeitet, auch wenn sie später eingegangen sind. Eine Antwort kann länger dauern, wenn:\n\n- übermäßig viele Nachrichten gesendet werden\n- viele der Fragen bereits in den FAQ oder der Dokumentation beantwortet sind\n- die Schritte einer früheren Lösung nicht gelesen oder nicht umgesetzt wurden",
    },
    // priority
    {
      en: "What is a priority ticket, and when should I use one?",
      question: "Was ist ein Prioritätsticket, und wann sollte ich es nutzen?",
      answer: "Ein Prioritätsticket wird vor allen anderen wartenden Tickets bearbeitet: Unser Support-Team nimmt es sich als Erstes vor. Nutzen Sie es für wirklich dringende Probleme, die Ihre Arbeit blockieren, etwa wenn eine Funktion plötzlich nicht mehr funktioniert. Für Fragen zur Bedienung oder zu Themen aus der Dokumentation ist ein Standardticket die bessere Wahl. Den Prioritäts-Support wählen Sie beim Erstellen Ihres Tickets im Kontaktformular aus.",
    },
    {
      en: "How much does a priority ticket cost?",
      question: "Was kostet ein Prioritätsticket?",
      answer: "Ein Prioritätsticket kostet einmalig **9,95 €** pro Ticket. Die Gebühr zahlen Sie, wenn Sie das Ticket mit ausgewähltem Prioritäts-Support absenden. Standardtickets bleiben kostenlos – im Rahmen unserer Fair-Use-Richtlinie.",
    },
    {
      en: "Why do you charge a fee for priority support?",
      question: "Warum ist der Prioritäts-Support kostenpflichtig?",
      answer: "Früher konnten unsere Kunden kostenlos zwischen niedriger, mittlerer und hoher Priorität wählen. Da „dringend“ für jeden etwas anderes bedeutet, haben manche Kunden jedes Ticket mit hoher Priorität versehen, selbst bei Fragen, die in der Dokumentation beantwortet werden – und wirklich dringende Probleme landeten in der Warteschlange. Die kleine Gebühr dient als Filter, nicht als Einnahmequelle: Dafür ist sie viel zu niedrig. So erhalten echte Notfälle die schnelle Reaktion, die sie brauchen.",
    },
    {
      en: "Are priority tickets answered on Sundays and public holidays?",
      question: "Werden Prioritätstickets auch an Sonn- und Feiertagen beantwortet?",
      answer: "Ja. Anders als Standardtickets werden Prioritätstickets auch sonntags und an niederländischen Feiertagen bearbeitet, wenn der Helpdesk sonst geschlossen ist. Passiert außerhalb der regulären Geschäftszeiten etwas Dringendes, erhalten Sie mit einem Prioritätsticket (9,95 €) Hilfe noch vor dem nächsten Werktag.",
    },
    // hours
    {
      en: "What are the helpdesk's business hours?",
      question: "Welche Geschäftszeiten hat der Helpdesk?",
      answer: "Unser Support-Team ist zu folgenden Zeiten für Sie da (niederländische Zeit, Zeitzone Europe/Amsterdam):\n\n- Montag bis Freitag: 09:00–17:00 Uhr\n- Samstag: 09:00–12:00 Uhr\n- Sonntag und niederländische Feiertage: geschlossen\n\nTickets können Sie jederzeit einreichen; wir bearbeiten sie, sobald wir wieder geöffnet haben.",
    },
    {
      en: "How quickly can I expect a reply to my ticket?",
      question: "Wie schnell kann ich mit einer Antwort auf mein Ticket rechnen?",
      answer: "An Werktagen liegt die Antwortzeit je nach Auslastung meist zwischen wenigen Minuten und einigen Stunden. Tickets, die von Montag bis Freitag vor **16:00 Uhr** oder samstags vor **11:00 Uhr** eingehen, werden fast immer noch am selben Tag beantwortet. Später eingehende Tickets bearbeiten wir am nächsten Werktag. Montags ist bei uns meist am meisten los, dann kann eine Antwort etwas länger dauern.",
    },
    {
      en: "Is the helpdesk open on Sundays and Dutch public holidays?",
      question: "Ist der Helpdesk an Sonntagen und niederländischen Feiertagen geöffnet?",
      answer: "Nein. Unser Support sitzt in den Niederlanden und ist an Sonntagen und niederländischen Feiertagen geschlossen, etwa an Neujahr, Ostermontag, am Königstag, an Pfingstmontag und an Weihnachten. Ein Standardticket können Sie an diesen Tagen trotzdem einreichen; wir beantworten es am nächsten Werktag. Kann Ihr Problem nicht warten, wird ein Prioritätsticket auch sonntags und an Feiertagen bearbeitet.",
    },
    {
      en: "Which time zone are the support hours and cut-off times based on?",
      question: "Auf welche Zeitzone beziehen sich die Supportzeiten und der Annahmeschluss?",
      answer: "Alle Zeitangaben in unserer Support-Richtlinie beziehen sich auf die niederländische Ortszeit, Zeitzone Europe/Amsterdam. Das ist im Winter MEZ (CET) und im Sommer MESZ (CEST), die Zeiten folgen also der Sommerzeit. Befinden Sie sich in einer anderen Zeitzone, rechnen Sie den Annahmeschluss von 16:00 Uhr (Montag bis Freitag) und 11:00 Uhr (Samstag) in Ihre Ortszeit um. So wissen Sie, bis wann Sie ein Ticket einreichen müssen, um noch am selben Tag eine Antwort zu erhalten.",
    },
    // credits
    {
      en: "How long do I get free support after buying the product?",
      question: "Wie lange erhalte ich nach dem Kauf des Produkts kostenlosen Support?",
      answer: "Jeder Kauf umfasst **30 Tage kostenlosen technischen Support**, gerechnet ab dem Kaufdatum. Erfahrungsgemäß ist das mehr als genug Zeit, um die Software zu installieren und einzurichten und allgemeine Fragen zur Funktionsweise zu stellen. Der kostenlose Support kann von der Beantwortung Ihrer Fragen bis dahin gehen, dass wir uns auf Ihrem Server anmelden, um einfache Probleme zu untersuchen und zu beheben. Nach Ablauf der 30 Tage wird der technische Support über Support-Credits fortgesetzt.",
    },
    {
      en: "How do support credits work?",
      question: "Wie funktionieren Support-Credits?",
      answer: "Kostenpflichtiger Support läuft über Credits, die Sie im Voraus kaufen. Die Regeln sind einfach:\n\n- **2 Credits = 1 Stunde** Arbeit eines Support-Technikers\n- jeder Supportfall kostet mindestens **1 Credit**\n- Credits werden erst abgebucht, nachdem Sie die Aufwandsschätzung bestätigt haben\n\nCredits decken technischen Support, Hilfe bei der Konfiguration, Systemdesign und Entwicklungsleistungen ab.",
    },
    {
      en: "Do unused support credits expire?",
      question: "Verfallen nicht genutzte Support-Credits?",
      answer: "Nein, Ihre Credits verfallen nie. Credits, die Sie jetzt nicht nutzen, bleiben in Ihrem Guthaben und können für künftige Supportfälle eingesetzt werden – ob nächsten Monat oder nächstes Jahr. Sie können also bedenkenlos Credits im Voraus kaufen, ohne befürchten zu müssen, dass sie verloren gehen.",
    },
    {
      en: "How do I know how many credits a request will cost before work starts?",
      question: "Woher weiß ich vor Beginn der Arbeiten, wie viele Credits eine Anfrage kostet?",
      answer: "Wenn Sie ein Ticket einreichen, bewertet unser Support-Team den Supportfall und schickt Ihnen eine Aufwandsschätzung in Credits. Mit der Arbeit beginnen wir erst, nachdem Sie diese Schätzung im Ticket bestätigt haben. Übliche Richtwerte:\n\n- Installation und Konfiguration: 1–2 Credits\n- Integration oder Anpassung des Designs: 1–3 Credits\n- komplexere Anfragen: Angebot auf Anfrage\n\nStellt sich heraus, dass ein Supportfall mehr Credits erfordert, als Ihnen zur Verfügung stehen, informieren wir Sie, bevor wir weitermachen.",
    },
    {
      en: "How can I top up my support credit balance?",
      question: "Wie kann ich mein Guthaben an Support-Credits aufladen?",
      answer: "Sie können Ihr Guthaben jederzeit selbst im Helpdesk aufladen, ohne auf unser Support-Team warten zu müssen. Wählen Sie einfach die gewünschte Anzahl Credits aus und schließen Sie die Zahlung ab; die neuen Credits werden Ihrem Konto sofort gutgeschrieben. Da Credits nie verfallen, lohnt es sich, rechtzeitig aufzuladen, bevor Ihr Guthaben aufgebraucht ist – so bleibt ein dringender Supportfall nicht liegen.",
    },
    {
      en: "Do I need credits to ask about sales, licensing or transferring a license?",
      question: "Brauche ich Credits für Fragen zu Vertrieb, Lizenzen oder einer Lizenzübertragung?",
      answer: "Nein. Fragen zu Vertrieb, Lizenzierung und Lizenzübertragungen sowie andere kontobezogene Anliegen sind immer kostenlos – auch nach Ablauf Ihres kostenlosen Supportzeitraums oder wenn Ihr Credit-Guthaben leer ist. Eröffnen Sie einfach wie gewohnt ein Ticket im Helpdesk. Credits werden nur für praktische technische Arbeit verwendet, etwa für Fehlerbehebung, Konfiguration und individuelle Anpassungen.",
    },
    {
      en: "What kinds of requests can I submit to the helpdesk using support credits?",
      question: "Für welche Arten von Anfragen kann ich meine Support-Credits im Helpdesk einsetzen?",
      answer: "Sie können Credits für jede technische Anfrage zum Produkt einsetzen, unter anderem für:\n\n- Fragen dazu, wie eine Funktion arbeitet oder richtig genutzt wird\n- die Konfiguration des Produkts, damit es die gewünschten Funktionen bietet\n- technische Probleme, wenn etwas nicht wie vorgesehen funktioniert\n- Anleitung und Beratung, wenn Sie oder Ihr Webentwickler das Produkt anpassen\n\nSind Sie unsicher, ob Ihre Frage dazugehört, fragen Sie einfach – wir sagen es Ihnen, bevor Credits verbraucht werden.",
    },
    // account
    {
      en: "Do I need to log in before I submit a ticket?",
      question: "Muss ich mich anmelden, bevor ich ein Ticket einreiche?",
      answer: "Wenn Sie ein Konto haben, melden Sie sich bitte zuerst an und nutzen Sie dann das Kontaktformular. Ihr Ticket wird so mit Ihrem Konto und Ihren früheren Anfragen verknüpft, und wir können Ihnen schneller helfen, ohne erst nachfragen zu müssen, wer Sie sind. Angemeldet können Sie außerdem Dateien anhängen und alle Ihre Tickets an einem Ort verfolgen. Auch ohne Konto können Sie uns kontaktieren, allerdings stehen Ihnen dann nicht alle Funktionen zur Verfügung.",
    },
    {
      en: "What should I do if I've lost the username or password for the customer area?",
      question: "Was mache ich, wenn ich Benutzernamen oder Passwort für den Kundenbereich verloren habe?",
      answer: "Nutzen Sie auf der Anmeldeseite den Link „Zugangsdaten vergessen?“, um neue Zugangsdaten anzufordern. Geben Sie die E-Mail-Adresse ein, die mit Ihrem Konto verknüpft ist; wir senden Ihnen dann eine Anleitung, mit der Sie wieder Zugang zum Kundenbereich erhalten. Haben Sie keinen Zugriff mehr auf diese E-Mail-Adresse, eröffnen Sie ohne Anmeldung ein Ticket und schildern Sie die Situation; solche Anfragen sind immer kostenlos.",
    },
    {
      en: "Why do I receive e-mails from a no-reply address, and can I reply to them?",
      question: "Warum erhalte ich E-Mails von einer No-Reply-Adresse, und kann ich darauf antworten?",
      answer: "Der Helpdesk verschickt automatische E-Mails, etwa Ticketbestätigungen und Benachrichtigungen über Aktualisierungen, von einer No-Reply-Adresse. Diese Adressen werden nicht gelesen, eine Antwort darauf erreicht unser Support-Team also nicht. Wenn Sie antworten möchten, öffnen Sie das Ticket im Helpdesk und schreiben Sie Ihre Nachricht dort. So bleibt Ihre Antwort mit dem richtigen Ticket und Ihrem Konto verknüpft.",
    },
    // attachments
    {
      en: "How do I attach a screenshot, photo or file to my ticket?",
      question: "Wie hänge ich einen Screenshot, ein Foto oder eine Datei an mein Ticket an?",
      answer: "Melden Sie sich zuerst in Ihrem Konto an und öffnen Sie dann das Kontaktformular oder ein bestehendes Ticket. Dort finden Sie eine Option zum Hinzufügen von Anhängen, mit der Sie Screenshots, Fotos, Logos oder andere Dateien hochladen können. Ein Screenshot der Fehlermeldung oder der Seite, auf der das Problem auftritt, hilft uns oft, das Problem viel schneller zu verstehen.",
    },
    {
      en: "Why can't I see the option to add an attachment on the contact form?",
      question: "Warum sehe ich im Kontaktformular keine Möglichkeit, einen Anhang hinzuzufügen?",
      answer: "Anhänge können Sie nur hinzufügen, wenn Sie angemeldet sind. Haben Sie das Kontaktformular ohne Anmeldung geöffnet, ist die Upload-Option ausgeblendet. Melden Sie sich in Ihrem Konto an und kehren Sie zum Kontaktformular oder zu Ihrem Ticket zurück – dann erscheint die Option zum Hinzufügen von Dateien. Wenn Sie kein Konto haben, beschreiben Sie das Problem in Ihrer Nachricht so genau wie möglich.",
    },
    {
      en: "Can I send attachments by replying to a ticket notification e-mail?",
      question: "Kann ich Anhänge schicken, indem ich auf eine E-Mail-Benachrichtigung zu meinem Ticket antworte?",
      answer: "Nein. Ticket-Benachrichtigungen werden von einer No-Reply-Adresse verschickt, per E-Mail gesendete Anhänge erreichen unser Support-Team daher nie. Bitte fügen Sie Dateien direkt im Helpdesk zu Ihrem Ticket hinzu, während Sie angemeldet sind. So werden sie beim Ticket gespeichert und unser Support-Team findet sie sofort.",
    },
  ],

  docPages: [
    {
      en: 'Installing the desktop application',
      title: 'Desktop-Anwendung installieren',
      slug: 'desktop-anwendung-installieren',
      body: '## Voraussetzungen\nEin 64-Bit-System mit 4 GB Arbeitsspeicher.\n\n## Schritte\n1. Laden Sie das Installationsprogramm aus Ihrem Konto herunter.\n2. Starten Sie es und folgen Sie dem Assistenten.\n3. Melden Sie sich mit der E-Mail-Adresse Ihres Kontos an.',
    },
    {
      en: 'Creating and rotating API keys',
      title: 'API-Schlüssel erstellen und rotieren',
      slug: 'api-schluessel',
      body: 'API-Schlüssel erstellen Sie unter Einstellungen > Entwickler. Ein Schlüssel wird nur einmal angezeigt: Bewahren Sie ihn in einem Secret-Manager auf. Rotieren Sie Ihre Schlüssel alle neunzig Tage: Erstellen Sie einen neuen Schlüssel, stellen Sie Ihre Integration darauf um und widerrufen Sie anschließend den alten.',
    },
    {
      en: 'Importing data from a spreadsheet',
      title: 'Daten aus einer Tabellenkalkulation importieren',
      slug: 'daten-aus-einer-tabellenkalkulation-importieren',
      body: 'Für Importe werden CSV- und XLSX-Dateien bis 20 MB akzeptiert. Die erste Zeile muss die Spaltennamen enthalten. Datumsangaben werden im Format JJJJ-MM-TT gelesen. Fehlerhafte Zeilen werden übersprungen und im Importbericht aufgeführt, den Sie anschließend herunterladen können.',
    },
  ],

  incidentClasses: [
    { en: 'Installation and configuration', name: 'Installation und Konfiguration', description: 'Das Produkt installieren und für Ihre Website einrichten.' },
    { en: 'Price plan configuration', name: 'Konfiguration von Preisplänen', description: 'Preispläne einrichten und ändern.' },
    { en: 'Front-end design integration/modification', name: 'Integration/Anpassung des Frontend-Designs', description: 'Das Produkt in das Design Ihrer Website einpassen oder sein Erscheinungsbild ändern.' },
    { en: 'Other', name: 'Sonstiges', description: 'Alles andere; die Credits werden auf Anfrage geschätzt.' },
    { en: 'Sales and licensing', name: 'Vertrieb und Lizenzen', description: 'Fragen vor dem Kauf und zu Lizenzen: immer kostenlos.' },
  ],
};
