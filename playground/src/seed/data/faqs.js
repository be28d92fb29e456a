'use strict';
// Demo FAQ entries for the playground: one object per entry, the same entry in EN, NL and FR.
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
  },
];
