package filter

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsclean/newsclean/spam"
)

// appealHosts are paragraphs of reporting, one per language, that the appeals of
// TestSpamStageAppeal are glued to.
var appealHosts = map[string]string{
	"en": "The county council approved the new budget on Tuesday after a six-hour debate, with spending on roads rising by eight per cent.",
	"de": "Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen, die Ausgaben für Straßen steigen um acht Prozent.",
	"fr": "Le conseil municipal a adopté mardi le nouveau budget après six heures de débat, les dépenses de voirie augmentant de huit pour cent.",
	"es": "El pleno municipal aprobó el martes el nuevo presupuesto tras seis horas de debate, con un aumento del ocho por ciento en carreteras.",
	"it": "Il consiglio comunale ha approvato martedì il nuovo bilancio dopo sei ore di dibattito, con un aumento dell'otto per cento per le strade.",
	"pt": "A câmara municipal aprovou na terça-feira o novo orçamento após seis horas de debate, com um aumento de oito por cento para as estradas.",
	"nl": "De gemeenteraad heeft dinsdag na een debat van zes uur de nieuwe begroting goedgekeurd, met acht procent meer geld voor wegen.",
	"pl": "Rada miasta przyjęła we wtorek nowy budżet po sześciogodzinnej debacie, a wydatki na drogi wzrosną o osiem procent.",
}

// appealAfter are the paragraphs of reporting after the appeal.
var appealAfter = map[string]string{
	"en": "Opposition members said the plan did not go far enough and promised to table amendments when the assembly meets again next month.",
	"de": "Die Opposition kritisierte den Plan als unzureichend und kündigte Änderungsanträge für die nächste Sitzung im kommenden Monat an.",
	"fr": "L'opposition a jugé le plan insuffisant et a promis de déposer des amendements lors de la prochaine séance, le mois prochain.",
	"es": "La oposición consideró que el plan se queda corto y anunció enmiendas para la próxima sesión del pleno, el mes que viene.",
	"it": "L'opposizione ha giudicato il piano insufficiente e ha annunciato emendamenti per la prossima seduta del consiglio, il mese prossimo.",
	"pt": "A oposição considerou o plano insuficiente e anunciou emendas para a próxima sessão da câmara, no mês que vem.",
	"nl": "De oppositie vond het plan onvoldoende en kondigde amendementen aan voor de volgende raadsvergadering, volgende maand.",
	"pl": "Opozycja uznała plan za niewystarczający i zapowiedziała poprawki na kolejnej sesji rady w przyszłym miesiącu.",
}

// TestSpamStageAppeal: appeals, affiliate notes, paywall and newsletter boxes written for this
// test, a paragraph of several sentences of which only some carry a known phrase, go whole:
// as a paragraph of their own and glued to the end of a paragraph of reporting, whose text
// stays. The sentences between the phrases speak as the site to its reader.
func TestSpamStageAppeal(t *testing.T) {
	named := 0
	for _, tc := range []struct{ lang, text string }{
		{"en", "Support independent journalism. Our reporters work every day to bring you the stories that matter in your community. Every contribution, big or small, helps. Donate now."},
		{"en", "Create a free account to keep reading. It only takes a minute and you will get access to our full archive. Already have an account? Log in."},
		{"en", "Our reporters work every day to bring you the news from your town. Subscribe today Already a subscriber? Log in"},
		{"de", "Verpassen Sie keine Nachrichten mehr. Wir schicken Ihnen jeden Morgen das Wichtigste aus der Region. Jetzt Newsletter abonnieren."},
		{"de", "Unsere Redaktion arbeitet jeden Tag für Sie. Jetzt unterstützen"},
		{"fr", "Ne manquez rien de l'actualité. Recevez chaque matin notre sélection dans votre boîte mail. Inscrivez-vous à notre newsletter."},
		{"es", "Apoya el periodismo independiente. Nuestra redacción trabaja cada día para informarte. Cada aportación cuenta. Dona ahora."},
		{"it", "Sostieni il giornalismo indipendente. La nostra redazione lavora ogni giorno per informarti. Ogni contributo conta. Dona ora."},
		{"pt", "Apoie o jornalismo independente. A nossa redação trabalha todos os dias para informar você. Cada contribuição conta. Doe agora."},
		{"nl", "Steun onafhankelijke journalistiek. Onze redactie werkt elke dag om jou te informeren. Elke bijdrage helpt. Doneer nu."},
		{"de", "Testen Sie unser Premium-Angebot 30 Tage gratis. Sie erhalten unbegrenzten Zugriff auf alle unsere Artikel. Jederzeit kündbar."},
		{"fr", "Essayez notre offre premium gratuitement pendant 30 jours. Vous aurez un accès illimité à tous nos articles. Sans engagement."},
		{"it", "Questo articolo è riservato agli abbonati. Il nostro lavoro è possibile grazie a lettori come te. Abbonati da 1 euro al mese."},
		{"en", "Some links in this article are affiliate links. This means we may receive a small payment if you buy something. It never changes which products we recommend."},
		{"es", "Suscríbete ahora. Te enviamos cada mañana las noticias más importantes de nuestra redacción."},
		{"nl", "Sommige links op deze pagina zijn affiliate links. Dat betekent dat wij een kleine vergoeding kunnen krijgen als je iets koopt. Dat verandert niets aan onze keuzes."},
		{"pl", "Wesprzyj niezależne dziennikarstwo. Nasza redakcja pracuje codziennie, aby dostarczać Ci rzetelne informacje. Każda wpłata się liczy. Wpłać teraz."},
	} {
		host, after := appealHosts[tc.lang], appealAfter[tc.lang]
		for _, in := range []string{
			host + "\n\n" + tc.text + "\n\n" + after,
			host + " " + tc.text + "\n\n" + after,
		} {
			res := Clean(in)
			checkInvariants(t, in, res)
			for s := range strings.SplitSeq(tc.text, ". ") {
				assert.NotContains(t, res.Text, strings.TrimSuffix(s, "."), "%s\n%+v", in, res.Removed)
			}
			assert.Contains(t, res.Text, host)
			assert.Contains(t, res.Text, after)
			if slices.ContainsFunc(byStage(res, StageSpam), func(r Removal) bool {
				return slices.Contains(r.Evidence, spam.AppealEvidence)
			}) {
				named++
			}
			assert.Equal(t, res.Text, Clean(res.Text).Text, "a second pass changes nothing")
		}
	}
	// Some appeals go whole on their phrases alone; most need the rule, which is named.
	assert.GreaterOrEqual(t, named, 14)
}

// TestSpamStageAppealNewsVoice: reporting that speaks of donations, paywalls, affiliate
// links and newsletters, in the first person of a newsroom or the second person of service
// journalism, stays when a promo is glued to it or sits next to it: only the promo goes. The
// voice of the site that makes a paragraph an appeal is "we" and "you" together, about the
// things appeals speak of, outside quotations and reported speech.
func TestSpamStageAppealNewsVoice(t *testing.T) {
	promos := map[string]string{
		"en": "Sign up for our newsletter.", "de": "Jetzt Newsletter abonnieren.", "fr": "Inscrivez-vous à notre newsletter.",
		"es": "Suscríbete a nuestro boletín.", "it": "Iscriviti alla nostra newsletter.", "pt": "Assine a nossa newsletter.",
		"nl": "Schrijf je in voor onze nieuwsbrief.", "pl": "Zapisz się do naszego newslettera.",
	}
	for _, tc := range []struct{ lang, text string }{
		// Quotations and reported speech of an organisation that asks for money.
		{"en", `The charity said: "Every donation helps us reach more families." It has raised £2m since the appeal opened in March.`},
		{"en", "We asked the ministry how many families had applied for support. A spokesman told us the figures would be published next month."},
		// Service journalism: the reader addressed, the site silent.
		{"en", "If you rent in the city, you should check your contract now. You can ask the council to review your lease for free."},
		// A newsroom speaking of its own work to its readers, in reporting.
		{"en", "We asked you, our readers, what worries you most about the election. More than 2,000 of you answered our survey."},
		{"en", "We tested the paywalls of ten newspapers. Most let you read three free articles a month before they ask you to subscribe."},
		{"fr", "Nous avons testé dix sites d'information : la plupart vous demandent de vous abonner après trois articles."},
		{"nl", "Wij testten tien nieuwssites: de meeste vragen je na drie artikelen om een abonnement."},
		{"en", "If you are affected by the strike, you can claim a refund. Our consumer team has checked the rules for you."},
		// A columnist's imperative.
		{"en", "Consider the numbers: local papers lost half of their subscribers in a decade."},
		// An open letter in the first person plural.
		{"fr", "Nous tous, membres de l'orchestre, nous ne pouvons accepter que notre ensemble soit sacrifié au nom d'économies de court terme."},
		{"fr", "Nous avons interrogé le ministère sur le nombre de demandes d'aide. Une porte-parole nous a indiqué que les chiffres seraient publiés en mai."},
		{"de", "Wir erklären Ihnen, was hinter dem Wetterphänomen steckt und wie die Prognose für das Wochenende ausfällt."},
		{"de", "Die Stiftung erklärte: „Jede Spende hilft uns, mehr Familien zu erreichen.“ Bislang seien zwei Millionen Euro zusammengekommen."},
		{"es", "Preguntamos al ministerio cuántas solicitudes de ayuda se habían presentado. Una portavoz nos dijo que las cifras se publicarán en mayo."},
		{"es", "Si usted vive en la zona inundable, debe inscribirse en el registro municipal antes del viernes, según el ayuntamiento."},
		{"it", "Abbiamo chiesto al ministero quante domande fossero arrivate. Una portavoce ci ha detto che i dati saranno pubblicati a maggio."},
		{"pt", "Perguntamos ao ministério quantos pedidos de apoio foram feitos. Uma porta-voz nos disse que os números serão divulgados em maio."},
		{"nl", "Wij vroegen het ministerie hoeveel aanvragen er zijn binnengekomen. Een woordvoerder zei dat de cijfers in mei worden gepubliceerd."},
		{"pl", "Zapytaliśmy ministerstwo, ile wniosków o wsparcie wpłynęło. Rzeczniczka powiedziała nam, że dane zostaną opublikowane w maju."},
	} {
		promo := promos[tc.lang]
		for _, in := range []string{
			appealHosts[tc.lang] + "\n\n" + tc.text + " " + promo + "\n\n" + appealAfter[tc.lang],
			appealHosts[tc.lang] + "\n\n" + tc.text + "\n\n" + promo + "\n\n" + appealAfter[tc.lang],
		} {
			res := Clean(in)
			checkInvariants(t, in, res)
			assert.Contains(t, res.Text, tc.text, "%+v", res.Removed)
			assert.NotContains(t, res.Text, promo, "%+v", res.Removed)
		}
	}
	// A newsroom's findings after a reporter's sentence that holds a phrase (whether that
	// one stays is the scorer's call): the findings stay, whatever follows.
	for _, tc := range []struct{ lang, phrase, findings string }{
		{"en", "Retailers pay bloggers a commission when readers buy through affiliate links.", "We found that you often pay more for the same product."},
		{"de", "Händler zahlen Bloggern eine Provision für Affiliate-Links.", "Wir haben für diesen Bericht nachgerechnet, und Sie zahlen dabei oft deutlich mehr als im Laden."},
		{"fr", "Les marchands versent une commission aux blogueurs via des liens affiliés.", "Nous avons fait le calcul : vous payez souvent plus cher."},
	} {
		promo := promos[tc.lang]
		text := tc.phrase + " " + tc.findings
		for _, in := range []string{
			appealHosts[tc.lang] + "\n\n" + text + " " + promo + "\n\n" + appealAfter[tc.lang],
			appealHosts[tc.lang] + "\n\n" + text + "\n\n" + promo + "\n\n" + appealAfter[tc.lang],
			appealHosts[tc.lang] + " " + text + "\n\n" + appealAfter[tc.lang],
		} {
			res := Clean(in)
			checkInvariants(t, in, res)
			assert.Contains(t, res.Text, tc.findings, "%+v", res.Removed)
		}
	}
}
