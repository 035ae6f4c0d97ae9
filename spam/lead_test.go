package spam

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// leadCase is a sentence that may open with a promo glued to it without a full stop; keep is
// the sentence's own text Lead must leave ("" when Lead must find nothing: the whole sentence
// is the article's).
type leadCase struct {
	lang, text, keep string
}

// leadCases are written for these tests: in every language, promos of several kinds glued to
// the start of a news sentence with no punctuation between them, and news sentences that open
// with words promos also use.
var leadCases = []leadCase{
	// Italian.
	{"it", "Seguici su Instagram e Facebook per restare sempre aggiornato Il Comune di Bergamo ha approvato il nuovo piano del traffico per il centro storico.",
		"Il Comune di Bergamo ha approvato il nuovo piano del traffico per il centro storico."},
	{"it", "ISCRIVITI AL NOSTRO CANALE WHATSAPP La Regione ha stanziato dieci milioni di euro per le scuole di montagna.",
		"La Regione ha stanziato dieci milioni di euro per le scuole di montagna."},
	{"it", "Seguici su Telegram: t.me/cronacalocale Una frana ha bloccato la strada provinciale per tutta la notte.",
		"Una frana ha bloccato la strada provinciale per tutta la notte."},
	{"it", "Riproduzione riservata © MILANO — La Borsa ha chiuso in rialzo dell'1,2 per cento, trainata dai titoli delle banche.",
		"MILANO — La Borsa ha chiuso in rialzo dell'1,2 per cento, trainata dai titoli delle banche."},
	{"it", "Il Comune ha chiesto ai cittadini di seguire gli aggiornamenti sul sito istituzionale e sui canali social ufficiali.", ""},
	// English.
	{"en", "Follow us on Instagram and TikTok for the latest updates The county council has approved a new cycle lane along the seafront.",
		"The county council has approved a new cycle lane along the seafront."},
	{"en", "SIGN UP TO OUR FREE NEWSLETTER LONDON — Rail fares in England will rise by 4.6 per cent in March, the government said.",
		"LONDON — Rail fares in England will rise by 4.6 per cent in March, the government said."},
	{"en", "Follow the money, the inspector told the committee, and you will find who paid for the campaign.", ""},
	{"en", "Subscribers to The Yorkshire Courier received the printed edition two hours late on Sunday.", ""},
	// German.
	{"de", "Folgen Sie uns auf Instagram und Facebook Die Stadtwerke Erfurt erhöhen zum 1. April die Preise für Fernwärme.",
		"Die Stadtwerke Erfurt erhöhen zum 1. April die Preise für Fernwärme."},
	{"de", "JETZT NEWSLETTER ABONNIEREN HAMBURG — Der Hafen hat im ersten Quartal weniger Container umgeschlagen als im Vorjahr.",
		"HAMBURG — Der Hafen hat im ersten Quartal weniger Container umgeschlagen als im Vorjahr."},
	{"de", "Folgen Sie dem Rat der Experten, sagte die Ministerin, dann werde der Winter ohne Engpässe verlaufen.", ""},
	// French.
	{"fr", "Suivez-nous sur Facebook et Instagram Le conseil municipal de Rennes a voté jeudi la gratuité des transports pour les moins de 18 ans.",
		"Le conseil municipal de Rennes a voté jeudi la gratuité des transports pour les moins de 18 ans."},
	{"fr", "ABONNEZ-VOUS À NOTRE NEWSLETTER La préfecture a prolongé les restrictions d'eau jusqu'à la fin du mois.",
		"La préfecture a prolongé les restrictions d'eau jusqu'à la fin du mois."},
	{"fr", "Suivez le guide, lance le maire aux visiteurs qui découvrent le nouveau musée de la ville.", ""},
	// A function word's letters joined by a hyphen to more are a name's part ("Il-soo"), not
	// the pronoun that would open the article's clause.
	{"fr", "Lire aussi Martin Kessler et Park Il-soo ont signé mardi à Lyon un accord de coopération entre les deux villes.",
		"Martin Kessler et Park Il-soo ont signé mardi à Lyon un accord de coopération entre les deux villes."},
	// Spanish.
	{"es", "Síguenos en Instagram y Facebook para no perderte nada El Ayuntamiento de Málaga abrirá en junio tres nuevas piscinas municipales.",
		"El Ayuntamiento de Málaga abrirá en junio tres nuevas piscinas municipales."},
	{"es", "Únete a nuestro canal de WhatsApp Los médicos de atención primaria de Aragón convocan una huelga para el próximo martes.",
		"Los médicos de atención primaria de Aragón convocan una huelga para el próximo martes."},
	{"es", "Síguenos, gritaban los manifestantes a los vecinos que los miraban desde los balcones de la avenida.", ""},
	// Portuguese "Segundo" ("according to") opens the article's clause as "Según" does.
	{"pt", "Subscreva o nosso canal de YouTube e ative o sininho Segundo o vereador das finanças, as obras na ponte começam em março.",
		"Segundo o vereador das finanças, as obras na ponte começam em março."},
	// A masthead's role and its colon take the person's name with them (mastheadNotice).
	{"it", "Direttore responsabile: Marco Bianchi Il consiglio comunale ha approvato ieri sera il bilancio di previsione.",
		"Il consiglio comunale ha approvato ieri sera il bilancio di previsione."},
	{"fr", "Directeur de la publication : Jean Martin Le conseil municipal a adopté mardi soir le budget de l'année prochaine.",
		"Le conseil municipal a adopté mardi soir le budget de l'année prochaine."},
	// The ".-" that closes a dateline in the Spanish-language press.
	{"es", "Suscríbete Iniciar sesión CUSCO.- El gobierno regional declaró la emergencia por las lluvias en cuatro provincias.",
		"CUSCO.- El gobierno regional declaró la emergencia por las lluvias en cuatro provincias."},
	// Portuguese.
	{"pt", "Siga-nos no Instagram e no Facebook A Câmara do Porto vai plantar mil árvores nas escolas do concelho até ao fim do ano.",
		"A Câmara do Porto vai plantar mil árvores nas escolas do concelho até ao fim do ano."},
	{"pt", "Assine a nossa newsletter gratuita O Governo aprovou esta quinta-feira o aumento do subsídio de refeição dos funcionários públicos.",
		"O Governo aprovou esta quinta-feira o aumento do subsídio de refeição dos funcionários públicos."},
	{"pt", "Siga as instruções da Proteção Civil, pediu o autarca aos moradores das aldeias mais próximas do incêndio.", ""},
	// Dutch.
	{"nl", "Volg ons op Instagram en Facebook De gemeente Utrecht wil het aantal parkeerplaatsen in de binnenstad halveren.",
		"De gemeente Utrecht wil het aantal parkeerplaatsen in de binnenstad halveren."},
	{"nl", "Meld je aan voor onze nieuwsbrief Het kabinet trekt volgend jaar extra geld uit voor de jeugdzorg in kleine gemeenten.",
		"Het kabinet trekt volgend jaar extra geld uit voor de jeugdzorg in kleine gemeenten."},
	{"nl", "Volg het geld, zei de onderzoeker tegen de commissie die de subsidies van de provincie doorlicht.", ""},
	// Polish.
	{"pl", "Obserwuj nas na Facebooku i Instagramie Rada Miasta Krakowa przyjęła w czwartek nowy plan zagospodarowania bulwarów.",
		"Rada Miasta Krakowa przyjęła w czwartek nowy plan zagospodarowania bulwarów."},
	{"pl", "ZAPISZ SIĘ DO NASZEGO NEWSLETTERA WARSZAWA — Ceny mieszkań w stolicy wzrosły w ciągu roku o dziewięć procent.",
		"WARSZAWA — Ceny mieszkań w stolicy wzrosły w ciągu roku o dziewięć procent."},
	{"pl", "Obserwuj uważnie rynek, radził ekonomista przedsiębiorcom, którzy planują inwestycje w przyszłym roku.", ""},
	// A label or button of one or two words that the rules explain whole: two words before
	// any capital, one before a function word or after a stop.
	{"en", "Read more The county council will send residents a summary of its decisions every week from Monday.",
		"The county council will send residents a summary of its decisions every week from Monday."},
	{"pl", "Zobacz też Przetestowaliśmy pięć odkurzaczy bezprzewodowych w cenie do tysiąca złotych.",
		"Przetestowaliśmy pięć odkurzaczy bezprzewodowych w cenie do tysiąca złotych."},
	{"it", "Leggi anche Il Comune ha stanziato tre milioni di euro per rifare i marciapiedi del centro.",
		"Il Comune ha stanziato tre milioni di euro per rifare i marciapiedi del centro."},
	// A label that the rules explain only as a unit of its own (labelLead), up to the first
	// field that opens a clause; not a run that the article's first words made spam, nor one
	// ending on a function word.
	{"it", "Commenti Il Comune ha stanziato tre milioni di euro per rifare i marciapiedi del centro.",
		"Il Comune ha stanziato tre milioni di euro per rifare i marciapiedi del centro."},
	{"de", "Werbung Die Stadtwerke Erfurt erhöhen zum 1. April die Preise für Fernwärme und Strom.",
		"Die Stadtwerke Erfurt erhöhen zum 1. April die Preise für Fernwärme und Strom."},
	{"fr", "© Courrier du Sud Le conseil municipal a voté jeudi la gratuité des transports pour les moins de 18 ans.",
		"Le conseil municipal a voté jeudi la gratuité des transports pour les moins de 18 ans."},
	{"de", "Cookies anpassen Beim Stichwort Eisheilige denken viele Menschen an einen alten Witz über Speiseeis.", ""},
	// A row or a label that would go as a line of its own (LineLead), before a clause's
	// pronoun or a capitalised function word the rules took.
	{"en", "Facebook Twitter Instagram I joined the harbour board three years ago as its youngest member.",
		"I joined the harbour board three years ago as its youngest member."},
	// A label the rules explain whole before a name: a request (not a noun, which a name may
	// go on), ending on its object pronoun at most (not on a preposition, whose object the
	// name is), and not a name in title case the label's word belongs to.
	{"it", "Seguici Mattarella ha firmato ieri sera il decreto sulle nomine dei nuovi prefetti.",
		"Mattarella ha firmato ieri sera il decreto sulle nomine dei nuovi prefetti."},
	{"en", "Follow Us Starmer told reporters on Tuesday that the budget would not raise income tax.",
		"Starmer told reporters on Tuesday that the budget would not raise income tax."},
	{"es", "Suscríbete Morales anunció ayer que el hospital abrirá sus nuevas urgencias en otoño.",
		"Morales anunció ayer que el hospital abrirá sus nuevas urgencias en otoño."},
	{"pl", "Wesprzyj nas Kowalski zapowiedział, że nowy most zostanie otwarty jeszcze przed zimą.",
		"Kowalski zapowiedział, że nowy most zostanie otwarty jeszcze przed zimą."},
	{"nl", "Cookiebeleid Jansen zegt dat de gemeente volgend jaar meer geld uittrekt voor fietspaden.",
		"Jansen zegt dat de gemeente volgend jaar meer geld uittrekt voor fietspaden."},
	{"en", "We may earn a small commission if you buy something through the links on this page, at no extra cost to you Hartley told the harbour board on Tuesday that the lock gates would cost four million pounds.",
		"Hartley told the harbour board on Tuesday that the lock gates would cost four million pounds."},
	{"en", "Advertising Standards Authority rulings are published every Wednesday on its website.", ""},
	{"it", "Pubblicità Progresso ha lanciato una nuova campagna contro lo spreco alimentare nelle mense.", ""},
	{"es", "Boletín Oficial del Estado publicó ayer la orden que regula las ayudas al alquiler para jóvenes.", ""},
	{"it", "Scommetti sul Giro d'Italia: la vittoria finale del tuo corridore preferito paga otto volte la posta!", ""},
	// A dateline of several words in capitals and an agency opens the article's sentence.
	{"en", "Subscribe now for just $1 NEW YORK (AP) — Stocks closed higher on Friday after a report showed hiring slowed in the spring.",
		"NEW YORK (AP) — Stocks closed higher on Friday after a report showed hiring slowed in the spring."},
	// A promo that leans towards boilerplate word after word up to a capital, and article's
	// words from it on (leansApart); not when a capital in between may open the sentence. A
	// label that goes as a line of its own before such a capital is LineLead's.
	{"en", "Sign up for our weekly newsletter and get the best stories in your inbox every morning Hartley told the harbour board on Tuesday that the lock gates would cost four million pounds.",
		"Hartley told the harbour board on Tuesday that the lock gates would cost four million pounds."},
	{"pl", "Zapisz się do naszego newslettera i otrzymuj najważniejsze wiadomości każdego ranka Radni przekonywali, że podwyżka nie wystarczy, by nadrobić dekadę cięć.",
		"Radni przekonywali, że podwyżka nie wystarczy, by nadrobić dekadę cięć."},
	{"it", "Iscriviti alla nostra newsletter e ricevi ogni mattina le notizie più lette della giornata Mattarella ha firmato ieri sera il decreto sulle nomine dei prefetti.",
		"Mattarella ha firmato ieri sera il decreto sulle nomine dei prefetti."},
	{"en", "Sign up for our weekly newsletter and get the best stories in your inbox every morning I moved to Harbourside three years ago to work as a nurse at the county hospital.", ""},
	{"es", "Síguenos En ese momento, Morales regresó a la alcaldía para explicar a los vecinos el nuevo plan de tráfico.",
		"En ese momento, Morales regresó a la alcaldía para explicar a los vecinos el nuevo plan de tráfico."},
	// A menu's items run on past its separators, up to the clause after its last item.
	{"de", "Impressum | Datenschutz | Kontakt | AGB Die Opposition hatte argumentiert, die Erhöhung reiche nicht aus, um die Kürzungen auszugleichen.",
		"Die Opposition hatte argumentiert, die Erhöhung reiche nicht aus, um die Kürzungen auszugleichen."},
	{"es", "Aviso legal | Política de privacidad | Contacto La oposición sostuvo que el aumento no basta para compensar una década de recortes.",
		"La oposición sostuvo que el aumento no basta para compensar una década de recortes."},
	// A "read also" label and its teaser's title, which runs on with no full stop to the
	// first field that surely opens the article's clause; the label alone before a dateline.
	{"pl", "Czytaj też: Nowy most na Wiśle otwarty po trzech latach budowy W poniedziałek radni przyjęli budżet na przyszły rok po długiej debacie.",
		"W poniedziałek radni przyjęli budżet na przyszły rok po długiej debacie."},
	{"de", "Lesen Sie auch: Hochwasser im Allgäu sorgt für gesperrte Straßen Die Stadt hat am Dienstag den Haushalt für das kommende Jahr beschlossen.",
		"Die Stadt hat am Dienstag den Haushalt für das kommende Jahr beschlossen."},
	{"en", "Read more: Council approves new cycle lanes for the seafront \"after years of delay\" Opposition councillors had argued that the increase was too small to matter.",
		"Opposition councillors had argued that the increase was too small to matter."},
	{"de", "Lesen Sie auch: München - Die Stadt hat am Dienstag den Haushalt für das kommende Jahr beschlossen.",
		"München - Die Stadt hat am Dienstag den Haushalt für das kommende Jahr beschlossen."},
	// A name goes on after a sign that joins ("England & | Wales" is no break).
	{"en", "Registered in England & Wales The harbour board agreed on Tuesday to spend four million pounds on new lock gates.",
		"The harbour board agreed on Tuesday to spend four million pounds on new lock gates."},
	{"en", "A company registered in England & Wales Lindqvist told the harbour board on Tuesday that the lock gates would cost four million pounds.", ""},
	// A label a request's rule explains only whole, whose word is also site furniture, before
	// an adverb; a preposition of place joins no name ("Intanto | in Europa").
	{"it", "Abbonati Intanto a Bologna il consiglio comunale ha approvato il bilancio dopo quattro ore di dibattito.",
		"Intanto a Bologna il consiglio comunale ha approvato il bilancio dopo quattro ore di dibattito."},
	{"it", "Seguici Intanto a Bologna il consiglio comunale ha approvato il bilancio dopo quattro ore di dibattito.",
		"Intanto a Bologna il consiglio comunale ha approvato il bilancio dopo quattro ore di dibattito."},
	{"de", "Anmelden Gestern im Rathaus hat der Stadtrat den Haushalt für das kommende Jahr beschlossen.",
		"Gestern im Rathaus hat der Stadtrat den Haushalt für das kommende Jahr beschlossen."},
	{"en", "Facebook Marketplace listings doubled in the county last year, the trading standards office said.", ""},
	// An invisible format character before a title's capital (a byte-order mark) hides no
	// clause's start; the title ends where a capital opens a sentence between two words in
	// lower case.
	{"en", "Read more: \ufeffSinger dragged into court file row Opposition councillors had argued that the increase was too small to make up for a decade of cuts.",
		"Opposition councillors had argued that the increase was too small to make up for a decade of cuts."},
	// A copyright notice and its holder's name, up to a capitalised function word or a
	// conjunction, or after a legal form or a domain; a comma before a legal form, an elided
	// article and "e" are the name's. A name that runs on into words in lower case leaves
	// the name where it is.
	{"en", "© 2023 Hillside Courier After a long debate, the board agreed to cut the fares for students.",
		"After a long debate, the board agreed to cut the fares for students."},
	{"nl", "© 2021 Noordkust Media B.V. Jan de Vries opende maandag de nieuwe haven van het dorp.",
		"Jan de Vries opende maandag de nieuwe haven van het dorp."},
	{"es", "© Costa Azul Noticias, S.L. Hay nuevas obras en el puerto desde el lunes por la mañana.",
		"Hay nuevas obras en el puerto desde el lunes por la mañana."},
	{"es", "© 2021 Diario La Voz del Valle El ayuntamiento aprobó el lunes el presupuesto para el próximo año.",
		"El ayuntamiento aprobó el lunes el presupuesto para el próximo año."},
	{"en", "© 2024 Harbour Media | Contact | Privacy The council voted on Tuesday to approve the budget for next year.",
		"The council voted on Tuesday to approve the budget for next year."},
	// A share label before a sentence that opens on a count, its thousands apart; not a
	// label with its buttons' counts, which go on.
	{"fr", "Partager l'article 1 350 élèves ont repris les cours lundi dans les écoles de la ville.",
		"1 350 élèves ont repris les cours lundi dans les écoles de la ville."},
	{"en", "Share this article 12 people were injured in the crash on Saturday night.",
		"12 people were injured in the crash on Saturday night."},
	{"en", "Like 88 Share 140 residents signed the petition against the new road on Monday.", ""},
	// A teaser's title before the article's short sentence that opens on a clause's opener.
	{"en", "Read more: Why the council says it cannot pay for the new bridge He said no.", "He said no."},
	{"it", "Leggi anche: Il sindaco di Bologna annuncia le dimissioni dopo dieci anni Lui lascia il comune.", "Lui lascia il comune."},
	{"en", "Read more: Council approves new budget for schools and roads after long debate, told The Guardian.",
		"Council approves new budget for schools and roads after long debate, told The Guardian."},
	// A dateline that is a figure, a site's name, before a dash opens the article's sentence.
	{"pt", "Ver mais notícias 24 – Segundo a prefeitura, a obra da praça central termina em março.",
		"24 – Segundo a prefeitura, a obra da praça central termina em março."},
	{"en", "Sign up for our newsletter 24 – The council voted on Tuesday to close the old bridge for repairs.",
		"24 – The council voted on Tuesday to close the old bridge for repairs."},
	// A name of two words and its verb open the article's sentence after a label that ends in
	// lower case; a subheading before them is no label.
	{"en", "Unlimited digital access from $1 a week Greater Manchester has recorded the sharpest rise in rents this year.",
		"Greater Manchester has recorded the sharpest rise in rents this year."},
	{"en", "Local elections Anna Berg said on Monday she would stand down as mayor after ten years.", ""},
	// A connective adverb or preposition that opens a sentence ("Face à", "Parmi", "Alors").
	{"fr", "Abonnez-vous à la Gazette du Nord Face aux inondations, la mairie a ouvert un gymnase pour les sinistrés.",
		"Face aux inondations, la mairie a ouvert un gymnase pour les sinistrés."},
	{"fr", "Partagez sur Facebook Parmi les victimes figurent deux enfants de la commune voisine.",
		"Parmi les victimes figurent deux enfants de la commune voisine."},
	// A dash alone opens a speaker's words, whose first sentence may be short.
	{"pl", "Premium – Nie zgodzimy się na to.", "Nie zgodzimy się na to."},
	{"fr", "Abonnez-vous – Nous ne céderons pas, a dit le maire.", "Nous ne céderons pas, a dit le maire."},
	{"pl", "Premium – to jest nasza najlepsza oferta na zimę.", ""},
	// An existential verb opens the article's clause.
	{"es", "Suscríbete por 2 euros al mes Hay obras en la avenida principal desde el lunes por la mañana.",
		"Hay obras en la avenida principal desde el lunes por la mañana."},
	{"it", "Abbonati ora C'è un nuovo mercato coperto in piazza Garibaldi da questa mattina.",
		"C'è un nuovo mercato coperto in piazza Garibaldi da questa mattina."},
	// A quantifier or a demonstrative opens the article's clause as surely as an article does.
	{"en", "Share on WhatsAppTelegramEmail Much of the old town will be closed to cars on Sunday for the festival.",
		"Much of the old town will be closed to cars on Sunday for the festival."},
	{"en", "Share with This week the council voted to close the old bridge for repairs.",
		"This week the council voted to close the old bridge for repairs."},
	{"fr", "Suivez-nous sur Facebook Plusieurs habitants se sont plaints du bruit du chantier pendant l'été.",
		"Plusieurs habitants se sont plaints du bruit du chantier pendant l'été."},
	// A row of links after the name: its separators do not count against the name's fields,
	// and its items may hold words in lower case; a menu of one separator is none, and an
	// item that opens on a function word may be the article's sentence.
	{"de", "© 2023 Nordkurier Medien | Datenschutz | Impressum | Kontakt | Mobile Version Die Stadt will rund zwölf Millionen Euro in die Schulen stecken.",
		"Die Stadt will rund zwölf Millionen Euro in die Schulen stecken."},
	{"fr", "© 2022 Ouest Matin | Données personnelles | Mentions légales | Version mobile Selon la mairie, les travaux de la piscine dureront huit mois.",
		"Selon la mairie, les travaux de la piscine dureront huit mois."},
	{"es", "© 2021 Diario del Valle · Aviso legal · Privacidad · Contacto Las obras del puente durarán seis meses, según el ayuntamiento.",
		"Las obras del puente durarán seis meses, según el ayuntamiento."},
	{"pt", "© 2020 Jornal da Serra • Política de privacidade • Termos de uso O prefeito anunciou ontem a reforma da praça central da cidade.",
		"O prefeito anunciou ontem a reforma da praça central da cidade."},
	{"fr", "© 2022 Ouest Matin | Actualités | Le maire a annoncé mardi la fermeture de la piscine pour travaux.",
		"Ouest Matin | Actualités | Le maire a annoncé mardi la fermeture de la piscine pour travaux."},
	{"it", "© 2022 Consorzio Tutela Vini d'Irpinia e Sannio Il raccolto di quest'anno è stato il più scarso dal 1990.",
		"Il raccolto di quest'anno è stato il più scarso dal 1990."},
	{"en", "© 2023 Hillside Courier Maria Lopez said The board would cut the fares for students.",
		"Hillside Courier Maria Lopez said The board would cut the fares for students."},
	{"en", "2023 Was The Year When prices rose sharply across the region, the report said.", ""},
	{"de", "© 2024 Hafen Medien, Bremen Kiel: Die Stadt hat am Montag den neuen Hafen eröffnet.",
		"Hafen Medien, Bremen Kiel: Die Stadt hat am Montag den neuen Hafen eröffnet."},
	// A share row after its label's colon: the promo goes on past the colon, up to the
	// article's first word.
	{"nl", "Deel dit artikel: Facebook | X | WhatsApp | E-mail De gemeente opent maandag de nieuwe haven voor vissers en toeristen.",
		"De gemeente opent maandag de nieuwe haven voor vissers en toeristen."},
	// A media label in capitals, its colon and the clip's headline, up to the article's
	// first word (mediaLead).
	{"es", "VÍDEO: Un incendio arrasa la nave de un almacén El ayuntamiento aprobó el lunes el presupuesto para el próximo año.",
		"El ayuntamiento aprobó el lunes el presupuesto para el próximo año."},
	{"pl", "ZOBACZ: Burza zerwała dach szkoły na przedmieściach Radni przyjęli we wtorek budżet na przyszły rok.",
		"Radni przyjęli we wtorek budżet na przyszły rok."},
	// A shop's code after its label is the promo's, not the article's first word.
	{"en", "Use code SUMMER30 at checkout The council voted on Tuesday to approve the budget for next year.",
		"The council voted on Tuesday to approve the budget for next year."},
	// A teaser's title after a label that ends on a colon goes with it, however long, up to
	// a capitalised function word or a capital between two words in lower case.
	{"en", "READ MORE: Pensioner praised for pulling a neighbour's terrier out of the frozen village pond at dawn The council voted on Tuesday to approve the budget for next year.",
		"The council voted on Tuesday to approve the budget for next year."},
	{"en", "Read more: Storm hits coast Residents in the harbour town visited Portland on Monday to see the damage.",
		"Residents in the harbour town visited Portland on Monday to see the damage."},
	// A function word in capitals is an acronym ("AI"), not a clause's start.
	{"en", "Read more: Chip makers race to meet demand for new AI-powered phones this year, analysts say.",
		"Chip makers race to meet demand for new AI-powered phones this year, analysts say."},
	// Without a colon the label may stand right before the article's sentence, whose names
	// are no title's end; German writes its nouns with a capital.
	{"en", "Read more The reporter spots Apple chief designers at the cafe, and rumours spread for a week.",
		"The reporter spots Apple chief designers at the cafe, and rumours spread for a week."},
	{"de", "Lesen Sie auch: Gestern fand im alten Rathaus die Versammlung der Gesellschaft für Gartenbau statt.",
		"Gestern fand im alten Rathaus die Versammlung der Gesellschaft für Gartenbau statt."},
	// An ad's label and its teasers, run on or before a colon, up to a clause that surely
	// opens; "beim" is a German function word.
	{"de", "AnzeigeJetzt Tagesgeld vergleichen und Zinsen sichern Beim Stadtrat stieß der Plan am Dienstag auf breite Zustimmung.",
		"Beim Stadtrat stieß der Plan am Dienstag auf breite Zustimmung."},
	{"en", "Sponsored: Compare the best savings accounts today The county council has approved a new cycle lane along the seafront.",
		"The county council has approved a new cycle lane along the seafront."},
	{"en", "Follow us on social Harbour police used a drone to find the missing walkers on Sunday, officials said.",
		"Harbour police used a drone to find the missing walkers on Sunday, officials said."},
	// A year after the match is the promo's; a figure split at its thousands, a quotation
	// right after the match and an article before a name of another language are the
	// article's.
	{"en", "All Rights Reserved © 2024 Construction of the new harbour wall began on Monday, the council said.",
		"Construction of the new harbour wall began on Monday, the council said."},
	{"fr", "Code Promo 3 412 Belges ont été évacués de la zone selon le ministère.", ""},
	{"en", "Register now “Hopefully the bridge reopens in May,” the chair told the harbour board.",
		"“Hopefully the bridge reopens in May,” the chair told the harbour board."},
	{"de", "Jetzt bei WettBar registrieren und den Bonus von 100 Prozent bis 100 Euro sichern Die Stadtwerke Erfurt erhöhen zum 1. April die Preise für Fernwärme.",
		"Die Stadtwerke Erfurt erhöhen zum 1. April die Preise für Fernwärme."},
	{"fr", "Pour être aidé, appelez le 09 74 75 13 13 Le conseil municipal a voté jeudi la gratuité des transports scolaires.",
		"Le conseil municipal a voté jeudi la gratuité des transports scolaires."},
	{"en", "Read more about the Los Alamos harbour plans on our website, the board said.", ""},
	{"en", "All Rights Reserved © 2024 HarbourCo works for the Los Alamos port authority since May, officials said.",
		"HarbourCo works for the Los Alamos port authority since May, officials said."},
	// A day's ordinal ends no sentence: "zum 1. April" goes on.
	{"de", "Impressum Stadtwerke Erfurt erhöhen zum 1. April die Preise für Fernwärme und Strom.", ""},
	// Two phrases of a promo before a capital between words in lower case: the promo ends
	// there (surePromoBreak); not past a capitalised function word the rules took, nor past a
	// capital after the last match.
	{"en", "Buy cialis online without prescription with discreet delivery in two days Residents of the harbour district complained about the noise for months.",
		"Residents of the harbour district complained about the noise for months."},
	{"pl", "Lekarze są w szoku: ten prosty trik odmładza skórę o dziesięć lat Mieszkańcy osiedla od miesięcy skarżą się na hałas z portu.",
		"Mieszkańcy osiedla od miesięcy skarżą się na hałas z portu."},
	{"en", "Buy cialis online without prescription with discreet delivery Hartley says the harbour board met on Tuesday and agreed.",
		"Hartley says the harbour board met on Tuesday and agreed."},
	{"en", "Buy cialis online without prescription with discreet delivery at the Harbour Pharmacy today Residents of the district complained for months.", ""},
	{"pl", "Udostępnij Na portalu najlepsze oferty tygodnia Mieszkańcy osiedla od miesięcy skarżą się na hałas z portu.", ""},
	// A unit or a currency after a figure opens no clause, though German writes it with a
	// capital.
	{"de", "Freunde werben und 25 Euro Prämie sichern Die Stadt hat am Dienstag den Haushalt für das kommende Jahr beschlossen.",
		"Die Stadt hat am Dienstag den Haushalt für das kommende Jahr beschlossen."},
	// A photo credit's label and the agency's or photographer's name after it, up to a
	// capitalised function word (holderLead, creditNotice).
	{"nl", "Foto: ANP / Pieter van Dam De gemeenteraad stemde dinsdag in met de nieuwe begroting.",
		"De gemeenteraad stemde dinsdag in met de nieuwe begroting."},
	{"pt", "Foto: Agência Lusa / Rita Neves O Governo aprovou ontem o decreto de apoio à agricultura.",
		"O Governo aprovou ontem o decreto de apoio à agricultura."},
	{"fr", "Photo : AFP / Julien Marquet Le conseil municipal a voté jeudi la gratuité des transports.",
		"Le conseil municipal a voté jeudi la gratuité des transports."},
	{"fr", "Crédit photo : Mairie de Lannion Le conseil municipal a voté jeudi la gratuité des transports.",
		"Le conseil municipal a voté jeudi la gratuité des transports."},
	// A reservation notice opens the footer as a copyright sign does, its holder's name after
	// it; a dash may stand between the notice and the name.
	{"fr", "Tous droits réservés - La Gazette du Port 2023 Le gouvernement a annoncé mardi un nouveau plan pour les hôpitaux.",
		"Le gouvernement a annoncé mardi un nouveau plan pour les hôpitaux."},
	{"es", "Todos los derechos reservados © 2022 Diario Costero El Ayuntamiento aprobó ayer el presupuesto municipal.",
		"El Ayuntamiento aprobó ayer el presupuesto municipal."},
	{"en", "© Copyright 2015 - Rivernews.com The county council approved its budget for next year on Tuesday.",
		"The county council approved its budget for next year on Tuesday."},
	// A legal form ends the holder's name, also without its dots or in its Polish words; "by"
	// may stand between the notice and the name.
	{"pl", "© Copyright by Kurier Nadmorski SA Radni przyjęli budżet we wtorek po długiej debacie.",
		"Radni przyjęli budżet we wtorek po długiej debacie."},
	{"pl", "© 2020 Kurier Nadmorski sp. z o.o. Rada miasta przyjęła budżet we wtorek po długiej debacie.",
		"Rada miasta przyjęła budżet we wtorek po długiej debacie."},
	// A word that opens a sentence and never goes on a name in its language, a time adverb
	// or a preposition ("Tras", "Ieri", "Gestern"), ends the holder's name (clauseOpeners).
	{"es", "© 2020 La Gaceta del Puerto Tras la tormenta, los pescadores volvieron al mar el jueves.",
		"Tras la tormenta, los pescadores volvieron al mar el jueves."},
	{"it", "© 2022 Gazzetta della Valle Ieri il consiglio comunale ha approvato il bilancio.",
		"Ieri il consiglio comunale ha approvato il bilancio."},
	{"pl", "© 2019 Kurier Nadmorski Wczoraj rada miasta przyjęła budżet na przyszły rok.",
		"Wczoraj rada miasta przyjęła budżet na przyszły rok."},
	// A capitalised conjunction or time adverb opens the article's clause after a promo as
	// surely as an article does; not after a dateline that ends on a dash, which it goes with:
	// the cut is before the dateline.
	{"en", "Sign up to our free newsletter from the Harbour Courier Since the storm closed the port, fishermen have been selling their catch in the next town.",
		"Since the storm closed the port, fishermen have been selling their catch in the next town."},
	{"es", "Suscríbete Iniciar sesión MÉRIDA, YUCATÁN.- Tras el partido, el entrenador habló con la prensa durante una hora.",
		"MÉRIDA, YUCATÁN.- Tras el partido, el entrenador habló con la prensa durante una hora."},
	// A label framed by dashes ends at its closing dash: the rest may be short (framedLead).
	{"de", "- Anzeige - Endlich geschafft!", "Endlich geschafft!"},
	{"en", "— Advertisement — Finally, good news.", "Finally, good news."},
	{"de", "- Rostock - Endlich geschafft!", ""},
	// A promo before the dateline that opens Italian local news ("SASSUOLO. Il sindaco …"):
	// the dateline is the article's (datelineLead).
	{"it", "Commenti 12 SASSUOLO.", "SASSUOLO."},
	// A capital after a conjunction inside a teaser's title opens no sentence: the title
	// ends at the closing quotation mark, after which the article's sentence opens.
	{"es", "Te puede interesar: El alcalde avisa de que el puerto seguirá cerrado “mientras Bruselas no pague lo prometido” La obra lleva tres años parada por falta de fondos europeos.",
		"La obra lleva tres años parada por falta de fondos europeos."},
	// A label ending on an adverb that takes no object ("more", "más", "więcej"): a capital
	// after it opens the article's sentence (labelAdverbs).
	{"en", "Read more Opposition councillors had argued that the increase was too small to make up for a decade of cuts.",
		"Opposition councillors had argued that the increase was too small to make up for a decade of cuts."},
	{"pl", "Czytaj więcej Opozycja przekonywała, że podwyżka nie wystarczy, by nadrobić dekadę cięć.",
		"Opozycja przekonywała, że podwyżka nie wystarczy, by nadrobić dekadę cięć."},
	{"en", "Get 20% off Residents of the valley were told on Monday that the bridge would reopen.",
		"Residents of the valley were told on Monday that the bridge would reopen."},
	{"nl", "Lees meer Gemeenteraadsleden vonden de verhoging te klein om tien jaar bezuinigingen goed te maken.",
		"Gemeenteraadsleden vonden de verhoging te klein om tien jaar bezuinigingen goed te maken."},
	{"en", "Subscribe now Mary Quinn never came back to the town after the flood.",
		"Mary Quinn never came back to the town after the flood."},
	{"es", "SUSCRÍBETE AHORA Tras el incendio, los vecinos pidieron ayuda al ayuntamiento.",
		"Tras el incendio, los vecinos pidieron ayuda al ayuntamiento."},
	// A site-furniture word far into the article's sentence does not stretch the promo
	// ("próximo" is a pager's "next").
	{"es", "Leer más El Ayuntamiento aprobó ayer el presupuesto municipal para el próximo año.",
		"El Ayuntamiento aprobó ayer el presupuesto municipal para el próximo año."},
	{"pt", "Leia mais O governo anunciou ontem um novo pacote de medidas para o próximo ano.",
		"O governo anunciou ontem um novo pacote de medidas para o próximo ano."},
	// A read-also label's one-word object (a section or a site), then the article's sentence
	// (labelObject).
	{"en", "More from Sports Opposition councillors had argued that the increase was too small to make up for a decade of cuts.",
		"Opposition councillors had argued that the increase was too small to make up for a decade of cuts."},
	{"en", "More from the Herald Residents of the harbour district complained about the noise for months.",
		"Residents of the harbour district complained about the noise for months."},
	{"pt", "Mais lidas em Cultura Apesar disso, o governo anunciou ontem um novo pacote de medidas.",
		"Apesar disso, o governo anunciou ontem um novo pacote de medidas."},
	// A name of two words after the label's object goes on; a name and its apposition are
	// the article's; a label whose last word need have no object, in a sentence that is no
	// spam as a whole, is left.
	{"en", "More from Local Sport The city council approved the budget on Monday after a long debate.",
		"The city council approved the budget on Monday after a long debate."},
	{"en", "In partnership with New Hampshire is now the only state where the rule still applies to small firms.", ""},
	// English news opens a sentence with a noun phrase and a name, without an article: the
	// phrase is its subject (appositionHead). A promo of that shape ends on a word its rules
	// explain and names no topic alone; the German label ends on a verb.
	{"en", "Crypto exchange Coinvale said on Monday it would cut a third of its staff.", ""},
	{"en", "Casino operator Silverbay said it would close two venues on the coast by the end of the year.", ""},
	{"en", "Download our app Police said on Monday that two men had been arrested in the harbour district.",
		"Police said on Monday that two men had been arrested in the harbour district."},
	{"de", "Cookie-Einstellungen anpassen Schneider sagte am Montag, die Stadt werde im Herbst sparen müssen.",
		"Schneider sagte am Montag, die Stadt werde im Herbst sparen müssen."},
	{"de", "Privatsphäre-Einstellungen öffnen Schneider sagte am Montag, die Stadt werde im Herbst sparen müssen.",
		"Schneider sagte am Montag, die Stadt werde im Herbst sparen müssen."},
	// The Romance languages and the others with an article open the subject with it, a noun
	// and the name of the thing (articleName): no cut on the name. A label whose last word a
	// rule's phrase explains is cut off before a name all the same.
	{"it", "La newsletter settimanale Internazionale Extra è stata sospesa per un mese.", ""},
	{"es", "Los comentarios en la página Facebook del alcalde fueron cerrados el lunes por la tarde.", ""},
	{"es", "Las más leídas María López fue elegida presidenta del club de fútbol de la ciudad el lunes.",
		"María López fue elegida presidenta del club de fútbol de la ciudad el lunes."},
	// With the furniture word far off, the promo ends only where a clause surely opens:
	// German writes nouns with a capital.
	{"de", "Jetzt kostenlos testen – mit diesem Versprechen lockte der Anbieter Tausende in ein teures Abo.", ""},
}

func TestLead(t *testing.T) {
	s := Default()
	langs := map[string]int{}
	for _, c := range leadCases {
		end, v := s.Lead(c.text, Context{})
		if c.keep == "" {
			assert.Zero(t, end, "%s: nothing to cut from %q, cut %q", c.lang, c.text, c.text[:end])
			assert.False(t, v.Spam, c.text)
			continue
		}
		langs[c.lang]++
		if !assert.NotZero(t, end, "%s: no promo found in %q", c.lang, c.text) {
			continue
		}
		assert.Equal(t, c.keep, strings.TrimSpace(c.text[end:]), c.text)
		assert.True(t, v.Spam, c.text)
		assert.True(t, slices.Contains(v.Evidence, "glued-to-prose") || slices.Contains(v.Evidence, LineBeforeProse), v.Evidence)
		// What is cut is a promo of its own, or a label with its teaser's title or a notice
		// with its holder's name.
		if !slices.Contains(v.Evidence, TeaserTitle) && !slices.Contains(v.Evidence, HolderName) {
			assert.True(t, s.ScoreAs(c.text[:end], Glued).Spam, c.text[:end])
		}
	}
	for _, l := range []string{"it", "en", "de", "fr", "es", "pt", "nl", "pl"} {
		assert.GreaterOrEqual(t, langs[l], 2, "glued promos for %s", l)
	}
}

// TestLeadNeedsProse: without a sentence after the promo, or with the promo going on, there is
// nothing to cut.
func TestLeadNeedsProse(t *testing.T) {
	s := Default()
	for _, text := range []string{
		"Follow us on Instagram and TikTok for the latest updates",                                     // all promo
		"Follow us on Instagram The council met",                                                       // too short to be a sentence
		"Follow us on Instagram and TikTok The council has approved a new cycle lane",                  // not ended
		"Follow us on Facebook, Instagram and X to stay up to date Subscribe to our newsletter today.", // promo goes on
		"",
		"   ",
	} {
		end, _ := s.Lead(text, Context{})
		assert.Zero(t, end, text)
	}
}

// tailCases: promos glued to the end of a sentence after a full stop the sentence splitter
// would not break on (the promo starts in lower case, or the stop closes an abbreviation);
// keep is what Tail must leave ("" when it must find nothing).
var tailCases = []leadCase{
	{"fr", "Les secours ont évacué une centaine de personnes vers le gymnase municipal. les plus lus",
		"Les secours ont évacué une centaine de personnes vers le gymnase municipal."},
	{"it", "Il tasso di disoccupazione è sceso al 6,1 per cento, secondo l'Istat. leggi anche: le altre notizie di oggi",
		"Il tasso di disoccupazione è sceso al 6,1 per cento, secondo l'Istat."},
	{"pl", "Na kolejnych miejscach znalazły się Czechy i Holandia (po 3 proc.). Zaloguj się, by czytać dalej",
		"Na kolejnych miejscach znalazły się Czechy i Holandia (po 3 proc.)."},
	{"en", "The bridge will stay closed until the end of the month, the council said. click here to subscribe to our newsletter",
		"The bridge will stay closed until the end of the month, the council said."},
	{"de", "Die Polizei bittet Zeugen, sich zu melden. jetzt abonnieren",
		"Die Polizei bittet Zeugen, sich zu melden."},
	// A French closing guillemet after its space still ends the sentence.
	{"fr", "« Chacun dépend de l'autre, comme au marché. » Espace abonnés",
		"« Chacun dépend de l'autre, comme au marché. »"},
	// No full stop before the promo, but a colon, a closing bracket or a clause left open: the
	// promo opens with a capital and a rule match, and the words before it carry no evidence.
	// A row of labels at no full stop goes whole, not one label per pass.
	{"en", "Eleven thousand homes lost power in the storm, the grid operator said in a statement k | Twitter | WhatsApp | Email",
		"Eleven thousand homes lost power in the storm, the grid operator said in a statement k |"},
	// Function words after the last match weigh half a word.
	{"fr", "Le film sera rediffusé les 25 et 30 novembre sur la chaîne documentaire. (Jeanne Martin) Partager sur les réseaux sociaux",
		"Le film sera rediffusé les 25 et 30 novembre sur la chaîne documentaire. (Jeanne Martin)"},
	{"de", "Ob Gewinnspiele, Fachartikel oder einfach nur ein Update - Mit unserem Newsletter sind Sie bestens informiert!", ""},
	{"en", "Here is a look at the five models we liked best in our tests: Subscribe now!",
		"Here is a look at the five models we liked best in our tests:"},
	{"fr", "Le film sera rediffusé sur la chaîne les 25 et 30 novembre (Jeanne Martin) Partager sur Facebook",
		"Le film sera rediffusé sur la chaîne les 25 et 30 novembre (Jeanne Martin)"},
	{"it", "Le piogge hanno colpito soprattutto le regioni centrali e il bel tempo tornerà in poche ore © Agenzia Nuova Stampa",
		"Le piogge hanno colpito soprattutto le regioni centrali e il bel tempo tornerà in poche ore"},
	// A platform name alone ("X") is not enough, nor a cut that leaves boilerplate before it.
	{"de", "Der Bau begann unter der Herrschaft von Papst Pius X.", ""},
	{"de", "Wie man Cookies kontrolliert, erfahren Sie hier: Unsere Cookie-Richtlinie", ""},
	// The words after the stop are the article's.
	{"en", "The minister said the plan was sound. readers of the report disagreed, and so did the unions.", ""},
	{"fr", "Le maire a promis une réponse avant l'été. les habitants, eux, attendent toujours.", ""},
	// Nothing before the promo that reads as a sentence.
	{"de", "Ja. jetzt abonnieren", ""},
	// A promo after a paragraph whose last sentence lost its full stop (caseTail): it opens
	// where a sentence does, with a function word in capitals or a rule's match that runs on
	// past its first field. A rule's word in capitals inside the article's clause (a German
	// noun), or a footer whose rule match starts a few words in, is no such break.
	{"de", "Die Sanierung der Brücke dauert nach Angaben der Stadt noch bis zum Herbst Dieser Artikel ist nur für Abonnenten verfügbar.",
		"Die Sanierung der Brücke dauert nach Angaben der Stadt noch bis zum Herbst"},
	{"it", "Secondo la protezione civile le piogge dureranno fino a domenica sera in tutta la regione Iscriviti alla nostra newsletter per ricevere le notizie",
		"Secondo la protezione civile le piogge dureranno fino a domenica sera in tutta la regione"},
	{"de", "Die Feuerwehr war mit drei Fahrzeugen und zwanzig Einsatzkräften vor Ort Melden Sie sich für unseren Newsletter an und erhalten Sie jeden Morgen die wichtigsten Nachrichten.",
		"Die Feuerwehr war mit drei Fahrzeugen und zwanzig Einsatzkräften vor Ort"},
	{"de", "Zugleich kündigte die Zeitung einen neuen lokalen Newsletter an, der jeden Morgen erscheinen soll.", ""},
	{"es", "Este portal de noticias pertenece a Medios del Norte S.L., inscrita en el Registro Mercantil de Bilbao, tomo 812, folio 33.", ""},
	{"de", "Das Blatt erscheint in den beiden Landkreisen künftig nur noch als E-Paper Preise inklusive Mehrwertsteuer, Irrtümer vorbehalten.", ""},
	{"de", "Wenn Sie wissen möchten, wie man Cookies löscht, lesen Sie hier weiter: Unsere Datenschutzerklärung", ""},
}

// TestTailGaps: a run of spaces, tabs or zero-width spaces is one break, as in the filter's
// output, where each run is one space: the input and the output are cut alike.
func TestTailGaps(t *testing.T) {
	s := Default()
	one := "Here is a look at the five models we liked best in our tests: Subscribe now!"
	for _, gap := range []string{"  ", "\t", " \u200b ", "\t\t "} {
		in := strings.Replace(one, " Subscribe", gap+"Subscribe", 1)
		start, v := s.Tail(in, Context{})
		if assert.NotZero(t, start, "%q", in) {
			assert.Equal(t, "Subscribe now!", in[start:])
			assert.True(t, v.Spam)
		}
		in = strings.Replace("The minister said the plan was sound. click here to subscribe to our newsletter", " click", gap+"click", 1)
		start, _ = s.Tail(in, Context{})
		assert.Equal(t, "click here to subscribe to our newsletter", in[start:], "%q", in)
	}
}

func TestTail(t *testing.T) {
	s := Default()
	for _, c := range tailCases {
		start, v := s.Tail(c.text, Context{})
		if c.keep == "" {
			assert.Zero(t, start, "%s: nothing to cut from %q, cut %q", c.lang, c.text, c.text[start:])
			continue
		}
		if !assert.NotZero(t, start, "%s: no promo found in %q", c.lang, c.text) {
			continue
		}
		assert.Equal(t, c.keep, strings.TrimSpace(c.text[:start]), c.text)
		assert.True(t, v.Spam, c.text)
		assert.Contains(t, v.Evidence, "glued-to-prose")
		// The cut is whole: what it leaves holds no promo of its own (a second pass over the
		// output cuts nothing more).
		again, _ := s.Tail(c.keep, Context{})
		assert.Zero(t, again, "%s: %q left a promo", c.lang, c.keep)
	}
}

// TestLeadFragment: after a promo removed just before it, the codes the splitter left at the
// start of the next sentence go; words in lower case, or no sentence after them, stop it.
func TestLeadFragment(t *testing.T) {
	s := Default()
	next := Context{NextToSpam: true}
	for _, c := range []leadCase{
		{"en", "GB 123 4567 89 The Court of Appeal upheld the sentence on Friday after a two-day hearing.",
			"The Court of Appeal upheld the sentence on Friday after a two-day hearing."},
		{"it", "IT 01234567890 – ROMA — Il governo ha approvato il decreto sulle bollette nella notte.",
			"ROMA — Il governo ha approvato il decreto sulle bollette nella notte."},
		{"en", "Mr Jones The Court of Appeal upheld the sentence on Friday after a two-day hearing.", ""},
		{"en", "GB 123 The Court", ""},
		{"de", "LEIPZIG — Auf dem Gelände des alten Güterbahnhofs entsteht ein neues Stadtquartier.", ""},
	} {
		end, v := s.Lead(c.text, next)
		if c.keep == "" {
			assert.Zero(t, end, c.text)
			continue
		}
		assert.Equal(t, c.keep, strings.TrimSpace(c.text[end:]), c.text)
		assert.True(t, v.Spam)
	}
	// Without a promo before it, nothing is cut.
	end, _ := s.Lead("GB 123 4567 89 The Court of Appeal upheld the sentence on Friday after a two-day hearing.", Context{})
	assert.Zero(t, end)
}

// TestProseBetween: the words between a promo and a site-furniture word far into the
// sentence read as prose when most of their fields open in lower case; a menu's items are
// capitalised.
func TestProseBetween(t *testing.T) {
	prose := "Leer más El Ayuntamiento aprobó ayer el presupuesto municipal para el próximo año."
	assert.True(t, proseBetween(prose, 2, 11), prose)
	menu := "Impressum Kontakt Karriere Leserreisen Mediadaten Wir über uns Kleinanzeigen Datenschutz"
	assert.False(t, proseBetween(menu, 1, 9), menu)
	// Only the fields of the words asked about count.
	assert.False(t, proseBetween("Kontakt Mediadaten Karriere und mehr über die Stadt", 0, 3))
	assert.True(t, proseBetween("Kontakt Mediadaten Karriere und mehr über die Stadt", 3, 7))
}

// TestReadAlsoBeforeCount: a related-link label glued before an article's sentence that
// opens on a count goes alone, the count and the sentence stay; other labels that a figure
// goes on with, and news that opens with a printer's dates, are not cut at the figure.
// Sentences written for the test.
func TestReadAlsoBeforeCount(t *testing.T) {
	s := Default()
	for _, tc := range []struct{ text, label string }{
		{"Read more 12 people were taken to hospital after the crash on the ring road on Sunday night.", "Read more"},
		{"Leggi anche 15 persone sono state portate in ospedale dopo lo scontro sulla tangenziale.", "Leggi anche"},
		{"Lesen Sie auch 12 Menschen wurden nach dem Unfall auf der Umgehungsstraße ins Krankenhaus gebracht.", "Lesen Sie auch"},
		{"Lees ook 12 mensen zijn naar het ziekenhuis gebracht na het ongeluk op de ringweg.", "Lees ook"},
	} {
		end, v := s.Lead(tc.text, Context{})
		assert.Equal(t, tc.label, tc.text[:end], "%+v", v)
	}
	for _, text := range []string{
		"Printed from 1901 to 1955, the paper was revived online by a group of former reporters last year.",
		"Free returns within 30 days The council approved the new budget for the harbour on Monday evening.",
	} {
		end, _ := s.Lead(text, Context{})
		rest := strings.TrimSpace(text[end:])
		assert.False(t, end > 0 && rest[0] >= '0' && rest[0] <= '9', "%q cut before its figure at %q", text, text[:end])
	}
}

// TestAlsoEndsLabel: "also" ends a related link's label, so a name after it opens the
// article's sentence and stays whole. Sentences written for the test.
func TestAlsoEndsLabel(t *testing.T) {
	s := Default()
	for _, tc := range []struct{ text, label string }{
		{"Leggi anche Marco Rossi è stato portato in ospedale dopo lo scontro sulla tangenziale.", "Leggi anche"},
		{"Lesen Sie auch Anna Berg wurde nach dem Unfall am Sonntagabend ins Krankenhaus gebracht.", "Lesen Sie auch"},
	} {
		end, v := s.Lead(tc.text, Context{})
		assert.Equal(t, tc.label, tc.text[:end], "%+v", v)
	}
}

// TestLeadClauseOpensAfterLabel: "despite" at a sentence's start (apesar, pese, ondanks, mimo)
// and a French question's inverted verb ("Faut-il") open the article's clause after a label,
// as "Despite" and "Malgré" do; after a preposition too, which no clause is the object of.
func TestLeadClauseOpensAfterLabel(t *testing.T) {
	s := Default()
	for _, c := range []leadCase{
		{"pt", "Apoie o Jornal do Norte Apesar da chuva, milhares de pessoas participaram na marcha pelo clima no sábado.",
			"Apesar da chuva, milhares de pessoas participaram na marcha pelo clima no sábado."},
		{"pl", "Wesprzyj Gazetę Miejską Mimo deszczu tysiące osób wzięły w sobotę udział w marszu klimatycznym w centrum miasta.",
			"Mimo deszczu tysiące osób wzięły w sobotę udział w marszu klimatycznym w centrum miasta."},
		{"fr", "Déjà abonné au Faut-il fermer la piscine municipale pendant tout l'hiver pour faire des économies ?",
			"Faut-il fermer la piscine municipale pendant tout l'hiver pour faire des économies ?"},
		// After a button that ends on its pronoun, an article or a preposition and a name in
		// title case, then a word of the clause in lower case: the article's sentence, not
		// the button's label going on ("Follow Us | On Facebook and Twitter").
		{"pt", "Inscreva-se A Polícia Federal prendeu nesta terça-feira três suspeitos de fraude em licitações no interior do estado.",
			"A Polícia Federal prendeu nesta terça-feira três suspeitos de fraude em licitações no interior do estado."},
		{"fr", "Abonnez-vous Pour Marie Dupont, maire de la commune, la fermeture du pont était inévitable depuis des mois.",
			"Pour Marie Dupont, maire de la commune, la fermeture du pont était inévitable depuis des mois."},
	} {
		h := lineLeadHosts[c.lang]
		if h[0] == "" {
			h = lineLeadHosts["en"]
		}
		doc := NewDoc([]string{h[0], c.text + " " + h[1], h[1]})
		end, v := s.Lead(c.text, Context{Doc: doc, Para: 1})
		if assert.NotZero(t, end, "%s: no label found in %q", c.lang, c.text) {
			assert.Equal(t, c.keep, strings.TrimSpace(c.text[end:]))
			assert.True(t, v.Spam)
		}
	}
	assert.True(t, frenchInversion("Va-t-elle"))
	assert.False(t, frenchInversion("Jean-Pierre"))
}
