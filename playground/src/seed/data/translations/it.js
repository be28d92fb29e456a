'use strict';
// Italian (it) versions of the playground's demo content: the FAQ entries (faqs.js), the
// documentation pages (doc-pages.js) and the incident classes (incident-classes.js).
// Each object names its English original in `en` (the exact English question, title or name),
// in the same order as the source file.
// Register: formal "Lei", as in the helpdesk's Italian e-mails (server/src/domain/mail/messages/it.ts).
// Terms: a ticket is a "richiesta (di assistenza)" for the customer, support credits are
// "crediti di assistenza", topping up is "ricaricare", the estimate is the "stima", the fair use
// policy is the "politica di uso corretto (fair use)", the customer area is the "area clienti".
module.exports = {
  faqs: [
    // getting-started
    {
      en: "How can I get an answer to my question as quickly as possible?",
      question: "Come posso ottenere una risposta alla mia domanda il più rapidamente possibile?",
      answer: "Di solito la via più rapida è cercare la risposta in autonomia. Scriva la sua domanda nella pagina di assistenza: il nostro assistente virtuale cercherà subito una risposta adatta. Consulti anche le **Domande frequenti (FAQ)** e la **Documentazione**, che rispondono alla maggior parte delle domande di tutti i giorni. Se non trova ancora quello che cerca, apra una richiesta di assistenza e il nostro team se ne occuperà.",
    },
    {
      en: "What does the virtual assistant on the Support page do?",
      question: "Che cosa fa l’assistente virtuale nella pagina di assistenza?",
      answer: "L’assistente virtuale legge la domanda che scrive e cerca automaticamente le risposte pertinenti nelle FAQ e nella Documentazione. È disponibile 24 ore su 24, quindi non deve attendere l’orario di apertura. Provi a formulare la domanda con poche parole semplici, ad esempio «modificare indirizzo di fatturazione». Se nessuno dei suggerimenti le è utile, può passare direttamente al modulo di contatto e aprire una richiesta.",
    },
    {
      en: "Can I just send you an e-mail instead of opening a ticket?",
      question: "Posso semplicemente mandarvi un’e-mail invece di aprire una richiesta?",
      answer: "Purtroppo no. Riceviamo davvero troppe richieste per poterle gestire in modo efficiente via e-mail. Le richieste aperte nell’helpdesk vengono collegate automaticamente al suo account e alle sue richieste precedenti, così abbiamo subito il contesto necessario per aiutarla. La preghiamo quindi di utilizzare il modulo di contatto dell’helpdesk.",
    },
    {
      en: "Can I reach the support team by phone, on a forum or through social media?",
      question: "Posso contattare il team di assistenza per telefono, su un forum o tramite i social network?",
      answer: "Manteniamo volutamente pochi canali di contatto: così possiamo gestire ogni richiesta più rapidamente. I messaggi pubblicati su forum o social network non vengono monitorati e quindi non arrivano al nostro team di assistenza. Non offriamo nemmeno una linea telefonica di assistenza generale. Il modulo di contatto dell’helpdesk è l’unico canale che garantisce che la sua domanda venga presa in carico.",
    },

    // tickets
    {
      en: "Why should I ask only one question per ticket?",
      question: "Perché devo porre una sola domanda per richiesta?",
      answer: "Se una richiesta contiene più domande, basta che una di esse necessiti di ulteriori approfondimenti per rallentare tutto il resto. Aprendo una richiesta separata per ogni domanda, quelle semplici ricevono subito una risposta mentre analizziamo quella più complessa. Inoltre la conversazione resta più chiara, per lei e per noi.",
    },
    {
      en: "What information should I include so my ticket can be solved quickly?",
      question: "Quali informazioni devo indicare perché la mia richiesta venga risolta rapidamente?",
      answer: "Il nostro software offre molte funzionalità: più è preciso, più velocemente possiamo aiutarla. Indichi sempre:\n\n- la pagina, il prodotto o l’impostazione a cui si riferisce il problema\n- che cosa ha fatto, che cosa si aspettava e che cosa è successo invece\n- il testo esatto dell’eventuale messaggio di errore\n\nCon queste informazioni possiamo cercare subito una soluzione, senza doverle prima porre altre domande.",
    },
    {
      en: "Can I close my own ticket once the problem has been solved?",
      question: "Posso chiudere personalmente la mia richiesta quando il problema è risolto?",
      answer: "Sì. Se il problema non sussiste più, ad esempio perché ha trovato la soluzione da sé, può contrassegnare la richiesta come risolta dall’elenco delle sue richieste. In questo modo il nostro team di assistenza può concentrarsi sulle richieste ancora in sospeso. Se in seguito il problema si ripresenta, apra semplicemente una nuova richiesta indicando il numero di quella precedente.",
    },
    {
      en: "What happens after I submit a ticket, and how do I follow up on it?",
      question: "Che cosa succede dopo che ho inviato una richiesta, e come posso seguirla?",
      answer: "Non appena invia la sua domanda, viene creata una richiesta di assistenza (ticket) e lei riceve una conferma via e-mail. Il nostro team di assistenza inserisce ogni risposta e ogni aggiornamento direttamente nella richiesta, quindi la tenga d’occhio nell’helpdesk. Potremmo chiederle ulteriori informazioni: prima risponde nella richiesta, prima possiamo proseguire. La preghiamo di rispondere tramite l’helpdesk e non all’e-mail di conferma.",
    },
    {
      en: "What is the fair use policy, and why did my ticket take longer than usual?",
      question: "Che cos’è la politica di uso corretto, e perché la risposta alla mia richiesta è arrivata più tardi del solito?",
      answer: "L’helpdesk applica una politica di uso corretto (fair use) per restare rapido, efficiente e gratuito per tutti. In caso di abuso, le altre richieste vengono gestite per prime, anche se sono state inviate dopo. Una risposta può richiedere più tempo quando:\n\n- viene inviato un numero eccessivo di messaggi\n- molte delle domande trovano già risposta nelle FAQ o nella Documentazione\n- i passaggi indicati in una soluzione precedente non sono stati letti o eseguiti",
    },

    // priority
    {
      en: "What is a priority ticket, and when should I use one?",
      question: "Che cos’è una richiesta prioritaria, e quando conviene utilizzarla?",
      answer: "Una richiesta prioritaria scavalca tutte le altre richieste in attesa, quindi il nostro team di assistenza la prende in carico per prima. La utilizzi per problemi davvero urgenti che bloccano il suo lavoro, ad esempio una funzionalità che all’improvviso smette di funzionare. Per domande su come si fa qualcosa o su argomenti trattati nella Documentazione è più indicata una richiesta standard. Può scegliere l’assistenza prioritaria nel modulo di contatto quando crea la richiesta.",
    },
    {
      en: "How much does a priority ticket cost?",
      question: "Quanto costa una richiesta prioritaria?",
      answer: "Una richiesta prioritaria costa **9,95 €** una tantum per richiesta. L’importo si paga al momento dell’invio, quando la richiesta viene inviata con l’assistenza prioritaria selezionata. Le richieste standard restano gratuite, nel rispetto della nostra politica di uso corretto.",
    },
    {
      en: "Why do you charge a fee for priority support?",
      question: "Perché l’assistenza prioritaria è a pagamento?",
      answer: "In passato i clienti potevano scegliere gratuitamente tra priorità bassa, media e alta. Ma «urgente» non significa la stessa cosa per tutti: alcuni clienti segnavano ogni richiesta come priorità alta, anche per domande già trattate nella Documentazione, e i problemi davvero urgenti finivano per restare in coda. Il piccolo importo serve da filtro, non come fonte di guadagno: è decisamente troppo basso per esserlo. In questo modo le vere emergenze ricevono la risposta rapida di cui hanno bisogno.",
    },
    {
      en: "Are priority tickets answered on Sundays and public holidays?",
      question: "Le richieste prioritarie ricevono risposta anche la domenica e nei giorni festivi?",
      answer: "Sì. A differenza delle richieste standard, le richieste prioritarie vengono gestite anche la domenica e nei giorni festivi olandesi, quando l’helpdesk è altrimenti chiuso. Se succede qualcosa di urgente fuori dall’orario di apertura, una richiesta prioritaria (9,95 €) le permette di ricevere aiuto prima del giorno lavorativo successivo.",
    },

    // hours
    {
      en: "What are the helpdesk's business hours?",
      question: "Quali sono gli orari di apertura dell’helpdesk?",
      answer: "Il nostro team di assistenza è disponibile nei seguenti orari (ora di Amsterdam, fuso Europe/Amsterdam):\n\n- dal lunedì al venerdì: 09:00–17:00\n- sabato: 09:00–12:00\n- domenica e festività olandesi: chiuso\n\nPuò inviare una richiesta in qualsiasi momento: la prenderemo in carico non appena saremo di nuovo aperti.",
    },
    {
      en: "How quickly can I expect a reply to my ticket?",
      question: "Entro quanto tempo posso aspettarmi una risposta alla mia richiesta?",
      answer: "Nei giorni lavorativi il tempo di risposta va di solito da pochi minuti ad alcune ore, a seconda del carico di lavoro. Le richieste inviate prima delle **16:00** dal lunedì al venerdì, o prima delle **11:00** il sabato, ricevono quasi sempre risposta in giornata. Quelle che arrivano più tardi vengono gestite il giorno lavorativo successivo. Il lunedì è di solito la giornata più intensa, quindi le risposte possono richiedere un po’ più di tempo.",
    },
    {
      en: "Is the helpdesk open on Sundays and Dutch public holidays?",
      question: "L’helpdesk è aperto la domenica e nei giorni festivi olandesi?",
      answer: "No. Il nostro servizio di assistenza ha sede nei Paesi Bassi ed è chiuso la domenica e nei giorni festivi olandesi, come Capodanno, il Lunedì dell’Angelo (Pasquetta), la Festa del Re, il Lunedì di Pentecoste e Natale. In quei giorni può comunque inviare una richiesta standard: le risponderemo il giorno lavorativo successivo. Se il suo problema non può aspettare, una richiesta prioritaria viene gestita anche la domenica e nei giorni festivi.",
    },
    {
      en: "Which time zone are the support hours and cut-off times based on?",
      question: "A quale fuso orario si riferiscono gli orari dell’assistenza e gli orari limite?",
      answer: "Tutti gli orari indicati nella nostra politica di assistenza sono espressi nell’ora locale olandese, fuso orario Europe/Amsterdam: CET d’inverno e CEST d’estate, quindi gli orari seguono l’ora legale. Se si trova in un altro fuso orario, converta nella sua ora locale l’orario limite delle 16:00 dal lunedì al venerdì e quello delle 11:00 del sabato: così saprà entro quando inviare una richiesta per ricevere risposta in giornata.",
    },

    // credits
    {
      en: "How long do I get free support after buying the product?",
      question: "Per quanto tempo ho diritto all’assistenza gratuita dopo l’acquisto del prodotto?",
      answer: "Ogni acquisto include **30 giorni di assistenza tecnica gratuita**, a partire dalla data di acquisto. Secondo la nostra esperienza è un periodo più che sufficiente per installare e configurare il software e porre domande generali sul suo funzionamento. L’assistenza gratuita può andare dalla semplice risposta alle sue domande fino all’accesso al suo server per analizzare e risolvere problemi semplici. Trascorsi i 30 giorni, l’assistenza tecnica prosegue tramite i crediti di assistenza.",
    },
    {
      en: "How do support credits work?",
      question: "Come funzionano i crediti di assistenza?",
      answer: "L’assistenza a pagamento si basa su crediti acquistati in anticipo. Le regole sono semplici:\n\n- **2 crediti = 1 ora** di lavoro di un tecnico dell’assistenza\n- ogni incidente costa almeno **1 credito**\n- i crediti vengono scalati solo dopo che lei ha confermato la stima\n\nI crediti coprono l’assistenza tecnica, l’aiuto nella configurazione, la progettazione di sistemi e i servizi di sviluppo.",
    },
    {
      en: "Do unused support credits expire?",
      question: "I crediti di assistenza non utilizzati scadono?",
      answer: "No, i suoi crediti non scadono mai. I crediti che non utilizza ora restano nel suo saldo e può usarli per incidenti futuri, che sia il mese prossimo o l’anno prossimo. Può quindi acquistare crediti in anticipo senza timore di perderli.",
    },
    {
      en: "How do I know how many credits a request will cost before work starts?",
      question: "Come faccio a sapere quanti crediti costerà una richiesta prima che inizi il lavoro?",
      answer: "Quando invia una richiesta, il nostro team di assistenza valuta l’incidente e le invia una stima in crediti. Il lavoro inizia solo dopo che lei ha confermato la stima nella richiesta. Gli intervalli tipici sono:\n\n- installazione e configurazione: 1–2 crediti\n- integrazione o modifica del design: 1–3 crediti\n- richieste più complesse: preventivo su richiesta\n\nSe un incidente richiede più crediti di quelli disponibili nel suo saldo, la avviseremo prima di proseguire.",
    },
    {
      en: "How can I top up my support credit balance?",
      question: "Come posso ricaricare il mio saldo di crediti di assistenza?",
      answer: "Può ricaricare il saldo in autonomia in qualsiasi momento dall’helpdesk, senza dover attendere il nostro team di assistenza. Scelga quanti crediti le servono e completi il pagamento: i nuovi crediti vengono aggiunti subito al suo account. Poiché i crediti non scadono mai, conviene ricaricare prima che il saldo si esaurisca, così un incidente urgente non resta in sospeso.",
    },
    {
      en: "Do I need credits to ask about sales, licensing or transferring a license?",
      question: "Servono crediti per domande su vendite, licenze o trasferimento di una licenza?",
      answer: "No. Le domande su vendite, licenze, trasferimenti di licenza e le altre richieste relative all’account sono sempre gratuite, anche dopo la fine del periodo di assistenza gratuita o quando il saldo di crediti è a zero. Apra semplicemente una richiesta nell’helpdesk, come di consueto. I crediti vengono utilizzati solo per il lavoro tecnico vero e proprio, come la risoluzione dei problemi, la configurazione e la personalizzazione.",
    },
    {
      en: "What kinds of requests can I submit to the helpdesk using support credits?",
      question: "Per quali tipi di richieste posso utilizzare i crediti di assistenza nell’helpdesk?",
      answer: "Può utilizzare i crediti per qualsiasi richiesta tecnica sul prodotto, tra cui:\n\n- come funziona o come va utilizzata una funzionalità\n- la configurazione del prodotto per ottenere le funzionalità di cui ha bisogno\n- problemi tecnici quando qualcosa non funziona come dovrebbe\n- indicazioni e consigli se lei o il suo sviluppatore web state personalizzando il prodotto\n\nNel dubbio, ce lo chieda pure: le diremo se la sua domanda rientra in questi casi prima di utilizzare qualsiasi credito.",
    },

    // account
    {
      en: "Do I need to log in before I submit a ticket?",
      question: "Devo effettuare l’accesso prima di inviare una richiesta?",
      answer: "Se ha un account, effettui prima l’accesso e poi utilizzi il modulo di contatto. In questo modo la sua richiesta viene collegata al suo account e alle sue richieste precedenti, e possiamo aiutarla più rapidamente senza doverle chiedere chi è. Dopo l’accesso può anche allegare file e seguire tutte le sue richieste in un unico posto. Anche senza account può contattarci, ma alcune funzionalità non saranno disponibili.",
    },
    {
      en: "What should I do if I've lost the username or password for the customer area?",
      question: "Che cosa devo fare se ho perso il nome utente o la password dell’area clienti?",
      answer: "Utilizzi il link «Ha dimenticato i dati di accesso?» nella pagina di accesso per richiedere nuove credenziali. Inserisca l’indirizzo e-mail collegato al suo account: le invieremo le istruzioni per accedere di nuovo all’area clienti. Se non ha più accesso a quell’indirizzo e-mail, apra una richiesta senza effettuare l’accesso e ci spieghi la situazione: questo tipo di richiesta è sempre gratuito.",
    },
    {
      en: "Why do I receive e-mails from a no-reply address, and can I reply to them?",
      question: "Perché ricevo e-mail da un indirizzo no-reply, e posso rispondere?",
      answer: "L’helpdesk invia e-mail automatiche, come le conferme di ricezione delle richieste e le notifiche di aggiornamento, da un indirizzo no-reply. Questi indirizzi non vengono letti, quindi le risposte che invia non arrivano al nostro team di assistenza. Per rispondere, apra la richiesta nell’helpdesk e scriva lì il suo messaggio. In questo modo la sua risposta resta collegata alla richiesta giusta e al suo account.",
    },

    // attachments
    {
      en: "How do I attach a screenshot, photo or file to my ticket?",
      question: "Come posso allegare uno screenshot, una foto o un file alla mia richiesta?",
      answer: "Effettui prima l’accesso al suo account, poi apra il modulo di contatto o una richiesta esistente. Troverà l’opzione per aggiungere allegati, con cui può caricare screenshot, foto, loghi o altri file. Uno screenshot del messaggio di errore o della pagina in cui si verifica il problema ci aiuta spesso a capire la situazione molto più in fretta.",
    },
    {
      en: "Why can't I see the option to add an attachment on the contact form?",
      question: "Perché nel modulo di contatto non vedo l’opzione per aggiungere un allegato?",
      answer: "Gli allegati sono disponibili solo dopo aver effettuato l’accesso. Se ha aperto il modulo di contatto senza accedere, l’opzione di caricamento è nascosta. Acceda al suo account, torni al modulo di contatto o alla sua richiesta e l’opzione per aggiungere file comparirà. Se non ha un account, descriva il problema nel modo più preciso possibile nel messaggio stesso.",
    },
    {
      en: "Can I send attachments by replying to a ticket notification e-mail?",
      question: "Posso inviare allegati rispondendo all’e-mail di notifica di una richiesta?",
      answer: "No. Le notifiche sulle richieste vengono inviate da un indirizzo no-reply, quindi gli allegati inviati via e-mail non arrivano mai al nostro team di assistenza. Aggiunga i file direttamente alla sua richiesta nell’helpdesk, dopo aver effettuato l’accesso. In questo modo vengono salvati insieme alla richiesta e il nostro team di assistenza li trova subito.",
    },
  ],

  docPages: [
    {
      en: 'Installing the desktop application',
      title: 'Installare l’applicazione desktop',
      slug: 'installare-l-applicazione-desktop',
      body: '## Requisiti\nUn sistema a 64 bit con 4 GB di memoria.\n\n## Procedura\n1. Scarichi il programma di installazione dal suo account.\n2. Lo avvii e segua la procedura guidata.\n3. Acceda con l’indirizzo e-mail del suo account.',
    },
    {
      en: 'Creating and rotating API keys',
      title: 'Creare e ruotare le chiavi API',
      slug: 'chiavi-api',
      body: 'Le chiavi API si creano in Impostazioni > Sviluppatori. Una chiave viene mostrata una sola volta: la conservi in un gestore di segreti. Ruoti le chiavi ogni novanta giorni: crei una nuova chiave, passi la sua integrazione alla nuova chiave e poi revochi quella vecchia.',
    },
    {
      en: 'Importing data from a spreadsheet',
      title: 'Importare dati da un foglio di calcolo',
      slug: 'importare-dati-da-un-foglio-di-calcolo',
      body: 'Le importazioni accettano file CSV e XLSX fino a 20 MB. La prima riga deve contenere i nomi delle colonne. Le date vengono lette nel formato AAAA-MM-GG. Le righe con errori vengono saltate ed elencate nel rapporto di importazione, che può scaricare in seguito.',
    },
  ],

  incidentClasses: [
    { en: 'Installation and configuration', name: 'Installazione e configurazione', description: 'Installare il prodotto e configurarlo per il suo sito.' },
    { en: 'Price plan configuration', name: 'Configurazione dei piani tariffari', description: 'Impostare e modificare i piani tariffari.' },
    { en: 'Front-end design integration/modification', name: 'Integrazione/modifica del design front-end', description: 'Adattare il prodotto al design del suo sito o modificarne l’aspetto.' },
    { en: 'Other', name: 'Altro', description: 'Tutto il resto; i crediti vengono stimati su richiesta.' },
    { en: 'Sales and licensing', name: 'Vendite e licenze', description: 'Domande prima dell’acquisto e sulle licenze: sempre gratuite.' },
  ],
};
