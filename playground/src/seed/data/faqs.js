'use strict';
// Demo FAQ entries for the playground: one object per entry, the same entry in EN, NL, FR, DE, ES, IT and RU.
module.exports = [
  // ---------------------------------------------------------------------------
  // getting-started
  // ---------------------------------------------------------------------------
  {
    category: 'getting-started',
    tags: ['faq', 'search', 'self-service'],
    en: {
      question: "How can I get an answer to my question as quickly as possible?",
      answer: "The fastest route is usually self-service. Type your question on the Support page and our virtual assistant will search for a matching answer straight away. You can also browse the **Frequently Asked Questions** and the **Documentation**, which cover most everyday questions. If you still can't find what you need, open a ticket and our support team will take it from there.",
    },
    nl: {
      question: "Hoe krijg ik zo snel mogelijk antwoord op mijn vraag?",
      answer: "Meestal heb je het snelst een antwoord via zelfhulp. Typ je vraag in op de Supportpagina, dan zoekt onze virtuele assistent meteen naar een passend antwoord. Blader ook eens door de **Veelgestelde vragen** en de **Documentatie**: daar vind je het antwoord op de meeste alledaagse vragen. Kom je er dan nog niet uit, maak dan een ticket aan en ons supportteam helpt je verder.",
    },
    fr: {
      question: "Comment obtenir une réponse à ma question le plus rapidement possible ?",
      answer: "Le moyen le plus rapide est généralement l'aide en libre-service. Saisissez votre question sur la page Support : notre assistant virtuel recherche aussitôt une réponse adaptée. Consultez également la **Foire aux questions** et la **Documentation**, qui couvrent la plupart des questions courantes. Si vous ne trouvez toujours pas votre réponse, ouvrez un ticket et notre équipe d'assistance prendra le relais.",
    },
    de: {
      question: "Wie bekomme ich am schnellsten eine Antwort auf meine Frage?",
      answer: "Am schnellsten geht es in der Regel über die Selbsthilfe. Geben Sie Ihre Frage auf der Support-Seite ein – unser virtueller Assistent sucht dann sofort nach einer passenden Antwort. Stöbern Sie außerdem in den **häufig gestellten Fragen (FAQ)** und in der **Dokumentation**: Dort finden Sie Antworten auf die meisten alltäglichen Fragen. Werden Sie trotzdem nicht fündig, eröffnen Sie ein Ticket, und unser Support-Team kümmert sich um alles Weitere.",
    },
    es: {
      question: "¿Cómo puedo obtener una respuesta a mi pregunta lo antes posible?",
      answer: "Lo más rápido suele ser el autoservicio. Escribe tu pregunta en la página de Soporte y nuestro asistente virtual buscará al instante una respuesta adecuada. Echa también un vistazo a las **Preguntas frecuentes** y a la **Documentación**, donde encontrarás respuesta a la mayoría de las dudas habituales. Si aun así no das con lo que buscas, abre un ticket y nuestro equipo de soporte se encargará del resto.",
    },
    it: {
      question: "Come posso ottenere una risposta alla mia domanda il più rapidamente possibile?",
      answer: "Di solito la via più rapida è cercare la risposta in autonomia. Scriva la sua domanda nella pagina di assistenza: il nostro assistente virtuale cercherà subito una risposta adatta. Consulti anche le **Domande frequenti (FAQ)** e la **Documentazione**, che rispondono alla maggior parte delle domande di tutti i giorni. Se non trova ancora quello che cerca, apra una richiesta di assistenza e il nostro team se ne occuperà.",
    },
    ru: {
      question: "Как быстрее всего получить ответ на свой вопрос?",
      answer: "Обычно быстрее всего найти ответ самостоятельно. Введите вопрос на странице поддержки — наш виртуальный помощник сразу подберёт подходящий ответ. Загляните также в разделы **Часто задаваемые вопросы** и **Документация**: там есть ответы на большинство повседневных вопросов. Если нужного ответа так и не нашлось, создайте заявку, и дальше вами займётся наша служба поддержки.",
    },
  },
  {
    category: 'getting-started',
    tags: ['assistant', 'search', 'self-service'],
    en: {
      question: "What does the virtual assistant on the Support page do?",
      answer: "The virtual assistant reads the question you type and automatically searches the FAQ and the Documentation for relevant answers. It is available around the clock, so you don't have to wait for business hours. Try phrasing your question in a few plain words, such as 'change invoice address'. If none of the suggestions help, you can continue straight to the contact form to open a ticket.",
    },
    nl: {
      question: "Wat doet de virtuele assistent op de Supportpagina?",
      answer: "De virtuele assistent leest de vraag die je intypt en doorzoekt automatisch de veelgestelde vragen en de documentatie op relevante antwoorden. Hij is dag en nacht beschikbaar, dus je hoeft niet op onze openingstijden te wachten. Formuleer je vraag in een paar eenvoudige woorden, bijvoorbeeld 'factuuradres wijzigen'. Helpen de suggesties niet, dan kun je direct doorgaan naar het contactformulier om een ticket aan te maken.",
    },
    fr: {
      question: "À quoi sert l'assistant virtuel de la page Support ?",
      answer: "L'assistant virtuel analyse la question que vous saisissez et recherche automatiquement des réponses pertinentes dans la FAQ et la Documentation. Il est disponible jour et nuit : inutile d'attendre nos heures d'ouverture. Formulez votre question en quelques mots simples, par exemple « modifier l'adresse de facturation ». Si aucune suggestion ne vous aide, vous pouvez passer directement au formulaire de contact pour ouvrir un ticket.",
    },
    de: {
      question: "Was macht der virtuelle Assistent auf der Support-Seite?",
      answer: "Der virtuelle Assistent liest die Frage, die Sie eingeben, und durchsucht automatisch die FAQ und die Dokumentation nach passenden Antworten. Er ist rund um die Uhr verfügbar, Sie müssen also nicht auf unsere Geschäftszeiten warten. Formulieren Sie Ihre Frage am besten in wenigen einfachen Worten, zum Beispiel „Rechnungsadresse ändern“. Hilft keiner der Vorschläge weiter, gelangen Sie direkt zum Kontaktformular und können dort ein Ticket eröffnen.",
    },
    es: {
      question: "¿Qué hace el asistente virtual de la página de Soporte?",
      answer: "El asistente virtual lee la pregunta que escribes y busca automáticamente respuestas relevantes en las Preguntas frecuentes y en la Documentación. Está disponible las 24 horas, así que no tienes que esperar a nuestro horario de atención. Prueba a formular tu pregunta con unas pocas palabras sencillas, por ejemplo “cambiar dirección de facturación”. Si ninguna de las sugerencias te ayuda, puedes pasar directamente al formulario de contacto para abrir un ticket.",
    },
    it: {
      question: "Che cosa fa l’assistente virtuale nella pagina di assistenza?",
      answer: "L’assistente virtuale legge la domanda che scrive e cerca automaticamente le risposte pertinenti nelle FAQ e nella Documentazione. È disponibile 24 ore su 24, quindi non deve attendere l’orario di apertura. Provi a formulare la domanda con poche parole semplici, ad esempio «modificare indirizzo di fatturazione». Se nessuno dei suggerimenti le è utile, può passare direttamente al modulo di contatto e aprire una richiesta.",
    },
    ru: {
      question: "Что делает виртуальный помощник на странице поддержки?",
      answer: "Виртуальный помощник анализирует введённый вами вопрос и автоматически ищет подходящие ответы в разделе FAQ и в документации. Он работает круглосуточно, так что ждать начала рабочего дня не нужно. Сформулируйте вопрос в нескольких простых словах, например «изменить адрес в счёте». Если ни одна из подсказок не помогла, перейдите прямо к форме обратной связи и создайте заявку.",
    },
  },
  {
    category: 'getting-started',
    tags: ['email', 'contact', 'tickets'],
    en: {
      question: "Can I just send you an e-mail instead of opening a ticket?",
      answer: "Unfortunately not. We receive far too many requests to handle them efficiently by e-mail. Tickets are automatically linked to your account and to your earlier requests, so we immediately have the context we need to help you. Please use the contact form in the helpdesk instead.",
    },
    nl: {
      question: "Kan ik niet gewoon een e-mail sturen in plaats van een ticket aan te maken?",
      answer: "Helaas niet. We ontvangen veel te veel vragen om die efficiënt per e-mail af te handelen. Een ticket wordt automatisch gekoppeld aan je account en aan je eerdere vragen, zodat we meteen de context hebben die we nodig hebben om je te helpen. Gebruik daarom het contactformulier in de helpdesk.",
    },
    fr: {
      question: "Puis-je simplement vous envoyer un e-mail au lieu d'ouvrir un ticket ?",
      answer: "Malheureusement, non. Nous recevons beaucoup trop de demandes pour pouvoir les traiter efficacement par e-mail. Un ticket est automatiquement lié à votre compte et à vos demandes précédentes, ce qui nous donne immédiatement le contexte nécessaire pour vous aider. Utilisez donc le formulaire de contact de l'assistance.",
    },
    de: {
      question: "Kann ich Ihnen nicht einfach eine E-Mail schicken, statt ein Ticket zu eröffnen?",
      answer: "Leider nein. Wir erhalten viel zu viele Anfragen, um sie per E-Mail effizient bearbeiten zu können. Tickets werden automatisch mit Ihrem Konto und Ihren früheren Anfragen verknüpft, sodass wir sofort den nötigen Kontext haben, um Ihnen zu helfen. Bitte nutzen Sie stattdessen das Kontaktformular im Helpdesk.",
    },
    es: {
      question: "¿Puedo enviar simplemente un correo electrónico en lugar de abrir un ticket?",
      answer: "Lamentablemente, no. Recibimos demasiadas solicitudes como para gestionarlas de forma eficiente por correo electrónico. Los tickets se vinculan automáticamente a tu cuenta y a tus solicitudes anteriores, así que tenemos desde el primer momento el contexto que necesitamos para ayudarte. Utiliza en su lugar el formulario de contacto del centro de soporte.",
    },
    it: {
      question: "Posso semplicemente mandarvi un’e-mail invece di aprire una richiesta?",
      answer: "Purtroppo no. Riceviamo davvero troppe richieste per poterle gestire in modo efficiente via e-mail. Le richieste aperte nell’helpdesk vengono collegate automaticamente al suo account e alle sue richieste precedenti, così abbiamo subito il contesto necessario per aiutarla. La preghiamo quindi di utilizzare il modulo di contatto dell’helpdesk.",
    },
    ru: {
      question: "Можно просто написать вам по электронной почте, а не создавать заявку?",
      answer: "К сожалению, нет. Мы получаем слишком много обращений, чтобы эффективно обрабатывать их по электронной почте. Заявка автоматически привязывается к вашей учётной записи и к вашим прежним обращениям, поэтому у нас сразу есть весь контекст, нужный, чтобы вам помочь. Пожалуйста, пользуйтесь формой обратной связи в центре поддержки.",
    },
  },
  {
    category: 'getting-started',
    tags: ['contact', 'phone', 'social-media'],
    en: {
      question: "Can I reach the support team by phone, on a forum or through social media?",
      answer: "We deliberately keep the number of contact channels small, because that lets us handle every request faster. Messages posted on forums or social media are not monitored, so they won't reach our support team. We don't offer a general support phone line either. The helpdesk contact form is the one channel where your question is guaranteed to be picked up.",
    },
    nl: {
      question: "Kan ik het supportteam bereiken via telefoon, een forum of sociale media?",
      answer: "We houden het aantal contactkanalen bewust beperkt, zodat we elke vraag sneller kunnen afhandelen. Berichten op forums of sociale media worden niet door ons gevolgd en komen dus niet bij het supportteam terecht. Een algemene telefonische supportlijn hebben we ook niet. Het contactformulier van de helpdesk is het enige kanaal waarop je vraag gegarandeerd wordt opgepakt.",
    },
    fr: {
      question: "Puis-je joindre l'équipe d'assistance par téléphone, sur un forum ou via les réseaux sociaux ?",
      answer: "Nous limitons volontairement le nombre de canaux de contact afin de traiter chaque demande plus rapidement. Les messages publiés sur les forums ou les réseaux sociaux ne sont pas suivis par notre équipe et ne nous parviennent donc pas. Nous ne proposons pas non plus de ligne téléphonique d'assistance générale. Le formulaire de contact de l'assistance est le seul canal qui garantit la prise en charge de votre question.",
    },
    de: {
      question: "Kann ich das Support-Team telefonisch, über ein Forum oder über soziale Medien erreichen?",
      answer: "Wir halten die Zahl unserer Kontaktkanäle bewusst klein, denn so können wir jede Anfrage schneller bearbeiten. Beiträge in Foren oder sozialen Medien verfolgen wir nicht, sie erreichen unser Support-Team also nicht. Eine allgemeine telefonische Support-Hotline bieten wir ebenfalls nicht an. Das Kontaktformular im Helpdesk ist der einzige Kanal, über den Ihre Frage garantiert bearbeitet wird.",
    },
    es: {
      question: "¿Puedo contactar con el equipo de soporte por teléfono, en un foro o a través de las redes sociales?",
      answer: "Mantenemos a propósito un número reducido de canales de contacto, porque así podemos atender cada solicitud más rápido. No supervisamos los mensajes publicados en foros o redes sociales, por lo que no llegan a nuestro equipo de soporte. Tampoco ofrecemos una línea telefónica de soporte general. El formulario de contacto del centro de soporte es el único canal en el que tu pregunta se atenderá con total seguridad.",
    },
    it: {
      question: "Posso contattare il team di assistenza per telefono, su un forum o tramite i social network?",
      answer: "Manteniamo volutamente pochi canali di contatto: così possiamo gestire ogni richiesta più rapidamente. I messaggi pubblicati su forum o social network non vengono monitorati e quindi non arrivano al nostro team di assistenza. Non offriamo nemmeno una linea telefonica di assistenza generale. Il modulo di contatto dell’helpdesk è l’unico canale che garantisce che la sua domanda venga presa in carico.",
    },
    ru: {
      question: "Можно ли связаться со службой поддержки по телефону, на форуме или в социальных сетях?",
      answer: "Мы сознательно ограничиваем число каналов связи: так мы быстрее обрабатываем каждое обращение. Сообщения на форумах и в социальных сетях мы не отслеживаем, поэтому до службы поддержки они не доходят. Общей телефонной линии поддержки у нас тоже нет. Форма обратной связи в центре поддержки — единственный канал, где ваш вопрос гарантированно возьмут в работу.",
    },
  },

  // ---------------------------------------------------------------------------
  // tickets
  // ---------------------------------------------------------------------------
  {
    category: 'tickets',
    tags: ['tickets', 'tips'],
    en: {
      question: "Why should I ask only one question per ticket?",
      answer: "When a ticket contains several questions, a single one that needs extra research can hold up the whole ticket. By opening a separate ticket for each question, the easy ones can be answered right away while the trickier one is being investigated. It also keeps the conversation clear, for you and for us.",
    },
    nl: {
      question: "Waarom moet ik per ticket maar één vraag stellen?",
      answer: "Bevat een ticket meerdere vragen, dan kan één vraag die extra uitzoekwerk vraagt het hele ticket ophouden. Maak je voor elke vraag een apart ticket aan, dan kunnen de eenvoudige vragen meteen worden beantwoord terwijl we de lastigere vraag onderzoeken. Bovendien blijft het gesprek zo overzichtelijk, voor jou en voor ons.",
    },
    fr: {
      question: "Pourquoi ne poser qu'une seule question par ticket ?",
      answer: "Lorsqu'un ticket contient plusieurs questions, il suffit qu'une seule demande des recherches supplémentaires pour que tout le ticket reste en attente. En ouvrant un ticket distinct par question, les plus simples reçoivent une réponse immédiate pendant que nous examinons la plus complexe. Les échanges restent aussi plus clairs, pour vous comme pour nous.",
    },
    de: {
      question: "Warum sollte ich pro Ticket nur eine Frage stellen?",
      answer: "Enthält ein Ticket mehrere Fragen, kann schon eine einzige, die zusätzliche Recherche erfordert, das ganze Ticket aufhalten. Eröffnen Sie für jede Frage ein eigenes Ticket, können wir die einfachen Fragen sofort beantworten, während wir der kniffligeren nachgehen. Außerdem bleibt der Verlauf so übersichtlich – für Sie und für uns.",
    },
    es: {
      question: "¿Por qué debo hacer solo una pregunta por ticket?",
      answer: "Cuando un ticket contiene varias preguntas, basta con que una de ellas requiera una investigación adicional para que todo el ticket se quede en espera. Si abres un ticket distinto para cada pregunta, podemos responder enseguida a las sencillas mientras investigamos la más complicada. Además, la conversación resulta más clara, tanto para ti como para nosotros.",
    },
    it: {
      question: "Perché devo porre una sola domanda per richiesta?",
      answer: "Se una richiesta contiene più domande, basta che una di esse necessiti di ulteriori approfondimenti per rallentare tutto il resto. Aprendo una richiesta separata per ogni domanda, quelle semplici ricevono subito una risposta mentre analizziamo quella più complessa. Inoltre la conversazione resta più chiara, per lei e per noi.",
    },
    ru: {
      question: "Почему в одной заявке нужно задавать только один вопрос?",
      answer: "Если в заявке несколько вопросов и один из них требует дополнительного изучения, задерживается вся заявка. Если же создать отдельную заявку на каждый вопрос, на простые мы ответим сразу, пока разбираемся со сложным. К тому же переписка остаётся понятной — и для вас, и для нас.",
    },
  },
  {
    category: 'tickets',
    tags: ['tickets', 'tips', 'details'],
    en: {
      question: "What information should I include so my ticket can be solved quickly?",
      answer: "Our software has a lot of features, so the more specific you are, the faster we can help. Please include:\n\n- which page, product or setting the problem is about\n- what you did, what you expected and what actually happened\n- the exact text of any error message\n\nWith these details we can start looking for a solution straight away instead of first asking follow-up questions.",
    },
    nl: {
      question: "Welke informatie moet ik vermelden zodat mijn ticket snel kan worden opgelost?",
      answer: "Onze software heeft veel functies, dus hoe specifieker je bent, hoe sneller we je kunnen helpen. Vermeld in elk geval:\n\n- over welke pagina, welk product of welke instelling het gaat\n- wat je deed, wat je verwachtte en wat er werkelijk gebeurde\n- de letterlijke tekst van een eventuele foutmelding\n\nMet deze gegevens kunnen we meteen naar een oplossing zoeken, in plaats van eerst aanvullende vragen te moeten stellen.",
    },
    fr: {
      question: "Quelles informations dois-je fournir pour que mon ticket soit résolu rapidement ?",
      answer: "Notre logiciel offre de nombreuses fonctionnalités : plus votre demande est précise, plus nous pouvons vous aider rapidement. Indiquez notamment :\n\n- la page, le produit ou le paramètre concerné\n- ce que vous avez fait, ce que vous attendiez et ce qui s'est réellement passé\n- le texte exact de l'éventuel message d'erreur\n\nGrâce à ces informations, nous pouvons chercher une solution immédiatement, sans devoir d'abord vous poser des questions complémentaires.",
    },
    de: {
      question: "Welche Angaben sollte ich machen, damit mein Ticket schnell gelöst werden kann?",
      answer: "Unsere Software bietet viele Funktionen: Je genauer Ihre Angaben sind, desto schneller können wir helfen. Nennen Sie bitte:\n\n- um welche Seite, welches Produkt oder welche Einstellung es geht\n- was Sie getan haben, was Sie erwartet haben und was tatsächlich passiert ist\n- den genauen Wortlaut einer eventuellen Fehlermeldung\n\nMit diesen Angaben können wir sofort nach einer Lösung suchen, statt zuerst Rückfragen stellen zu müssen.",
    },
    es: {
      question: "¿Qué información debo incluir para que mi ticket se resuelva rápido?",
      answer: "Nuestro software tiene muchas funciones, así que cuanto más concreto seas, antes podremos ayudarte. Indica siempre:\n\n- a qué página, producto o ajuste se refiere el problema\n- qué hiciste, qué esperabas que pasara y qué ocurrió en realidad\n- el texto exacto del mensaje de error, si lo hay\n\nCon estos datos podemos empezar a buscar una solución de inmediato, sin tener que hacerte antes preguntas adicionales.",
    },
    it: {
      question: "Quali informazioni devo indicare perché la mia richiesta venga risolta rapidamente?",
      answer: "Il nostro software offre molte funzionalità: più è preciso, più velocemente possiamo aiutarla. Indichi sempre:\n\n- la pagina, il prodotto o l’impostazione a cui si riferisce il problema\n- che cosa ha fatto, che cosa si aspettava e che cosa è successo invece\n- il testo esatto dell’eventuale messaggio di errore\n\nCon queste informazioni possiamo cercare subito una soluzione, senza doverle prima porre altre domande.",
    },
    ru: {
      question: "Какую информацию указать в заявке, чтобы вопрос решили быстрее?",
      answer: "В нашем программном обеспечении много функций, поэтому чем конкретнее вы опишете ситуацию, тем быстрее мы поможем. Пожалуйста, укажите:\n\n- к какой странице, продукту или настройке относится проблема\n- что вы сделали, чего ожидали и что произошло на самом деле\n- точный текст сообщения об ошибке, если оно появилось\n\nС этими сведениями мы сможем сразу искать решение, а не задавать сначала уточняющие вопросы.",
    },
  },
  {
    category: 'tickets',
    tags: ['tickets', 'resolved', 'close'],
    en: {
      question: "Can I close my own ticket once the problem has been solved?",
      answer: "Yes. If the problem no longer exists, for example because you found the solution yourself, you can mark the ticket as resolved from your ticket overview. This lets our support team focus on requests that still need attention. If the problem comes back later, simply open a new ticket and mention the number of the old one.",
    },
    nl: {
      question: "Kan ik mijn eigen ticket sluiten zodra het probleem is opgelost?",
      answer: "Ja. Bestaat het probleem niet meer, bijvoorbeeld omdat je zelf de oplossing hebt gevonden, dan kun je het ticket vanuit je ticketoverzicht als opgelost markeren. Zo kan ons supportteam zich richten op vragen die nog aandacht nodig hebben. Duikt het probleem later weer op, maak dan gewoon een nieuw ticket aan en vermeld het nummer van het oude ticket.",
    },
    fr: {
      question: "Puis-je clôturer moi-même mon ticket une fois le problème résolu ?",
      answer: "Oui. Si le problème n'existe plus, par exemple parce que vous avez trouvé la solution vous-même, vous pouvez marquer le ticket comme résolu depuis la liste de vos tickets. Notre équipe d'assistance peut ainsi se concentrer sur les demandes qui nécessitent encore son attention. Si le problème réapparaît plus tard, ouvrez simplement un nouveau ticket en mentionnant le numéro de l'ancien.",
    },
    de: {
      question: "Kann ich mein Ticket selbst schließen, wenn das Problem gelöst ist?",
      answer: "Ja. Besteht das Problem nicht mehr, etwa weil Sie die Lösung selbst gefunden haben, können Sie das Ticket in Ihrer Ticketübersicht als gelöst markieren. So kann sich unser Support-Team auf Anfragen konzentrieren, die noch Aufmerksamkeit brauchen. Tritt das Problem später erneut auf, eröffnen Sie einfach ein neues Ticket und geben Sie die Nummer des alten Tickets an.",
    },
    es: {
      question: "¿Puedo cerrar yo mismo mi ticket una vez resuelto el problema?",
      answer: "Sí. Si el problema ya no existe, por ejemplo porque has encontrado tú mismo la solución, puedes marcar el ticket como resuelto desde tu lista de tickets. Así nuestro equipo de soporte puede centrarse en las solicitudes que aún necesitan atención. Si más adelante el problema vuelve a aparecer, abre un nuevo ticket e indica el número del anterior.",
    },
    it: {
      question: "Posso chiudere personalmente la mia richiesta quando il problema è risolto?",
      answer: "Sì. Se il problema non sussiste più, ad esempio perché ha trovato la soluzione da sé, può contrassegnare la richiesta come risolta dall’elenco delle sue richieste. In questo modo il nostro team di assistenza può concentrarsi sulle richieste ancora in sospeso. Se in seguito il problema si ripresenta, apra semplicemente una nuova richiesta indicando il numero di quella precedente.",
    },
    ru: {
      question: "Можно ли самому закрыть заявку, когда проблема решена?",
      answer: "Да. Если проблема больше не актуальна — например, вы сами нашли решение, — отметьте заявку как решённую в списке своих заявок. Так служба поддержки сможет сосредоточиться на обращениях, которые ещё требуют внимания. Если проблема позже появится снова, просто создайте новую заявку и укажите номер прежней.",
    },
  },
  {
    category: 'tickets',
    tags: ['tickets', 'follow-up', 'notifications'],
    en: {
      question: "What happens after I submit a ticket, and how do I follow up on it?",
      answer: "As soon as you submit your question, a ticket is created and you receive a confirmation by e-mail. Our support team adds every reply and update to the ticket itself, so keep an eye on it in the helpdesk. We may ask you for extra information; the sooner you respond in the ticket, the sooner we can continue. Please reply through the helpdesk rather than to the confirmation e-mail.",
    },
    nl: {
      question: "Wat gebeurt er nadat ik een ticket heb ingediend, en hoe volg ik het op?",
      answer: "Zodra je je vraag verstuurt, wordt er een ticket aangemaakt en ontvang je een bevestiging per e-mail. Ons supportteam zet elke reactie en update in het ticket zelf, dus houd het goed in de gaten in de helpdesk. Het kan zijn dat we je om extra informatie vragen: hoe sneller je in het ticket reageert, hoe sneller we verder kunnen. Reageer via de helpdesk en niet op de bevestigingsmail.",
    },
    fr: {
      question: "Que se passe-t-il après l'envoi de mon ticket, et comment en suivre l'avancement ?",
      answer: "Dès que vous envoyez votre question, un ticket est créé et vous recevez une confirmation par e-mail. Notre équipe d'assistance consigne chaque réponse et chaque mise à jour directement dans le ticket : pensez donc à le suivre dans l'espace d'assistance. Il se peut que nous vous demandions des informations complémentaires ; plus vite vous répondez dans le ticket, plus vite nous pouvons avancer. Répondez toujours via l'espace d'assistance, et non à l'e-mail de confirmation.",
    },
    de: {
      question: "Was passiert, nachdem ich ein Ticket abgeschickt habe, und wie verfolge ich es weiter?",
      answer: "Sobald Sie Ihre Frage absenden, wird ein Ticket angelegt und Sie erhalten eine Bestätigung per E-Mail. Unser Support-Team hält jede Antwort und jede Aktualisierung direkt im Ticket fest – behalten Sie es also im Helpdesk im Blick. Möglicherweise bitten wir Sie um weitere Informationen; je schneller Sie im Ticket antworten, desto schneller können wir weitermachen. Bitte antworten Sie über den Helpdesk und nicht auf die Bestätigungs-E-Mail.",
    },
    es: {
      question: "¿Qué ocurre después de enviar un ticket y cómo hago su seguimiento?",
      answer: "En cuanto envías tu pregunta, se crea un ticket y recibes una confirmación por correo electrónico. Nuestro equipo de soporte añade cada respuesta y cada actualización en el propio ticket, así que no lo pierdas de vista en el centro de soporte. Es posible que te pidamos información adicional; cuanto antes respondas en el ticket, antes podremos continuar. Responde siempre a través del centro de soporte y no al correo de confirmación.",
    },
    it: {
      question: "Che cosa succede dopo che ho inviato una richiesta, e come posso seguirla?",
      answer: "Non appena invia la sua domanda, viene creata una richiesta di assistenza (ticket) e lei riceve una conferma via e-mail. Il nostro team di assistenza inserisce ogni risposta e ogni aggiornamento direttamente nella richiesta, quindi la tenga d’occhio nell’helpdesk. Potremmo chiederle ulteriori informazioni: prima risponde nella richiesta, prima possiamo proseguire. La preghiamo di rispondere tramite l’helpdesk e non all’e-mail di conferma.",
    },
    ru: {
      question: "Что происходит после отправки заявки и как следить за её ходом?",
      answer: "Как только вы отправите вопрос, будет создана заявка, а вам придёт подтверждение по электронной почте. Все ответы и обновления служба поддержки добавляет прямо в заявку, поэтому следите за ней в центре поддержки. Мы можем попросить у вас дополнительную информацию: чем быстрее вы ответите в заявке, тем быстрее мы продолжим работу. Пожалуйста, отвечайте через центр поддержки, а не на письмо с подтверждением.",
    },
  },
  {
    category: 'tickets',
    tags: ['fair-use', 'response-time', 'tickets'],
    en: {
      question: "What is the fair use policy, and why did my ticket take longer than usual?",
      answer: "The helpdesk follows a fair use policy so it can stay fast, efficient and free for everyone. In case of abuse, other tickets are handled first, even if they were sent later. A reply may take longer when:\n\n- an excessive number of messages is sent\n- many of the questions are already answered in the FAQ or the Documentation\n- the steps from a previous solution have not been read or carried out",
    },
    nl: {
      question: "Wat houdt de fair use policy in, en waarom duurde het antwoord op mijn ticket langer dan normaal?",
      answer: "De helpdesk hanteert een fair use policy, zodat we voor iedereen snel, efficiënt en gratis kunnen blijven. Bij misbruik krijgen andere tickets voorrang, ook als die later zijn verstuurd. Een antwoord kan langer op zich laten wachten als:\n\n- er buitensporig veel berichten worden gestuurd\n- veel vragen al in de veelgestelde vragen of de documentatie worden beantwoord\n- de stappen uit een eerdere oplossing niet zijn gelezen of uitgevoerd",
    },
    fr: {
      question: "En quoi consiste la politique d'utilisation équitable, et pourquoi mon ticket a-t-il mis plus de temps que d'habitude ?",
      answer: "L'assistance applique une politique d'utilisation équitable afin de rester rapide, efficace et gratuite pour tous. En cas d'abus, les autres tickets sont traités en priorité, même s'ils ont été envoyés plus tard. Une réponse peut prendre plus de temps lorsque :\n\n- un nombre excessif de messages est envoyé\n- de nombreuses questions trouvent déjà leur réponse dans la FAQ ou la Documentation\n- les étapes d'une solution précédente n'ont pas été lues ou appliquées",
    },
    de: {
      question: "Was besagt die Fair-Use-Richtlinie, und warum hat die Antwort auf mein Ticket länger gedauert als sonst?",
      answer: "Für den Helpdesk gilt eine Fair-Use-Richtlinie, damit er für alle schnell, effizient und kostenlos bleibt. Bei Missbrauch werden andere Tickets zuerst bearbeitet, auch wenn sie später eingegangen sind. Eine Antwort kann länger dauern, wenn:\n\n- übermäßig viele Nachrichten gesendet werden\n- viele der Fragen bereits in den FAQ oder der Dokumentation beantwortet sind\n- die Schritte einer früheren Lösung nicht gelesen oder nicht umgesetzt wurden",
    },
    es: {
      question: "¿En qué consiste la política de uso razonable y por qué mi ticket ha tardado más de lo habitual?",
      answer: "El centro de soporte aplica una política de uso razonable para seguir siendo rápido, eficiente y gratuito para todos. En caso de abuso, se atienden primero otros tickets, aunque se hayan enviado más tarde. Una respuesta puede tardar más cuando:\n\n- se envía un número excesivo de mensajes\n- muchas de las preguntas ya están respondidas en las Preguntas frecuentes o en la Documentación\n- no se han leído o aplicado los pasos de una solución anterior",
    },
    it: {
      question: "Che cos’è la politica di uso corretto, e perché la risposta alla mia richiesta è arrivata più tardi del solito?",
      answer: "L’helpdesk applica una politica di uso corretto (fair use) per restare rapido, efficiente e gratuito per tutti. In caso di abuso, le altre richieste vengono gestite per prime, anche se sono state inviate dopo. Una risposta può richiedere più tempo quando:\n\n- viene inviato un numero eccessivo di messaggi\n- molte delle domande trovano già risposta nelle FAQ o nella Documentazione\n- i passaggi indicati in una soluzione precedente non sono stati letti o eseguiti",
    },
    ru: {
      question: "Что такое политика добросовестного использования и почему ответ на мою заявку занял больше времени, чем обычно?",
      answer: "Центр поддержки работает по политике добросовестного использования (fair use): так он остаётся быстрым, эффективным и бесплатным для всех. При злоупотреблениях в первую очередь обрабатываются другие заявки, даже если они поступили позже. Ответ может занять больше времени, если:\n\n- отправляется чрезмерно много сообщений\n- ответы на многие вопросы уже есть в FAQ или документации\n- шаги из предыдущего решения не были прочитаны или выполнены",
    },
  },

  // ---------------------------------------------------------------------------
  // priority
  // ---------------------------------------------------------------------------
  {
    category: 'priority',
    tags: ['priority', 'urgent'],
    en: {
      question: "What is a priority ticket, and when should I use one?",
      answer: "A priority ticket jumps ahead of all other waiting tickets, so our support team picks it up first. Use it for genuinely urgent problems that are blocking your work, such as a feature that suddenly stops working. For how-to questions or anything covered in the Documentation, a standard ticket is the better choice. You can select priority support on the contact form when you create your ticket.",
    },
    nl: {
      question: "Wat is een prioriteitsticket, en wanneer gebruik ik het?",
      answer: "Een prioriteitsticket krijgt voorrang op alle andere wachtende tickets, zodat ons supportteam het als eerste oppakt. Gebruik het voor echt dringende problemen die je werk blokkeren, bijvoorbeeld een functie die plotseling niet meer werkt. Voor vragen over hoe iets werkt of onderwerpen uit de documentatie is een standaardticket de betere keuze. Je kiest voor priority support op het contactformulier wanneer je je ticket aanmaakt.",
    },
    fr: {
      question: "Qu'est-ce qu'un ticket prioritaire, et quand faut-il l'utiliser ?",
      answer: "Un ticket prioritaire passe devant tous les autres tickets en attente : notre équipe d'assistance le traite en premier. Réservez-le aux problèmes réellement urgents qui bloquent votre activité, par exemple une fonctionnalité qui cesse soudainement de fonctionner. Pour une question pratique ou un sujet traité dans la Documentation, un ticket standard est plus adapté. Vous pouvez choisir l'assistance prioritaire dans le formulaire de contact lors de la création de votre ticket.",
    },
    de: {
      question: "Was ist ein Prioritätsticket, und wann sollte ich es nutzen?",
      answer: "Ein Prioritätsticket wird vor allen anderen wartenden Tickets bearbeitet: Unser Support-Team nimmt es sich als Erstes vor. Nutzen Sie es für wirklich dringende Probleme, die Ihre Arbeit blockieren, etwa wenn eine Funktion plötzlich nicht mehr funktioniert. Für Fragen zur Bedienung oder zu Themen aus der Dokumentation ist ein Standardticket die bessere Wahl. Den Prioritäts-Support wählen Sie beim Erstellen Ihres Tickets im Kontaktformular aus.",
    },
    es: {
      question: "¿Qué es un ticket prioritario y cuándo debo usarlo?",
      answer: "Un ticket prioritario pasa por delante de todos los demás tickets en espera, por lo que nuestro equipo de soporte lo atiende primero. Úsalo para problemas realmente urgentes que bloquean tu trabajo, como una función que de repente deja de funcionar. Para dudas sobre cómo hacer algo o temas que ya trata la Documentación, es mejor un ticket estándar. Puedes elegir el soporte prioritario en el formulario de contacto al crear tu ticket.",
    },
    it: {
      question: "Che cos’è una richiesta prioritaria, e quando conviene utilizzarla?",
      answer: "Una richiesta prioritaria scavalca tutte le altre richieste in attesa, quindi il nostro team di assistenza la prende in carico per prima. La utilizzi per problemi davvero urgenti che bloccano il suo lavoro, ad esempio una funzionalità che all’improvviso smette di funzionare. Per domande su come si fa qualcosa o su argomenti trattati nella Documentazione è più indicata una richiesta standard. Può scegliere l’assistenza prioritaria nel modulo di contatto quando crea la richiesta.",
    },
    ru: {
      question: "Что такое приоритетная заявка и когда её стоит использовать?",
      answer: "Приоритетная заявка встаёт в очереди перед всеми остальными ожидающими заявками, и служба поддержки берёт её в работу первой. Используйте её для действительно срочных проблем, которые мешают вам работать, — например, если какая-то функция внезапно перестала работать. Для вопросов вида «как это сделать» и тем, описанных в документации, лучше подойдёт стандартная заявка. Выбрать приоритетную поддержку можно в форме обратной связи при создании заявки.",
    },
  },
  {
    category: 'priority',
    tags: ['priority', 'pricing', 'fee'],
    en: {
      question: "How much does a priority ticket cost?",
      answer: "A priority ticket costs a one-time fee of **EUR 9.95** per ticket. You pay the fee when you submit the ticket with priority support selected. Standard tickets remain free of charge, subject to our fair use policy.",
    },
    nl: {
      question: "Hoeveel kost een prioriteitsticket?",
      answer: "Een prioriteitsticket kost eenmalig **€ 9,95** per ticket. Je betaalt dit bedrag wanneer je het ticket verstuurt met priority support geselecteerd. Standaardtickets blijven gratis, met inachtneming van onze fair use policy.",
    },
    fr: {
      question: "Combien coûte un ticket prioritaire ?",
      answer: "Un ticket prioritaire est facturé **9,95 €** par ticket, en une seule fois. Le montant est réglé lors de l'envoi du ticket avec l'option d'assistance prioritaire. Les tickets standard restent gratuits, dans le respect de notre politique d'utilisation équitable.",
    },
    de: {
      question: "Was kostet ein Prioritätsticket?",
      answer: "Ein Prioritätsticket kostet einmalig **9,95 €** pro Ticket. Die Gebühr zahlen Sie, wenn Sie das Ticket mit ausgewähltem Prioritäts-Support absenden. Standardtickets bleiben kostenlos – im Rahmen unserer Fair-Use-Richtlinie.",
    },
    es: {
      question: "¿Cuánto cuesta un ticket prioritario?",
      answer: "Un ticket prioritario tiene un coste único de **9,95 €** por ticket. El importe se paga al enviar el ticket con la opción de soporte prioritario seleccionada. Los tickets estándar siguen siendo gratuitos, siempre dentro de nuestra política de uso razonable.",
    },
    it: {
      question: "Quanto costa una richiesta prioritaria?",
      answer: "Una richiesta prioritaria costa **9,95 €** una tantum per richiesta. L’importo si paga al momento dell’invio, quando la richiesta viene inviata con l’assistenza prioritaria selezionata. Le richieste standard restano gratuite, nel rispetto della nostra politica di uso corretto.",
    },
    ru: {
      question: "Сколько стоит приоритетная заявка?",
      answer: "Приоритетная заявка стоит **9,95 €** — это разовая плата за одну заявку. Оплата производится при отправке заявки, если выбрана приоритетная поддержка. Стандартные заявки по-прежнему бесплатны при соблюдении нашей политики добросовестного использования.",
    },
  },
  {
    category: 'priority',
    tags: ['priority', 'fee', 'fairness'],
    en: {
      question: "Why do you charge a fee for priority support?",
      answer: "We used to let customers choose between low, medium and high priority for free. Because 'urgent' means different things to different people, some customers marked every ticket as high priority, even for questions answered in the Documentation, and genuinely urgent problems ended up waiting in the queue. The small fee works as a filter, not as a source of income: it is far too low for that. This way, real emergencies get the fast response they need.",
    },
    nl: {
      question: "Waarom vragen jullie een vergoeding voor priority support?",
      answer: "Vroeger konden klanten gratis kiezen tussen lage, gemiddelde en hoge prioriteit. Omdat 'dringend' voor iedereen iets anders betekent, markeerden sommige klanten elk ticket als hoge prioriteit, zelfs voor vragen die in de documentatie staan, waardoor echt dringende problemen in de wachtrij belandden. Het kleine bedrag werkt als filter en is geen verdienmodel: daarvoor is het veel te laag. Zo krijgen echte noodgevallen de snelle reactie die ze nodig hebben.",
    },
    fr: {
      question: "Pourquoi l'assistance prioritaire est-elle payante ?",
      answer: "Auparavant, nos clients pouvaient choisir gratuitement entre une priorité basse, moyenne ou haute. Comme la notion d'« urgence » varie beaucoup d'une personne à l'autre, certains clients marquaient tous leurs tickets en haute priorité, même pour des questions traitées dans la Documentation, si bien que les demandes vraiment urgentes restaient en attente. Ce petit montant sert de filtre et non de source de revenus : il est bien trop faible pour cela. Ainsi, les véritables urgences obtiennent la réponse rapide dont elles ont besoin.",
    },
    de: {
      question: "Warum ist der Prioritäts-Support kostenpflichtig?",
      answer: "Früher konnten unsere Kunden kostenlos zwischen niedriger, mittlerer und hoher Priorität wählen. Da „dringend“ für jeden etwas anderes bedeutet, haben manche Kunden jedes Ticket mit hoher Priorität versehen, selbst bei Fragen, die in der Dokumentation beantwortet werden – und wirklich dringende Probleme landeten in der Warteschlange. Die kleine Gebühr dient als Filter, nicht als Einnahmequelle: Dafür ist sie viel zu niedrig. So erhalten echte Notfälle die schnelle Reaktion, die sie brauchen.",
    },
    es: {
      question: "¿Por qué el soporte prioritario es de pago?",
      answer: "Antes, nuestros clientes podían elegir gratis entre prioridad baja, media y alta. Como “urgente” significa cosas distintas para cada persona, algunos clientes marcaban todos sus tickets con prioridad alta, incluso para preguntas que ya se respondían en la Documentación, y los problemas realmente urgentes acababan esperando en la cola. La pequeña tarifa funciona como filtro, no como fuente de ingresos: es demasiado baja para eso. Así, las verdaderas urgencias reciben la respuesta rápida que necesitan.",
    },
    it: {
      question: "Perché l’assistenza prioritaria è a pagamento?",
      answer: "In passato i clienti potevano scegliere gratuitamente tra priorità bassa, media e alta. Ma «urgente» non significa la stessa cosa per tutti: alcuni clienti segnavano ogni richiesta come priorità alta, anche per domande già trattate nella Documentazione, e i problemi davvero urgenti finivano per restare in coda. Il piccolo importo serve da filtro, non come fonte di guadagno: è decisamente troppo basso per esserlo. In questo modo le vere emergenze ricevono la risposta rapida di cui hanno bisogno.",
    },
    ru: {
      question: "Почему приоритетная поддержка платная?",
      answer: "Раньше клиенты могли бесплатно выбирать низкий, средний или высокий приоритет. Но «срочно» каждый понимает по-своему: некоторые клиенты ставили высокий приоритет всем своим заявкам, даже вопросам, ответы на которые есть в документации, и действительно срочные проблемы застревали в очереди. Небольшая плата работает как фильтр, а не как источник дохода: для этого она слишком мала. Так настоящие экстренные случаи получают быстрый ответ, который им нужен.",
    },
  },
  {
    category: 'priority',
    tags: ['priority', 'weekend', 'holidays'],
    en: {
      question: "Are priority tickets answered on Sundays and public holidays?",
      answer: "Yes. Unlike standard tickets, priority tickets are also handled on Sundays and on Dutch public holidays, when the helpdesk is otherwise closed. If something urgent happens outside regular business hours, a priority ticket (EUR 9.95) is the way to get help before the next business day.",
    },
    nl: {
      question: "Worden prioriteitstickets ook op zondag en op feestdagen beantwoord?",
      answer: "Ja. In tegenstelling tot standaardtickets worden prioriteitstickets ook op zondag en op Nederlandse feestdagen behandeld, wanneer de helpdesk verder gesloten is. Gebeurt er iets dringends buiten de gewone openingstijden, dan is een prioriteitsticket (€ 9,95) de manier om hulp te krijgen vóór de volgende werkdag.",
    },
    fr: {
      question: "Les tickets prioritaires sont-ils traités le dimanche et les jours fériés ?",
      answer: "Oui. Contrairement aux tickets standard, les tickets prioritaires sont également traités le dimanche et les jours fériés néerlandais, lorsque l'assistance est par ailleurs fermée. En cas d'urgence en dehors des heures d'ouverture habituelles, un ticket prioritaire (9,95 €) vous permet d'obtenir de l'aide avant le jour ouvrable suivant.",
    },
    de: {
      question: "Werden Prioritätstickets auch an Sonn- und Feiertagen beantwortet?",
      answer: "Ja. Anders als Standardtickets werden Prioritätstickets auch sonntags und an niederländischen Feiertagen bearbeitet, wenn der Helpdesk sonst geschlossen ist. Passiert außerhalb der regulären Geschäftszeiten etwas Dringendes, erhalten Sie mit einem Prioritätsticket (9,95 €) Hilfe noch vor dem nächsten Werktag.",
    },
    es: {
      question: "¿Se responden los tickets prioritarios los domingos y festivos?",
      answer: "Sí. A diferencia de los tickets estándar, los tickets prioritarios también se atienden los domingos y los festivos de los Países Bajos, cuando el centro de soporte permanece cerrado. Si surge algo urgente fuera del horario de atención habitual, un ticket prioritario (9,95 €) es la forma de conseguir ayuda antes del siguiente día laborable.",
    },
    it: {
      question: "Le richieste prioritarie ricevono risposta anche la domenica e nei giorni festivi?",
      answer: "Sì. A differenza delle richieste standard, le richieste prioritarie vengono gestite anche la domenica e nei giorni festivi olandesi, quando l’helpdesk è altrimenti chiuso. Se succede qualcosa di urgente fuori dall’orario di apertura, una richiesta prioritaria (9,95 €) le permette di ricevere aiuto prima del giorno lavorativo successivo.",
    },
    ru: {
      question: "Отвечаете ли вы на приоритетные заявки по воскресеньям и в праздничные дни?",
      answer: "Да. В отличие от стандартных, приоритетные заявки обрабатываются и по воскресеньям, и в государственные праздники Нидерландов, когда центр поддержки в остальном закрыт. Если что-то срочное случилось в нерабочее время, приоритетная заявка (9,95 €) позволит получить помощь до начала следующего рабочего дня.",
    },
  },

  // ---------------------------------------------------------------------------
  // hours
  // ---------------------------------------------------------------------------
  {
    category: 'hours',
    tags: ['hours', 'opening-hours', 'schedule'],
    en: {
      question: "What are the helpdesk's business hours?",
      answer: "Our support team is available at the following times (Europe/Amsterdam time):\n\n- Monday to Friday: 09:00–17:00\n- Saturday: 09:00–12:00\n- Sunday and Dutch public holidays: closed\n\nYou can submit a ticket at any time; it will be picked up as soon as we are open again.",
    },
    nl: {
      question: "Wat zijn de openingstijden van de helpdesk?",
      answer: "Ons supportteam is op de volgende tijden bereikbaar (Nederlandse tijd, Europe/Amsterdam):\n\n- maandag tot en met vrijdag: 09:00–17:00 uur\n- zaterdag: 09:00–12:00 uur\n- zondag en Nederlandse feestdagen: gesloten\n\nJe kunt op elk moment een ticket indienen; we pakken het op zodra we weer open zijn.",
    },
    fr: {
      question: "Quels sont les horaires d'ouverture de l'assistance ?",
      answer: "Notre équipe d'assistance est disponible aux horaires suivants (heure d'Amsterdam, fuseau Europe/Amsterdam) :\n\n- du lundi au vendredi : 09:00–17:00\n- le samedi : 09:00–12:00\n- le dimanche et les jours fériés néerlandais : fermé\n\nVous pouvez envoyer un ticket à tout moment ; il sera pris en charge dès notre réouverture.",
    },
    de: {
      question: "Welche Geschäftszeiten hat der Helpdesk?",
      answer: "Unser Support-Team ist zu folgenden Zeiten für Sie da (niederländische Zeit, Zeitzone Europe/Amsterdam):\n\n- Montag bis Freitag: 09:00–17:00 Uhr\n- Samstag: 09:00–12:00 Uhr\n- Sonntag und niederländische Feiertage: geschlossen\n\nTickets können Sie jederzeit einreichen; wir bearbeiten sie, sobald wir wieder geöffnet haben.",
    },
    es: {
      question: "¿Cuál es el horario de atención del centro de soporte?",
      answer: "Nuestro equipo de soporte está disponible en el siguiente horario (hora de los Países Bajos, zona horaria Europe/Amsterdam):\n\n- de lunes a viernes: 09:00–17:00\n- sábados: 09:00–12:00\n- domingos y festivos de los Países Bajos: cerrado\n\nPuedes enviar un ticket en cualquier momento; lo atenderemos en cuanto volvamos a abrir.",
    },
    it: {
      question: "Quali sono gli orari di apertura dell’helpdesk?",
      answer: "Il nostro team di assistenza è disponibile nei seguenti orari (ora di Amsterdam, fuso Europe/Amsterdam):\n\n- dal lunedì al venerdì: 09:00–17:00\n- sabato: 09:00–12:00\n- domenica e festività olandesi: chiuso\n\nPuò inviare una richiesta in qualsiasi momento: la prenderemo in carico non appena saremo di nuovo aperti.",
    },
    ru: {
      question: "В какие часы работает служба поддержки?",
      answer: "Служба поддержки работает в следующие часы (по амстердамскому времени, часовой пояс Europe/Amsterdam):\n\n- с понедельника по пятницу: 09:00–17:00\n- суббота: 09:00–12:00\n- воскресенье и государственные праздники Нидерландов: выходной\n\nСоздать заявку можно в любое время — мы займёмся ею сразу, как только снова откроемся.",
    },
  },
  {
    category: 'hours',
    tags: ['response-time', 'cut-off', 'hours'],
    en: {
      question: "How quickly can I expect a reply to my ticket?",
      answer: "On business days, the response time usually ranges from a few minutes to a few hours, depending on how busy it is. Tickets submitted before **16:00** on weekdays, or before **11:00** on Saturday, are almost always answered the same day. Tickets that arrive later are handled on the next business day. Monday tends to be our busiest day, so replies can take a little longer then.",
    },
    nl: {
      question: "Hoe snel kan ik een antwoord op mijn ticket verwachten?",
      answer: "Op werkdagen ligt de responstijd meestal tussen enkele minuten en enkele uren, afhankelijk van de drukte. Tickets die doordeweeks vóór **16:00 uur** of op zaterdag vóór **11:00 uur** binnenkomen, worden bijna altijd dezelfde dag beantwoord. Later ingediende tickets behandelen we op de volgende werkdag. Maandag is doorgaans onze drukste dag, dus dan kan een antwoord iets langer duren.",
    },
    fr: {
      question: "Dans quel délai puis-je espérer une réponse à mon ticket ?",
      answer: "Les jours ouvrables, le délai de réponse varie généralement de quelques minutes à quelques heures, selon l'affluence. Les tickets envoyés avant **16:00** en semaine, ou avant **11:00** le samedi, reçoivent presque toujours une réponse le jour même. Les tickets arrivés plus tard sont traités le jour ouvrable suivant. Le lundi est généralement notre journée la plus chargée : les réponses peuvent alors prendre un peu plus de temps.",
    },
    de: {
      question: "Wie schnell kann ich mit einer Antwort auf mein Ticket rechnen?",
      answer: "An Werktagen liegt die Antwortzeit je nach Auslastung meist zwischen wenigen Minuten und einigen Stunden. Tickets, die von Montag bis Freitag vor **16:00 Uhr** oder samstags vor **11:00 Uhr** eingehen, werden fast immer noch am selben Tag beantwortet. Später eingehende Tickets bearbeiten wir am nächsten Werktag. Montags ist bei uns meist am meisten los, dann kann eine Antwort etwas länger dauern.",
    },
    es: {
      question: "¿Cuánto tardaré en recibir respuesta a mi ticket?",
      answer: "En días laborables, el tiempo de respuesta suele ir de unos minutos a unas horas, según la carga de trabajo. Los tickets enviados antes de las **16:00** de lunes a viernes, o antes de las **11:00** los sábados, casi siempre se responden el mismo día. Los que llegan más tarde se atienden el siguiente día laborable. El lunes suele ser nuestro día con más trabajo, así que ese día las respuestas pueden tardar un poco más.",
    },
    it: {
      question: "Entro quanto tempo posso aspettarmi una risposta alla mia richiesta?",
      answer: "Nei giorni lavorativi il tempo di risposta va di solito da pochi minuti ad alcune ore, a seconda del carico di lavoro. Le richieste inviate prima delle **16:00** dal lunedì al venerdì, o prima delle **11:00** il sabato, ricevono quasi sempre risposta in giornata. Quelle che arrivano più tardi vengono gestite il giorno lavorativo successivo. Il lunedì è di solito la giornata più intensa, quindi le risposte possono richiedere un po’ più di tempo.",
    },
    ru: {
      question: "Как быстро я получу ответ на свою заявку?",
      answer: "В рабочие дни время ответа обычно составляет от нескольких минут до нескольких часов, в зависимости от загрузки. На заявки, отправленные в будние дни до **16:00** или в субботу до **11:00**, мы почти всегда отвечаем в тот же день. Заявки, поступившие позже, обрабатываются на следующий рабочий день. Понедельник у нас обычно самый загруженный день, поэтому ответ может занять чуть больше времени.",
    },
  },
  {
    category: 'hours',
    tags: ['holidays', 'sunday', 'closed'],
    en: {
      question: "Is the helpdesk open on Sundays and Dutch public holidays?",
      answer: "No. Our support desk is based in the Netherlands and is closed on Sundays and Dutch public holidays, such as New Year's Day, Easter Monday, King's Day, Whit Monday and Christmas. You can still submit a standard ticket on those days, and we will answer it on the next business day. If your problem can't wait, a priority ticket is also handled on Sundays and public holidays.",
    },
    nl: {
      question: "Is de helpdesk open op zondag en op Nederlandse feestdagen?",
      answer: "Nee. Onze supportafdeling is in Nederland gevestigd en is gesloten op zondag en op Nederlandse feestdagen, zoals Nieuwjaarsdag, Tweede Paasdag, Koningsdag, Tweede Pinksterdag en de kerstdagen. Je kunt op die dagen gewoon een standaardticket indienen; we beantwoorden het op de volgende werkdag. Kan je probleem niet wachten, dan wordt een prioriteitsticket ook op zondag en feestdagen behandeld.",
    },
    fr: {
      question: "L'assistance est-elle ouverte le dimanche et les jours fériés aux Pays-Bas ?",
      answer: "Non. Notre service d'assistance est basé aux Pays-Bas et il est fermé le dimanche et les jours fériés néerlandais, comme le jour de l'An, le lundi de Pâques, la fête du Roi, le lundi de Pentecôte et Noël. Vous pouvez tout de même envoyer un ticket standard ces jours-là : nous y répondrons le jour ouvrable suivant. Si votre problème ne peut pas attendre, un ticket prioritaire est également traité le dimanche et les jours fériés.",
    },
    de: {
      question: "Ist der Helpdesk an Sonntagen und niederländischen Feiertagen geöffnet?",
      answer: "Nein. Unser Support sitzt in den Niederlanden und ist an Sonntagen und niederländischen Feiertagen geschlossen, etwa an Neujahr, Ostermontag, am Königstag, an Pfingstmontag und an Weihnachten. Ein Standardticket können Sie an diesen Tagen trotzdem einreichen; wir beantworten es am nächsten Werktag. Kann Ihr Problem nicht warten, wird ein Prioritätsticket auch sonntags und an Feiertagen bearbeitet.",
    },
    es: {
      question: "¿Está abierto el centro de soporte los domingos y los festivos de los Países Bajos?",
      answer: "No. Nuestro servicio de soporte tiene su sede en los Países Bajos y cierra los domingos y los festivos neerlandeses, como Año Nuevo, el lunes de Pascua, el Día del Rey, el lunes de Pentecostés y Navidad. Aun así, puedes enviar un ticket estándar esos días y lo responderemos el siguiente día laborable. Si tu problema no puede esperar, los tickets prioritarios también se atienden los domingos y festivos.",
    },
    it: {
      question: "L’helpdesk è aperto la domenica e nei giorni festivi olandesi?",
      answer: "No. Il nostro servizio di assistenza ha sede nei Paesi Bassi ed è chiuso la domenica e nei giorni festivi olandesi, come Capodanno, il Lunedì dell’Angelo (Pasquetta), la Festa del Re, il Lunedì di Pentecoste e Natale. In quei giorni può comunque inviare una richiesta standard: le risponderemo il giorno lavorativo successivo. Se il suo problema non può aspettare, una richiesta prioritaria viene gestita anche la domenica e nei giorni festivi.",
    },
    ru: {
      question: "Работает ли служба поддержки по воскресеньям и в праздники Нидерландов?",
      answer: "Нет. Наша служба поддержки находится в Нидерландах и не работает по воскресеньям и в государственные праздники Нидерландов, такие как Новый год, Пасхальный понедельник, День короля, Троицын понедельник и Рождество. В эти дни вы всё равно можете отправить стандартную заявку — мы ответим на неё в следующий рабочий день. Если проблема не терпит отлагательств, приоритетная заявка обрабатывается и по воскресеньям, и в праздничные дни.",
    },
  },
  {
    category: 'hours',
    tags: ['timezone', 'hours', 'cut-off'],
    en: {
      question: "Which time zone are the support hours and cut-off times based on?",
      answer: "All times in our support policy are Dutch local time, time zone Europe/Amsterdam. That is CET in winter and CEST in summer, so the times follow daylight saving time. If you are in another time zone, convert the 16:00 weekday cut-off and the 11:00 Saturday cut-off to your local time to know when to submit a ticket for a same-day answer.",
    },
    nl: {
      question: "In welke tijdzone gelden de openingstijden van de helpdesk?",
      answer: "Alle tijden in ons supportbeleid zijn in Nederlandse tijd, tijdzone Europe/Amsterdam. In de winter is dat CET en in de zomer CEST, dus de tijden schuiven mee met de zomertijd. Zit je in een andere tijdzone, reken dan het tijdstip van 16:00 uur op weekdagen en 11:00 uur op zaterdag om naar je lokale tijd, zodat je weet wanneer je een ticket moet indienen voor een antwoord op dezelfde dag.",
    },
    fr: {
      question: "Sur quel fuseau horaire reposent les horaires d'assistance et les heures limites ?",
      answer: "Tous les horaires indiqués dans notre politique d'assistance sont exprimés en heure néerlandaise, fuseau Europe/Amsterdam. Il s'agit de l'heure CET en hiver et CEST en été, selon le passage à l'heure d'été. Si vous vous trouvez dans un autre fuseau horaire, convertissez l'heure limite de 16:00 en semaine et de 11:00 le samedi en heure locale pour savoir quand envoyer votre ticket afin d'obtenir une réponse le jour même.",
    },
    de: {
      question: "Auf welche Zeitzone beziehen sich die Supportzeiten und der Annahmeschluss?",
      answer: "Alle Zeitangaben in unserer Support-Richtlinie beziehen sich auf die niederländische Ortszeit, Zeitzone Europe/Amsterdam. Das ist im Winter MEZ (CET) und im Sommer MESZ (CEST), die Zeiten folgen also der Sommerzeit. Befinden Sie sich in einer anderen Zeitzone, rechnen Sie den Annahmeschluss von 16:00 Uhr (Montag bis Freitag) und 11:00 Uhr (Samstag) in Ihre Ortszeit um. So wissen Sie, bis wann Sie ein Ticket einreichen müssen, um noch am selben Tag eine Antwort zu erhalten.",
    },
    es: {
      question: "¿En qué zona horaria se basan el horario de soporte y las horas límite?",
      answer: "Todas las horas de nuestra política de soporte corresponden a la hora local de los Países Bajos, zona horaria Europe/Amsterdam. Es decir, CET en invierno y CEST en verano, por lo que siguen el cambio al horario de verano. Si estás en otra zona horaria, convierte a tu hora local la hora límite de las 16:00 (de lunes a viernes) y la de las 11:00 (sábados) para saber hasta cuándo puedes enviar un ticket y recibir respuesta el mismo día.",
    },
    it: {
      question: "A quale fuso orario si riferiscono gli orari dell’assistenza e gli orari limite?",
      answer: "Tutti gli orari indicati nella nostra politica di assistenza sono espressi nell’ora locale olandese, fuso orario Europe/Amsterdam: CET d’inverno e CEST d’estate, quindi gli orari seguono l’ora legale. Se si trova in un altro fuso orario, converta nella sua ora locale l’orario limite delle 16:00 dal lunedì al venerdì e quello delle 11:00 del sabato: così saprà entro quando inviare una richiesta per ricevere risposta in giornata.",
    },
    ru: {
      question: "По какому часовому поясу указаны часы работы поддержки и крайние сроки подачи заявок?",
      answer: "Всё время в нашей политике поддержки указано по местному времени Нидерландов, часовой пояс Europe/Amsterdam. Зимой это CET, летом — CEST, то есть время меняется при переходе на летнее время. Если вы находитесь в другом часовом поясе, переведите крайний срок 16:00 по будним дням и 11:00 по субботам в своё местное время — так вы будете знать, до какого часа отправить заявку, чтобы получить ответ в тот же день.",
    },
  },

  // ---------------------------------------------------------------------------
  // credits
  // ---------------------------------------------------------------------------
  {
    category: 'credits',
    tags: ['credits', 'free-support', 'purchase'],
    en: {
      question: "How long do I get free support after buying the product?",
      answer: "Every purchase includes **30 days of free technical support**, counted from the date of purchase. In our experience that is more than enough time to install and configure the software and ask general questions about how it works. Free support can range from answering questions to logging in to your server to investigate and fix simple problems. After the 30 days, technical support continues on the basis of support credits.",
    },
    nl: {
      question: "Hoe lang krijg ik gratis support na aankoop van het product?",
      answer: "Bij elke aankoop hoort **30 dagen gratis technische support**, gerekend vanaf de aankoopdatum. In onze ervaring is dat ruim voldoende om de software te installeren en te configureren en algemene vragen over de werking te stellen. Gratis support kan variëren van het beantwoorden van vragen tot inloggen op je server om eenvoudige problemen te onderzoeken en op te lossen. Na die 30 dagen loopt de technische support verder via supportcredits.",
    },
    fr: {
      question: "Pendant combien de temps l'assistance est-elle gratuite après l'achat du produit ?",
      answer: "Chaque achat comprend **30 jours d'assistance technique gratuite**, à compter de la date d'achat. D'après notre expérience, c'est largement suffisant pour installer et configurer le logiciel et poser des questions générales sur son fonctionnement. L'assistance gratuite peut aller de la simple réponse à vos questions jusqu'à une connexion à votre serveur pour analyser et corriger des problèmes simples. Au-delà de ces 30 jours, l'assistance technique se poursuit au moyen de crédits d'assistance.",
    },
    de: {
      question: "Wie lange erhalte ich nach dem Kauf des Produkts kostenlosen Support?",
      answer: "Jeder Kauf umfasst **30 Tage kostenlosen technischen Support**, gerechnet ab dem Kaufdatum. Erfahrungsgemäß ist das mehr als genug Zeit, um die Software zu installieren und einzurichten und allgemeine Fragen zur Funktionsweise zu stellen. Der kostenlose Support kann von der Beantwortung Ihrer Fragen bis dahin gehen, dass wir uns auf Ihrem Server anmelden, um einfache Probleme zu untersuchen und zu beheben. Nach Ablauf der 30 Tage wird der technische Support über Support-Credits fortgesetzt.",
    },
    es: {
      question: "¿Durante cuánto tiempo tengo soporte gratuito después de comprar el producto?",
      answer: "Cada compra incluye **30 días de soporte técnico gratuito**, contados desde la fecha de compra. Según nuestra experiencia, es tiempo más que suficiente para instalar y configurar el software y hacer preguntas generales sobre su funcionamiento. El soporte gratuito puede ir desde responder a tus preguntas hasta acceder a tu servidor para investigar y solucionar problemas sencillos. Pasados los 30 días, el soporte técnico continúa mediante créditos de soporte.",
    },
    it: {
      question: "Per quanto tempo ho diritto all’assistenza gratuita dopo l’acquisto del prodotto?",
      answer: "Ogni acquisto include **30 giorni di assistenza tecnica gratuita**, a partire dalla data di acquisto. Secondo la nostra esperienza è un periodo più che sufficiente per installare e configurare il software e porre domande generali sul suo funzionamento. L’assistenza gratuita può andare dalla semplice risposta alle sue domande fino all’accesso al suo server per analizzare e risolvere problemi semplici. Trascorsi i 30 giorni, l’assistenza tecnica prosegue tramite i crediti di assistenza.",
    },
    ru: {
      question: "Сколько длится бесплатная поддержка после покупки продукта?",
      answer: "Каждая покупка включает **30 дней бесплатной технической поддержки** с даты покупки. По нашему опыту, этого более чем достаточно, чтобы установить и настроить программу и задать общие вопросы о её работе. Бесплатная поддержка — это и ответы на вопросы, и, при необходимости, подключение к вашему серверу, чтобы найти и устранить несложные проблемы. По истечении 30 дней техническая поддержка продолжается за кредиты поддержки.",
    },
  },
  {
    category: 'credits',
    tags: ['credits', 'pricing', 'billing'],
    en: {
      question: "How do support credits work?",
      answer: "Paid support uses credits that you buy in advance. The rules are simple:\n\n- **2 credits = 1 hour** of work by a support engineer\n- every incident costs at least **1 credit**\n- credits are only deducted after you have confirmed the estimate\n\nCredits cover technical support, configuration help, system design and development services.",
    },
    nl: {
      question: "Hoe werken supportcredits?",
      answer: "Betaalde support werkt met credits die je vooraf aanschaft. De regels zijn eenvoudig:\n\n- **2 credits = 1 uur** werk door een supportspecialist\n- elk incident kost minimaal **1 credit**\n- credits worden pas afgeschreven nadat je de inschatting hebt bevestigd\n\nMet credits betaal je voor technische support, hulp bij de configuratie, systeemontwerp en ontwikkelwerk.",
    },
    fr: {
      question: "Comment fonctionnent les crédits d'assistance ?",
      answer: "L'assistance payante repose sur des crédits achetés à l'avance. Les règles sont simples :\n\n- **2 crédits = 1 heure** de travail d'un ingénieur support\n- chaque incident coûte au minimum **1 crédit**\n- les crédits ne sont débités qu'après votre confirmation de l'estimation\n\nLes crédits couvrent l'assistance technique, l'aide à la configuration, la conception de systèmes et les services de développement.",
    },
    de: {
      question: "Wie funktionieren Support-Credits?",
      answer: "Kostenpflichtiger Support läuft über Credits, die Sie im Voraus kaufen. Die Regeln sind einfach:\n\n- **2 Credits = 1 Stunde** Arbeit eines Support-Technikers\n- jeder Supportfall kostet mindestens **1 Credit**\n- Credits werden erst abgebucht, nachdem Sie die Aufwandsschätzung bestätigt haben\n\nCredits decken technischen Support, Hilfe bei der Konfiguration, Systemdesign und Entwicklungsleistungen ab.",
    },
    es: {
      question: "¿Cómo funcionan los créditos de soporte?",
      answer: "El soporte de pago funciona con créditos que compras por adelantado. Las reglas son sencillas:\n\n- **2 créditos = 1 hora** de trabajo de un técnico de soporte\n- cada incidencia cuesta como mínimo **1 crédito**\n- los créditos solo se descuentan después de que hayas confirmado la estimación\n\nLos créditos cubren soporte técnico, ayuda con la configuración, diseño de sistemas y servicios de desarrollo.",
    },
    it: {
      question: "Come funzionano i crediti di assistenza?",
      answer: "L’assistenza a pagamento si basa su crediti acquistati in anticipo. Le regole sono semplici:\n\n- **2 crediti = 1 ora** di lavoro di un tecnico dell’assistenza\n- ogni incidente costa almeno **1 credito**\n- i crediti vengono scalati solo dopo che lei ha confermato la stima\n\nI crediti coprono l’assistenza tecnica, l’aiuto nella configurazione, la progettazione di sistemi e i servizi di sviluppo.",
    },
    ru: {
      question: "Как работают кредиты поддержки?",
      answer: "Платная поддержка оплачивается кредитами, которые покупаются заранее. Правила простые:\n\n- **2 кредита = 1 час** работы инженера поддержки\n- каждый инцидент стоит не меньше **1 кредита**\n- кредиты списываются только после того, как вы подтвердите оценку\n\nКредитами оплачиваются техническая поддержка, помощь с настройкой, проектирование систем и услуги по разработке.",
    },
  },
  {
    category: 'credits',
    tags: ['credits', 'expiry', 'balance'],
    en: {
      question: "Do unused support credits expire?",
      answer: "No, your credits never expire. Any credits you don't use now stay in your balance and can be used for future incidents, whether that is next month or next year. This means you can safely buy credits in advance without worrying about losing them.",
    },
    nl: {
      question: "Vervallen ongebruikte supportcredits?",
      answer: "Nee, je credits vervallen nooit. Credits die je nu niet gebruikt, blijven op je saldo staan en kun je inzetten voor toekomstige incidenten, of dat nu volgende maand is of volgend jaar. Je kunt dus gerust credits vooruit kopen zonder bang te zijn dat je ze kwijtraakt.",
    },
    fr: {
      question: "Les crédits d'assistance non utilisés expirent-ils ?",
      answer: "Non, vos crédits n'expirent jamais. Les crédits que vous n'utilisez pas restent sur votre solde et peuvent servir pour de futurs incidents, que ce soit le mois prochain ou l'année prochaine. Vous pouvez donc acheter des crédits à l'avance sans craindre de les perdre.",
    },
    de: {
      question: "Verfallen nicht genutzte Support-Credits?",
      answer: "Nein, Ihre Credits verfallen nie. Credits, die Sie jetzt nicht nutzen, bleiben in Ihrem Guthaben und können für künftige Supportfälle eingesetzt werden – ob nächsten Monat oder nächstes Jahr. Sie können also bedenkenlos Credits im Voraus kaufen, ohne befürchten zu müssen, dass sie verloren gehen.",
    },
    es: {
      question: "¿Caducan los créditos de soporte que no utilizo?",
      answer: "No, tus créditos no caducan nunca. Los créditos que no uses ahora se quedan en tu saldo y puedes usarlos en futuras incidencias, ya sea el mes que viene o el año que viene. Así que puedes comprar créditos por adelantado con total tranquilidad, sin miedo a perderlos.",
    },
    it: {
      question: "I crediti di assistenza non utilizzati scadono?",
      answer: "No, i suoi crediti non scadono mai. I crediti che non utilizza ora restano nel suo saldo e può usarli per incidenti futuri, che sia il mese prossimo o l’anno prossimo. Può quindi acquistare crediti in anticipo senza timore di perderli.",
    },
    ru: {
      question: "Сгорают ли неиспользованные кредиты поддержки?",
      answer: "Нет, срок действия кредитов не ограничен. Кредиты, которые вы не используете сейчас, остаются на балансе, и их можно потратить на будущие инциденты — хоть в следующем месяце, хоть через год. Поэтому кредиты можно спокойно покупать заранее, не боясь их потерять.",
    },
  },
  {
    category: 'credits',
    tags: ['credits', 'estimate', 'confirmation'],
    en: {
      question: "How do I know how many credits a request will cost before work starts?",
      answer: "When you submit a ticket, our support team rates the incident and sends you an estimate in credits. Work only begins after you have confirmed that estimate in the ticket. Typical ranges are:\n\n- installation and configuration: 1–2 credits\n- design integration or changes: 1–3 credits\n- more complex requests: quoted on request\n\nIf an incident turns out to need more credits than you have available, we will let you know before continuing.",
    },
    nl: {
      question: "Hoe weet ik vooraf hoeveel credits een aanvraag gaat kosten?",
      answer: "Wanneer je een ticket indient, beoordeelt ons supportteam het incident en stuurt het je een inschatting in credits. Pas nadat je die inschatting in het ticket hebt bevestigd, gaan we aan de slag. Gangbare richtwaarden zijn:\n\n- installatie en configuratie: 1–2 credits\n- integratie of aanpassing van het ontwerp: 1–3 credits\n- complexere aanvragen: op aanvraag\n\nHeeft een incident meer credits nodig dan je beschikbaar hebt, dan laten we je dat weten voordat we verdergaan.",
    },
    fr: {
      question: "Comment savoir combien de crédits coûtera une demande avant le début du travail ?",
      answer: "Lorsque vous envoyez un ticket, notre équipe d'assistance évalue l'incident et vous transmet une estimation en crédits. Le travail ne commence qu'après votre confirmation de cette estimation dans le ticket. À titre indicatif :\n\n- installation et configuration : 1 à 2 crédits\n- intégration ou modification du design : 1 à 3 crédits\n- demandes plus complexes : sur devis\n\nSi un incident nécessite plus de crédits que votre solde disponible, nous vous prévenons avant de poursuivre.",
    },
    de: {
      question: "Woher weiß ich vor Beginn der Arbeiten, wie viele Credits eine Anfrage kostet?",
      answer: "Wenn Sie ein Ticket einreichen, bewertet unser Support-Team den Supportfall und schickt Ihnen eine Aufwandsschätzung in Credits. Mit der Arbeit beginnen wir erst, nachdem Sie diese Schätzung im Ticket bestätigt haben. Übliche Richtwerte:\n\n- Installation und Konfiguration: 1–2 Credits\n- Integration oder Anpassung des Designs: 1–3 Credits\n- komplexere Anfragen: Angebot auf Anfrage\n\nStellt sich heraus, dass ein Supportfall mehr Credits erfordert, als Ihnen zur Verfügung stehen, informieren wir Sie, bevor wir weitermachen.",
    },
    es: {
      question: "¿Cómo sé cuántos créditos costará una solicitud antes de que empiece el trabajo?",
      answer: "Cuando envías un ticket, nuestro equipo de soporte valora la incidencia y te envía una estimación en créditos. El trabajo solo empieza después de que confirmes esa estimación en el ticket. Valores orientativos:\n\n- instalación y configuración: 1–2 créditos\n- integración o modificación del diseño: 1–3 créditos\n- solicitudes más complejas: presupuesto a petición\n\nSi una incidencia necesita más créditos de los que tienes disponibles, te avisaremos antes de continuar.",
    },
    it: {
      question: "Come faccio a sapere quanti crediti costerà una richiesta prima che inizi il lavoro?",
      answer: "Quando invia una richiesta, il nostro team di assistenza valuta l’incidente e le invia una stima in crediti. Il lavoro inizia solo dopo che lei ha confermato la stima nella richiesta. Gli intervalli tipici sono:\n\n- installazione e configurazione: 1–2 crediti\n- integrazione o modifica del design: 1–3 crediti\n- richieste più complesse: preventivo su richiesta\n\nSe un incidente richiede più crediti di quelli disponibili nel suo saldo, la avviseremo prima di proseguire.",
    },
    ru: {
      question: "Как заранее узнать, во сколько кредитов обойдётся заявка?",
      answer: "Когда вы отправляете заявку, служба поддержки оценивает инцидент и присылает вам оценку в кредитах. Работа начинается только после того, как вы подтвердите эту оценку в заявке. Ориентировочно:\n\n- установка и настройка: 1–2 кредита\n- интеграция или изменение дизайна: 1–3 кредита\n- более сложные запросы: стоимость по запросу\n\nЕсли окажется, что на инцидент нужно больше кредитов, чем есть у вас на балансе, мы предупредим вас, прежде чем продолжить.",
    },
  },
  {
    category: 'credits',
    tags: ['credits', 'top-up', 'balance'],
    en: {
      question: "How can I top up my support credit balance?",
      answer: "You can top up your balance yourself at any time from the helpdesk, without waiting for our support team. Simply choose how many credits you need and complete the payment; the new credits are added to your account right away. Because credits never expire, it's worth topping up before your balance runs out so an urgent incident isn't held up.",
    },
    nl: {
      question: "Hoe kan ik mijn saldo aan supportcredits aanvullen?",
      answer: "Je kunt je saldo op elk moment zelf aanvullen via de helpdesk, zonder op ons supportteam te wachten. Kies hoeveel credits je nodig hebt en rond de betaling af; de nieuwe credits worden direct aan je account toegevoegd. Omdat credits nooit vervallen, is het verstandig je saldo aan te vullen voordat het op is, zodat een dringend incident niet blijft liggen.",
    },
    fr: {
      question: "Comment recharger mon solde de crédits d'assistance ?",
      answer: "Vous pouvez recharger votre solde vous-même à tout moment depuis l'espace d'assistance, sans attendre notre équipe. Choisissez le nombre de crédits souhaité et finalisez le paiement : les nouveaux crédits sont immédiatement ajoutés à votre compte. Comme les crédits n'expirent jamais, mieux vaut recharger votre solde avant qu'il ne soit épuisé, afin qu'un incident urgent ne soit pas retardé.",
    },
    de: {
      question: "Wie kann ich mein Guthaben an Support-Credits aufladen?",
      answer: "Sie können Ihr Guthaben jederzeit selbst im Helpdesk aufladen, ohne auf unser Support-Team warten zu müssen. Wählen Sie einfach die gewünschte Anzahl Credits aus und schließen Sie die Zahlung ab; die neuen Credits werden Ihrem Konto sofort gutgeschrieben. Da Credits nie verfallen, lohnt es sich, rechtzeitig aufzuladen, bevor Ihr Guthaben aufgebraucht ist – so bleibt ein dringender Supportfall nicht liegen.",
    },
    es: {
      question: "¿Cómo puedo recargar mi saldo de créditos de soporte?",
      answer: "Puedes recargar tu saldo tú mismo en cualquier momento desde el centro de soporte, sin esperar a nuestro equipo. Elige cuántos créditos necesitas y completa el pago; los nuevos créditos se añaden a tu cuenta al instante. Como los créditos no caducan nunca, merece la pena recargar antes de que se agote el saldo, para que una incidencia urgente no se quede parada.",
    },
    it: {
      question: "Come posso ricaricare il mio saldo di crediti di assistenza?",
      answer: "Può ricaricare il saldo in autonomia in qualsiasi momento dall’helpdesk, senza dover attendere il nostro team di assistenza. Scelga quanti crediti le servono e completi il pagamento: i nuovi crediti vengono aggiunti subito al suo account. Poiché i crediti non scadono mai, conviene ricaricare prima che il saldo si esaurisca, così un incidente urgente non resta in sospeso.",
    },
    ru: {
      question: "Как пополнить баланс кредитов поддержки?",
      answer: "Пополнить баланс можно самостоятельно в любое время в центре поддержки, не дожидаясь ответа сотрудников. Выберите нужное количество кредитов и завершите оплату — новые кредиты сразу зачисляются на ваш счёт. Срок действия кредитов не ограничен, поэтому баланс лучше пополнять заранее, пока он не закончился: тогда срочному инциденту не придётся ждать.",
    },
  },
  {
    category: 'credits',
    tags: ['credits', 'sales', 'licensing'],
    en: {
      question: "Do I need credits to ask about sales, licensing or transferring a license?",
      answer: "No. Questions about sales, licensing, license transfers and other account-related requests are always free, even after your free support period has ended or when your credit balance is empty. Just open a ticket in the helpdesk as usual. Credits are only used for hands-on technical work such as troubleshooting, configuration and customization.",
    },
    nl: {
      question: "Heb ik credits nodig voor vragen over verkoop, licenties of het overdragen van een licentie?",
      answer: "Nee. Vragen over verkoop, licenties, licentieoverdrachten en andere accountgerelateerde verzoeken zijn altijd gratis, ook als je gratis supportperiode voorbij is of je creditsaldo op nul staat. Maak gewoon zoals altijd een ticket aan in de helpdesk. Credits worden alleen gebruikt voor technisch werk, zoals het oplossen van problemen, configuratie en maatwerk.",
    },
    fr: {
      question: "Ai-je besoin de crédits pour une question commerciale, de licence ou de transfert de licence ?",
      answer: "Non. Les questions commerciales, de licence, de transfert de licence et les autres demandes liées à votre compte sont toujours gratuites, même après la fin de votre période d'assistance gratuite ou lorsque votre solde de crédits est vide. Ouvrez simplement un ticket dans l'espace d'assistance, comme d'habitude. Les crédits ne sont utilisés que pour le travail technique, comme le dépannage, la configuration ou la personnalisation.",
    },
    de: {
      question: "Brauche ich Credits für Fragen zu Vertrieb, Lizenzen oder einer Lizenzübertragung?",
      answer: "Nein. Fragen zu Vertrieb, Lizenzierung und Lizenzübertragungen sowie andere kontobezogene Anliegen sind immer kostenlos – auch nach Ablauf Ihres kostenlosen Supportzeitraums oder wenn Ihr Credit-Guthaben leer ist. Eröffnen Sie einfach wie gewohnt ein Ticket im Helpdesk. Credits werden nur für praktische technische Arbeit verwendet, etwa für Fehlerbehebung, Konfiguration und individuelle Anpassungen.",
    },
    es: {
      question: "¿Necesito créditos para consultas sobre ventas, licencias o la transferencia de una licencia?",
      answer: "No. Las consultas sobre ventas, licencias, transferencias de licencia y otras solicitudes relacionadas con tu cuenta son siempre gratuitas, incluso cuando ya ha terminado tu periodo de soporte gratuito o tu saldo de créditos está a cero. Simplemente abre un ticket en el centro de soporte, como siempre. Los créditos solo se utilizan para trabajo técnico práctico, como la resolución de problemas, la configuración y la personalización.",
    },
    it: {
      question: "Servono crediti per domande su vendite, licenze o trasferimento di una licenza?",
      answer: "No. Le domande su vendite, licenze, trasferimenti di licenza e le altre richieste relative all’account sono sempre gratuite, anche dopo la fine del periodo di assistenza gratuita o quando il saldo di crediti è a zero. Apra semplicemente una richiesta nell’helpdesk, come di consueto. I crediti vengono utilizzati solo per il lavoro tecnico vero e proprio, come la risoluzione dei problemi, la configurazione e la personalizzazione.",
    },
    ru: {
      question: "Нужны ли кредиты для вопросов о покупке, лицензиях или передаче лицензии?",
      answer: "Нет. Вопросы о покупке, лицензировании, передаче лицензий и другие обращения, связанные с учётной записью, всегда бесплатны — даже после окончания бесплатного периода поддержки или при нулевом балансе кредитов. Просто создайте заявку в центре поддержки, как обычно. Кредиты расходуются только на техническую работу: устранение неполадок, настройку и доработку продукта.",
    },
  },
  {
    category: 'credits',
    tags: ['credits', 'scope', 'support'],
    en: {
      question: "What kinds of requests can I submit to the helpdesk using support credits?",
      answer: "You can use credits for any technical request about the product, including:\n\n- how a feature works or should be used\n- configuring the product to get the functionality you need\n- technical problems when something doesn't work as it should\n- guidance and advice if you or your web developer are customizing the product\n\nIf you're unsure whether your question qualifies, just ask; we will tell you before any credits are used.",
    },
    nl: {
      question: "Voor welke soorten aanvragen kan ik supportcredits gebruiken?",
      answer: "Je kunt credits inzetten voor elke technische vraag over het product, waaronder:\n\n- hoe een functie werkt of gebruikt moet worden\n- het configureren van het product zodat het doet wat je verwacht\n- technische problemen wanneer iets niet werkt zoals het hoort\n- begeleiding en advies als jij of je webontwikkelaar het product aanpast\n\nTwijfel je of je vraag hieronder valt, stel hem dan gewoon; we laten het je weten voordat er credits worden gebruikt.",
    },
    fr: {
      question: "Pour quels types de demandes puis-je utiliser mes crédits d'assistance ?",
      answer: "Vous pouvez utiliser vos crédits pour toute demande technique concernant le produit, notamment :\n\n- le fonctionnement ou l'utilisation d'une fonctionnalité\n- la configuration du produit pour obtenir le fonctionnement souhaité\n- les problèmes techniques lorsque quelque chose ne fonctionne pas comme prévu\n- des conseils et des instructions si vous ou votre développeur web personnalisez le produit\n\nEn cas de doute, posez simplement la question : nous vous le dirons avant d'utiliser le moindre crédit.",
    },
    de: {
      question: "Für welche Arten von Anfragen kann ich meine Support-Credits im Helpdesk einsetzen?",
      answer: "Sie können Credits für jede technische Anfrage zum Produkt einsetzen, unter anderem für:\n\n- Fragen dazu, wie eine Funktion arbeitet oder richtig genutzt wird\n- die Konfiguration des Produkts, damit es die gewünschten Funktionen bietet\n- technische Probleme, wenn etwas nicht wie vorgesehen funktioniert\n- Anleitung und Beratung, wenn Sie oder Ihr Webentwickler das Produkt anpassen\n\nSind Sie unsicher, ob Ihre Frage dazugehört, fragen Sie einfach – wir sagen es Ihnen, bevor Credits verbraucht werden.",
    },
    es: {
      question: "¿Para qué tipos de solicitudes puedo usar mis créditos de soporte en el centro de soporte?",
      answer: "Puedes usar los créditos para cualquier solicitud técnica sobre el producto, por ejemplo:\n\n- cómo funciona o cómo debe usarse una función\n- la configuración del producto para conseguir la funcionalidad que necesitas\n- problemas técnicos cuando algo no funciona como debería\n- orientación y asesoramiento para personalizar el producto, tanto si lo haces tú como tu desarrollador web\n\nSi no tienes claro si tu pregunta entra aquí, pregúntanos sin más: te lo diremos antes de usar ningún crédito.",
    },
    it: {
      question: "Per quali tipi di richieste posso utilizzare i crediti di assistenza nell’helpdesk?",
      answer: "Può utilizzare i crediti per qualsiasi richiesta tecnica sul prodotto, tra cui:\n\n- come funziona o come va utilizzata una funzionalità\n- la configurazione del prodotto per ottenere le funzionalità di cui ha bisogno\n- problemi tecnici quando qualcosa non funziona come dovrebbe\n- indicazioni e consigli se lei o il suo sviluppatore web state personalizzando il prodotto\n\nNel dubbio, ce lo chieda pure: le diremo se la sua domanda rientra in questi casi prima di utilizzare qualsiasi credito.",
    },
    ru: {
      question: "С какими запросами можно обращаться в центр поддержки за кредиты?",
      answer: "Кредиты можно использовать для любых технических вопросов о продукте, в том числе:\n\n- как работает функция и как ею правильно пользоваться\n- настройка продукта, чтобы получить нужную вам функциональность\n- технические проблемы, когда что-то работает не так, как должно\n- рекомендации и консультации, если вы или ваш веб-разработчик дорабатываете продукт\n\nЕсли сомневаетесь, подходит ли ваш вопрос, просто спросите — мы ответим до того, как будут списаны кредиты.",
    },
  },

  // ---------------------------------------------------------------------------
  // account
  // ---------------------------------------------------------------------------
  {
    category: 'account',
    tags: ['account', 'login', 'tickets'],
    en: {
      question: "Do I need to log in before I submit a ticket?",
      answer: "If you have an account, please log in first and then use the contact form. Your ticket is then linked to your account and your earlier requests, so we can help you faster without having to ask who you are. Logging in also lets you attach files and follow all your tickets in one place. Without an account you can still contact us, but some features won't be available.",
    },
    nl: {
      question: "Moet ik inloggen voordat ik een ticket indien?",
      answer: "Heb je een account, log dan eerst in en gebruik daarna het contactformulier. Je ticket wordt dan gekoppeld aan je account en aan je eerdere vragen, zodat we je sneller kunnen helpen zonder eerst te vragen wie je bent. Ingelogd kun je bovendien bijlagen toevoegen en al je tickets op één plek volgen. Zonder account kun je ons ook bereiken, maar dan zijn niet alle functies beschikbaar.",
    },
    fr: {
      question: "Dois-je me connecter avant d'envoyer un ticket ?",
      answer: "Si vous avez un compte, connectez-vous d'abord, puis utilisez le formulaire de contact. Votre ticket est alors lié à votre compte et à vos demandes précédentes, ce qui nous permet de vous aider plus vite sans devoir vous identifier. Une fois connecté, vous pouvez aussi joindre des fichiers et suivre tous vos tickets au même endroit. Sans compte, vous pouvez toujours nous contacter, mais certaines fonctionnalités ne seront pas disponibles.",
    },
    de: {
      question: "Muss ich mich anmelden, bevor ich ein Ticket einreiche?",
      answer: "Wenn Sie ein Konto haben, melden Sie sich bitte zuerst an und nutzen Sie dann das Kontaktformular. Ihr Ticket wird so mit Ihrem Konto und Ihren früheren Anfragen verknüpft, und wir können Ihnen schneller helfen, ohne erst nachfragen zu müssen, wer Sie sind. Angemeldet können Sie außerdem Dateien anhängen und alle Ihre Tickets an einem Ort verfolgen. Auch ohne Konto können Sie uns kontaktieren, allerdings stehen Ihnen dann nicht alle Funktionen zur Verfügung.",
    },
    es: {
      question: "¿Tengo que iniciar sesión antes de enviar un ticket?",
      answer: "Si tienes una cuenta, inicia sesión primero y después usa el formulario de contacto. Así tu ticket queda vinculado a tu cuenta y a tus solicitudes anteriores, y podemos ayudarte más rápido sin tener que preguntarte quién eres. Con la sesión iniciada también puedes adjuntar archivos y seguir todos tus tickets en un mismo lugar. Sin cuenta también puedes contactarnos, pero algunas funciones no estarán disponibles.",
    },
    it: {
      question: "Devo effettuare l’accesso prima di inviare una richiesta?",
      answer: "Se ha un account, effettui prima l’accesso e poi utilizzi il modulo di contatto. In questo modo la sua richiesta viene collegata al suo account e alle sue richieste precedenti, e possiamo aiutarla più rapidamente senza doverle chiedere chi è. Dopo l’accesso può anche allegare file e seguire tutte le sue richieste in un unico posto. Anche senza account può contattarci, ma alcune funzionalità non saranno disponibili.",
    },
    ru: {
      question: "Нужно ли входить в систему перед отправкой заявки?",
      answer: "Если у вас есть учётная запись, сначала войдите в неё, а затем воспользуйтесь формой обратной связи. Тогда заявка будет привязана к вашей учётной записи и прежним обращениям, и мы сможем помочь быстрее, не выясняя, кто вы. После входа вы также сможете прикреплять файлы и следить за всеми своими заявками в одном месте. Связаться с нами можно и без учётной записи, но часть функций будет недоступна.",
    },
  },
  {
    category: 'account',
    tags: ['account', 'password', 'login'],
    en: {
      question: "What should I do if I've lost the username or password for the customer area?",
      answer: "Use the 'Forgot your login details?' link on the sign-in page to request new access details. Enter the e-mail address linked to your account and we will send you instructions to regain access to the customer area. If you no longer have access to that e-mail address, open a ticket without logging in and explain the situation; this type of request is always free of charge.",
    },
    nl: {
      question: "Wat moet ik doen als ik mijn gebruikersnaam of wachtwoord voor de klantenzone kwijt ben?",
      answer: "Gebruik de link 'Inloggegevens vergeten?' op de inlogpagina om nieuwe toegangsgegevens aan te vragen. Vul het e-mailadres in dat aan je account is gekoppeld, dan sturen we je instructies om weer toegang te krijgen tot de klantenzone. Heb je geen toegang meer tot dat e-mailadres, maak dan zonder in te loggen een ticket aan en leg de situatie uit; zo'n verzoek is altijd gratis.",
    },
    fr: {
      question: "Que faire si j'ai perdu l'identifiant ou le mot de passe de mon espace client ?",
      answer: "Utilisez le lien « Identifiants oubliés ? » sur la page de connexion pour demander de nouveaux accès. Saisissez l'adresse e-mail associée à votre compte : nous vous enverrons les instructions pour accéder de nouveau à votre espace client. Si vous n'avez plus accès à cette adresse e-mail, ouvrez un ticket sans vous connecter et expliquez la situation ; ce type de demande est toujours gratuit.",
    },
    de: {
      question: "Was mache ich, wenn ich Benutzernamen oder Passwort für den Kundenbereich verloren habe?",
      answer: "Nutzen Sie auf der Anmeldeseite den Link „Zugangsdaten vergessen?“, um neue Zugangsdaten anzufordern. Geben Sie die E-Mail-Adresse ein, die mit Ihrem Konto verknüpft ist; wir senden Ihnen dann eine Anleitung, mit der Sie wieder Zugang zum Kundenbereich erhalten. Haben Sie keinen Zugriff mehr auf diese E-Mail-Adresse, eröffnen Sie ohne Anmeldung ein Ticket und schildern Sie die Situation; solche Anfragen sind immer kostenlos.",
    },
    es: {
      question: "¿Qué hago si he perdido el nombre de usuario o la contraseña del área de clientes?",
      answer: "Usa el enlace “¿Has olvidado tus datos de acceso?” de la página de inicio de sesión para solicitar unos datos de acceso nuevos. Introduce la dirección de correo electrónico vinculada a tu cuenta y te enviaremos las instrucciones para volver a acceder al área de clientes. Si ya no tienes acceso a esa dirección de correo, abre un ticket sin iniciar sesión y explica la situación; este tipo de solicitudes es siempre gratuito.",
    },
    it: {
      question: "Che cosa devo fare se ho perso il nome utente o la password dell’area clienti?",
      answer: "Utilizzi il link «Ha dimenticato i dati di accesso?» nella pagina di accesso per richiedere nuove credenziali. Inserisca l’indirizzo e-mail collegato al suo account: le invieremo le istruzioni per accedere di nuovo all’area clienti. Se non ha più accesso a quell’indirizzo e-mail, apra una richiesta senza effettuare l’accesso e ci spieghi la situazione: questo tipo di richiesta è sempre gratuito.",
    },
    ru: {
      question: "Что делать, если утерян логин или пароль от личного кабинета?",
      answer: "Воспользуйтесь ссылкой «Забыли данные для входа?» на странице входа, чтобы запросить новые данные для доступа. Введите адрес электронной почты, привязанный к вашей учётной записи, и мы пришлём инструкции по восстановлению доступа к личному кабинету. Если доступа к этому адресу у вас больше нет, создайте заявку без входа в систему и опишите ситуацию: такие обращения всегда бесплатны.",
    },
  },
  {
    category: 'account',
    tags: ['account', 'email', 'notifications'],
    en: {
      question: "Why do I receive e-mails from a no-reply address, and can I reply to them?",
      answer: "The helpdesk sends automatic e-mails, such as ticket confirmations and update notifications, from a no-reply address. These addresses are not monitored, so any reply you send will not reach our support team. To respond, open the ticket in the helpdesk and add your message there. That way your reply stays linked to the right ticket and to your account.",
    },
    nl: {
      question: "Waarom krijg ik e-mails van een no-reply-adres, en kan ik daarop antwoorden?",
      answer: "De helpdesk verstuurt automatische e-mails, zoals ticketbevestigingen en meldingen van updates, vanaf een no-reply-adres. Deze adressen worden niet gelezen, dus een antwoord daarop komt niet bij ons supportteam terecht. Wil je reageren, open dan het ticket in de helpdesk en plaats je bericht daar. Zo blijft je reactie gekoppeld aan het juiste ticket en aan je account.",
    },
    fr: {
      question: "Pourquoi les e-mails que je reçois proviennent-ils d'une adresse « no-reply », et puis-je y répondre ?",
      answer: "L'assistance envoie des e-mails automatiques, comme les confirmations de ticket et les notifications de mise à jour, depuis une adresse « no-reply ». Ces adresses ne sont pas consultées : une réponse envoyée à cette adresse ne parviendra pas à notre équipe d'assistance. Pour répondre, ouvrez le ticket dans l'espace d'assistance et ajoutez-y votre message. Votre réponse reste ainsi liée au bon ticket et à votre compte.",
    },
    de: {
      question: "Warum erhalte ich E-Mails von einer No-Reply-Adresse, und kann ich darauf antworten?",
      answer: "Der Helpdesk verschickt automatische E-Mails, etwa Ticketbestätigungen und Benachrichtigungen über Aktualisierungen, von einer No-Reply-Adresse. Diese Adressen werden nicht gelesen, eine Antwort darauf erreicht unser Support-Team also nicht. Wenn Sie antworten möchten, öffnen Sie das Ticket im Helpdesk und schreiben Sie Ihre Nachricht dort. So bleibt Ihre Antwort mit dem richtigen Ticket und Ihrem Konto verknüpft.",
    },
    es: {
      question: "¿Por qué recibo correos de una dirección no-reply? ¿Puedo responderlos?",
      answer: "El centro de soporte envía correos automáticos, como las confirmaciones de ticket y los avisos de actualización, desde una dirección no-reply. Nadie revisa estas direcciones, así que cualquier respuesta que envíes no llegará a nuestro equipo de soporte. Para responder, abre el ticket en el centro de soporte y añade allí tu mensaje. Así tu respuesta queda vinculada al ticket correcto y a tu cuenta.",
    },
    it: {
      question: "Perché ricevo e-mail da un indirizzo no-reply, e posso rispondere?",
      answer: "L’helpdesk invia e-mail automatiche, come le conferme di ricezione delle richieste e le notifiche di aggiornamento, da un indirizzo no-reply. Questi indirizzi non vengono letti, quindi le risposte che invia non arrivano al nostro team di assistenza. Per rispondere, apra la richiesta nell’helpdesk e scriva lì il suo messaggio. In questo modo la sua risposta resta collegata alla richiesta giusta e al suo account.",
    },
    ru: {
      question: "Почему письма приходят с адреса no-reply и можно ли на них ответить?",
      answer: "Центр поддержки отправляет автоматические письма — например, подтверждения заявок и уведомления об обновлениях — с адреса no-reply. Такие адреса никто не читает, поэтому ваш ответ на них не дойдёт до службы поддержки. Чтобы ответить, откройте заявку в центре поддержки и добавьте сообщение там. Так ваш ответ останется привязан к нужной заявке и к вашей учётной записи.",
    },
  },

  // ---------------------------------------------------------------------------
  // attachments
  // ---------------------------------------------------------------------------
  {
    category: 'attachments',
    tags: ['attachments', 'screenshots', 'files'],
    en: {
      question: "How do I attach a screenshot, photo or file to my ticket?",
      answer: "Log in to your account first, then open the contact form or an existing ticket. You will see an option to add attachments, where you can upload screenshots, photos, logos or other files. A screenshot of an error message or of the page where the problem occurs often helps us understand the issue much faster.",
    },
    nl: {
      question: "Hoe voeg ik een screenshot, foto of bestand toe aan mijn ticket?",
      answer: "Log eerst in op je account en open daarna het contactformulier of een bestaand ticket. Je ziet dan een optie om bijlagen toe te voegen, waarmee je screenshots, foto's, logo's of andere bestanden kunt uploaden. Een screenshot van een foutmelding of van de pagina waar het probleem optreedt, helpt ons vaak om het probleem veel sneller te begrijpen.",
    },
    fr: {
      question: "Comment joindre une capture d'écran, une photo ou un fichier à mon ticket ?",
      answer: "Connectez-vous d'abord à votre compte, puis ouvrez le formulaire de contact ou un ticket existant. Une option vous permet alors d'ajouter des pièces jointes : captures d'écran, photos, logos ou autres fichiers. Une capture d'écran du message d'erreur ou de la page où le problème survient nous aide souvent à le comprendre beaucoup plus vite.",
    },
    de: {
      question: "Wie hänge ich einen Screenshot, ein Foto oder eine Datei an mein Ticket an?",
      answer: "Melden Sie sich zuerst in Ihrem Konto an und öffnen Sie dann das Kontaktformular oder ein bestehendes Ticket. Dort finden Sie eine Option zum Hinzufügen von Anhängen, mit der Sie Screenshots, Fotos, Logos oder andere Dateien hochladen können. Ein Screenshot der Fehlermeldung oder der Seite, auf der das Problem auftritt, hilft uns oft, das Problem viel schneller zu verstehen.",
    },
    es: {
      question: "¿Cómo adjunto una captura de pantalla, una foto o un archivo a mi ticket?",
      answer: "Primero inicia sesión en tu cuenta y después abre el formulario de contacto o un ticket existente. Verás una opción para añadir archivos adjuntos, con la que puedes subir capturas de pantalla, fotos, logotipos u otros archivos. Una captura del mensaje de error o de la página donde se produce el problema suele ayudarnos a entenderlo mucho más rápido.",
    },
    it: {
      question: "Come posso allegare uno screenshot, una foto o un file alla mia richiesta?",
      answer: "Effettui prima l’accesso al suo account, poi apra il modulo di contatto o una richiesta esistente. Troverà l’opzione per aggiungere allegati, con cui può caricare screenshot, foto, loghi o altri file. Uno screenshot del messaggio di errore o della pagina in cui si verifica il problema ci aiuta spesso a capire la situazione molto più in fretta.",
    },
    ru: {
      question: "Как прикрепить к заявке скриншот, фотографию или файл?",
      answer: "Сначала войдите в свою учётную запись, затем откройте форму обратной связи или существующую заявку. Там вы увидите возможность добавить вложения: скриншоты, фотографии, логотипы или другие файлы. Скриншот сообщения об ошибке или страницы, на которой возникает проблема, часто помогает нам гораздо быстрее разобраться в ситуации.",
    },
  },
  {
    category: 'attachments',
    tags: ['attachments', 'login', 'troubleshooting'],
    en: {
      question: "Why can't I see the option to add an attachment on the contact form?",
      answer: "Attachments are only available when you are logged in. If you opened the contact form without signing in, the upload option is hidden. Log in to your account, go back to the contact form or your ticket, and the option to add files will appear. If you don't have an account, describe the problem as precisely as you can in the message itself.",
    },
    nl: {
      question: "Waarom zie ik op het contactformulier geen optie om een bijlage toe te voegen?",
      answer: "Bijlagen toevoegen kan alleen als je bent ingelogd. Heb je het contactformulier geopend zonder in te loggen, dan is de uploadoptie verborgen. Log in op je account, ga terug naar het contactformulier of je ticket, en de optie om bestanden toe te voegen verschijnt. Heb je geen account, beschrijf het probleem dan zo nauwkeurig mogelijk in het bericht zelf.",
    },
    fr: {
      question: "Pourquoi l'option d'ajout de pièce jointe n'apparaît-elle pas dans le formulaire de contact ?",
      answer: "L'ajout de pièces jointes n'est possible que lorsque vous êtes connecté. Si vous avez ouvert le formulaire de contact sans vous connecter, l'option d'envoi de fichiers est masquée. Connectez-vous à votre compte, revenez au formulaire de contact ou à votre ticket : l'option d'ajout de fichiers apparaît alors. Si vous n'avez pas de compte, décrivez le problème aussi précisément que possible dans votre message.",
    },
    de: {
      question: "Warum sehe ich im Kontaktformular keine Möglichkeit, einen Anhang hinzuzufügen?",
      answer: "Anhänge können Sie nur hinzufügen, wenn Sie angemeldet sind. Haben Sie das Kontaktformular ohne Anmeldung geöffnet, ist die Upload-Option ausgeblendet. Melden Sie sich in Ihrem Konto an und kehren Sie zum Kontaktformular oder zu Ihrem Ticket zurück – dann erscheint die Option zum Hinzufügen von Dateien. Wenn Sie kein Konto haben, beschreiben Sie das Problem in Ihrer Nachricht so genau wie möglich.",
    },
    es: {
      question: "¿Por qué no veo la opción de añadir un archivo adjunto en el formulario de contacto?",
      answer: "Solo puedes añadir archivos adjuntos si has iniciado sesión. Si has abierto el formulario de contacto sin iniciar sesión, la opción de subir archivos está oculta. Inicia sesión en tu cuenta, vuelve al formulario de contacto o a tu ticket y aparecerá la opción para añadir archivos. Si no tienes cuenta, describe el problema con la mayor precisión posible en el propio mensaje.",
    },
    it: {
      question: "Perché nel modulo di contatto non vedo l’opzione per aggiungere un allegato?",
      answer: "Gli allegati sono disponibili solo dopo aver effettuato l’accesso. Se ha aperto il modulo di contatto senza accedere, l’opzione di caricamento è nascosta. Acceda al suo account, torni al modulo di contatto o alla sua richiesta e l’opzione per aggiungere file comparirà. Se non ha un account, descriva il problema nel modo più preciso possibile nel messaggio stesso.",
    },
    ru: {
      question: "Почему в форме обратной связи нет возможности добавить вложение?",
      answer: "Вложения доступны только после входа в систему. Если вы открыли форму обратной связи, не войдя в учётную запись, возможность загрузки файлов скрыта. Войдите в учётную запись, вернитесь к форме обратной связи или к своей заявке — и возможность добавить файлы появится. Если учётной записи у вас нет, опишите проблему в самом сообщении как можно подробнее.",
    },
  },
  {
    category: 'attachments',
    tags: ['attachments', 'email', 'notifications'],
    en: {
      question: "Can I send attachments by replying to a ticket notification e-mail?",
      answer: "No. Ticket notifications are sent from a no-reply address, so attachments sent by e-mail never reach our support team. Please add files directly to your ticket in the helpdesk while you are logged in. That way they are stored with the ticket and our support team can find them straight away.",
    },
    nl: {
      question: "Kan ik bijlagen meesturen door te antwoorden op een e-mailmelding over mijn ticket?",
      answer: "Nee. Ticketmeldingen worden verstuurd vanaf een no-reply-adres, dus bijlagen die je per e-mail stuurt, komen nooit bij ons supportteam aan. Voeg bestanden daarom rechtstreeks toe aan je ticket in de helpdesk terwijl je bent ingelogd. Zo worden ze bij het ticket bewaard en kan ons supportteam ze meteen terugvinden.",
    },
    fr: {
      question: "Puis-je envoyer des pièces jointes en répondant à un e-mail de notification de ticket ?",
      answer: "Non. Les notifications de ticket sont envoyées depuis une adresse « no-reply » : les pièces jointes envoyées par e-mail ne parviennent donc jamais à notre équipe d'assistance. Ajoutez vos fichiers directement à votre ticket dans l'espace d'assistance, en étant connecté. Ils sont ainsi conservés avec le ticket et notre équipe peut les retrouver immédiatement.",
    },
    de: {
      question: "Kann ich Anhänge schicken, indem ich auf eine E-Mail-Benachrichtigung zu meinem Ticket antworte?",
      answer: "Nein. Ticket-Benachrichtigungen werden von einer No-Reply-Adresse verschickt, per E-Mail gesendete Anhänge erreichen unser Support-Team daher nie. Bitte fügen Sie Dateien direkt im Helpdesk zu Ihrem Ticket hinzu, während Sie angemeldet sind. So werden sie beim Ticket gespeichert und unser Support-Team findet sie sofort.",
    },
    es: {
      question: "¿Puedo enviar archivos adjuntos respondiendo al correo de aviso de un ticket?",
      answer: "No. Los avisos de ticket se envían desde una dirección no-reply, así que los archivos adjuntos enviados por correo nunca llegan a nuestro equipo de soporte. Añade los archivos directamente a tu ticket en el centro de soporte, con la sesión iniciada. Así se guardan junto con el ticket y nuestro equipo de soporte puede encontrarlos enseguida.",
    },
    it: {
      question: "Posso inviare allegati rispondendo all’e-mail di notifica di una richiesta?",
      answer: "No. Le notifiche sulle richieste vengono inviate da un indirizzo no-reply, quindi gli allegati inviati via e-mail non arrivano mai al nostro team di assistenza. Aggiunga i file direttamente alla sua richiesta nell’helpdesk, dopo aver effettuato l’accesso. In questo modo vengono salvati insieme alla richiesta e il nostro team di assistenza li trova subito.",
    },
    ru: {
      question: "Можно ли отправить вложения, ответив на письмо-уведомление о заявке?",
      answer: "Нет. Уведомления о заявках отправляются с адреса no-reply, поэтому вложения, отправленные по электронной почте, до службы поддержки не доходят. Добавляйте файлы прямо в заявку в центре поддержки, войдя в учётную запись. Тогда они сохранятся вместе с заявкой, и сотрудники поддержки сразу их найдут.",
    },
  },
];
