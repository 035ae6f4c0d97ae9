package filter

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSpamStage runs the spam stage on an article written for this test: boilerplate as lines
// of their own, glued to the end and the start of paragraphs, a two-sentence appeal, a run of
// share buttons; and prose that must stay: a subheading, a quoted call to action, a paragraph
// about a newsletter, a capitalised dateline.
func TestSpamStage(t *testing.T) {
	paras := []string{
		"BERLIN — Der Senat hat am Dienstag beschlossen, die Ringbahn ab dem kommenden Jahr im Fünf-Minuten-Takt fahren zu lassen. Die Kosten von rund 40 Millionen Euro teilen sich Bund und Land.",
		"Lesen Sie auch: Warum die S-Bahn im Winter so oft ausfällt",
		"Der Fahrgastverband begrüßte die Entscheidung, forderte aber zugleich mehr Personal in den Stellwerken. „Ohne Fahrdienstleiter fährt kein Zug“, sagte ein Sprecher. Folgen Sie uns auf Instagram",
		"Die Reaktionen",
		"Die Opposition sprach von einem Wahlgeschenk und verwies auf Werbeplakate mit dem Slogan „Jetzt einsteigen, jetzt sparen“, die der Senat schon vor Wochen in Auftrag gegeben habe.",
		"Teilen",
		"Facebook X WhatsApp E-Mail",
		"Die Verkehrsverwaltung verschickt seit Januar einen Newsletter an Pendlerinnen und Pendler, in dem sie über Baustellen informiert. Nach eigenen Angaben haben ihn 12.000 Menschen abonniert.",
		"Unabhängiger Journalismus kostet Geld. Unterstützen Sie unsere Arbeit mit einer Spende.",
	}
	in := strings.Join(paras, "\n\n")
	res := Clean(in)
	checkInvariants(t, in, res)

	var removed []string
	for _, r := range byStage(res, StageSpam) {
		removed = append(removed, r.Text)
		assert.NotEmpty(t, r.Reason, r.Text)
		require.NotEmpty(t, r.Evidence, r.Text)
		assert.True(t, strings.HasPrefix(r.Evidence[0], "score="), r.Evidence)
	}
	for _, want := range []string{
		"Lesen Sie auch: Warum die S-Bahn im Winter so oft ausfällt",
		"Folgen Sie uns auf Instagram",
		"Teilen",
		"Facebook X WhatsApp E-Mail",
	} {
		assert.Contains(t, removed, want)
	}
	assert.NotContains(t, res.Text, "Unterstützen Sie unsere Arbeit", "the appeal goes")
	for _, keep := range []string{
		"BERLIN — Der Senat hat am Dienstag beschlossen",
		"„Ohne Fahrdienstleiter fährt kein Zug“, sagte ein Sprecher.",
		"Die Reaktionen",
		"„Jetzt einsteigen, jetzt sparen“",
		"verschickt seit Januar einen Newsletter",
		"haben ihn 12.000 Menschen abonniert.",
	} {
		assert.Contains(t, res.Text, keep)
	}
}

// TestSpamStageSeedClean: nothing of the clean seed article is spam.
func TestSpamStageSeedClean(t *testing.T) {
	in := readSeed(t, "004_2a41b725c6094cd7.txt")
	assert.Empty(t, byStage(Clean(in), StageSpam))
}

// TestSpamStageLeadCut: a promo glued to the start of a sentence without a full stop loses
// only the promo, reported with its exact bytes; the sentence it is glued to stays, in a
// paragraph of one sentence as in a longer one, and a second pass changes nothing.
func TestSpamStageLeadCut(t *testing.T) {
	paras := []string{
		"VALENCIA — El puerto de Valencia movió el año pasado 5,1 millones de contenedores, un 4 % más que el año anterior, según la memoria anual de la autoridad portuaria.",
		"Síguenos en Instagram y Facebook para no perderte nada El consejo de administración aprobó además una inversión de 300 millones en la nueva terminal norte. Las obras empezarán en otoño.",
		"Únete a nuestro canal de WhatsApp Los estibadores, por su parte, reclaman que la ampliación venga acompañada de nuevas contrataciones.",
		"La terminal norte podrá recibir los mayores portacontenedores del mundo a partir de 2028, según el calendario presentado por la presidenta del puerto.",
	}
	in := strings.Join(paras, "\n\n")
	res := Clean(in)
	checkInvariants(t, in, res)
	var cut []string
	for _, r := range byStage(res, StageSpam) {
		cut = append(cut, r.Text)
		assert.Equal(t, in[r.Start:r.End], r.Text)
		assert.Contains(t, r.Evidence, "glued-to-prose", r.Text)
	}
	assert.Equal(t, []string{
		"Síguenos en Instagram y Facebook para no perderte nada",
		"Únete a nuestro canal de WhatsApp",
	}, cut)
	for _, keep := range []string{
		"El consejo de administración aprobó además una inversión de 300 millones en la nueva terminal norte. Las obras empezarán en otoño.",
		"\n\nLos estibadores, por su parte, reclaman que la ampliación venga acompañada de nuevas contrataciones.",
		paras[0], paras[3],
	} {
		assert.Contains(t, res.Text, keep)
	}
	assert.Equal(t, res.Text, Clean(res.Text).Text, "a second pass changes nothing")
}

// TestSpamStageTeaserAndTail: a short teaser question opening a paragraph goes with the promo
// glued after it; a promo after a full stop the splitter does not break on (it starts in lower
// case) is cut from the end of the sentence. Paragraphs that open with a question of their
// own, with a promo phrase nowhere near, stay whole.
func TestSpamStageTeaserAndTail(t *testing.T) {
	paras := []string{
		"Need cash fast? Get a loan of up to $5,000 today, even with bad credit! The city council approved the new budget on Tuesday after a six-hour debate. Spending on roads rises by 8 per cent.",
		"Who pays for the new bridge? The council said the cost would be shared with the regional government, which has already set aside 12 million euros. Work should start in spring.",
		"The bridge will stay closed to lorries until the repairs are finished, the council said. click here to subscribe to our newsletter",
		"She said the decision came too late for many families. Subscribe to our newsletter!",
		"Shop owners on the high street said the closure had cost them a third of their customers. ✅ Trade crypto with just $100 and earn returns of up to 300% with our trading bot",
		"The reviewers tried every model on sale this year, and these are the ones they would buy: Subscribe now!",
	}
	checkSpamCuts(t, paras, "Need cash fast?|Get a loan of up to $5,000 today, even with bad credit!|click here to subscribe to our newsletter|Subscribe to our newsletter!|✅ Trade crypto with just $100 and earn returns of up to 300% with our trading bot|Subscribe now!|",
		"The city council approved the new budget on Tuesday after a six-hour debate.",
		paras[1],
		"The bridge will stay closed to lorries until the repairs are finished, the council said.",
		"She said the decision came too late for many families.", // a short sentence before a promo stays
		"Shop owners on the high street said the closure had cost them a third of their customers.",
		"these are the ones they would buy:", // no full stop before the promo: cut all the same
	)
}

// checkSpamCuts cleans the paragraphs as one document and checks the spam removals, joined
// with "|" after each, the kept pieces of text, the invariants and idempotence.
func checkSpamCuts(t *testing.T, paras []string, want string, keep ...string) {
	t.Helper()
	in := strings.Join(paras, "\n\n")
	res := Clean(in)
	checkInvariants(t, in, res)
	cut := ""
	for _, r := range byStage(res, StageSpam) {
		cut += r.Text + "|"
	}
	assert.Equal(t, want, cut)
	for _, k := range keep {
		assert.Contains(t, res.Text, k)
	}
	assert.Equal(t, res.Text, Clean(res.Text).Text, "a second pass changes nothing")
}

// TestSpamStageGluedRuns: boilerplate glued to the end of a paragraph in several pieces goes
// whole (a name between two pieces of a footer, a teaser that speaks to the reader before a
// promo), and the article's own sentence before it stays, even when it is about a topic ads
// are about too, as long as what follows it sells nothing.
func TestSpamStageGluedRuns(t *testing.T) {
	paras := []string{
		"The regional bus company sold more than 120,000 monthly passes last year, a third of them to people who had rarely taken a bus before. © 2023 Northern Valley Broadcasting. Valley Media Group. All Rights Reserved.",
		"Die Stadtwerke wollen bis 2030 alle Dächer der Schulen mit Solaranlagen ausstatten, sagte der Bürgermeister am Montag. Du interessierst dich für Energie? Folge uns auf Facebook und Instagram.",
		"Bitcoin lost a tenth of its value on Tuesday, its steepest fall since March, as traders fled risky assets. Subscribe to our newsletter!",
		// After a colon, no full stop: the footer's © and year start the cut, its holder's
		// name goes with them.
		"Here are the five kettles we tested in our kitchen over three weeks, from the cheapest to the dearest: © 2024 Hillside Publishing Group. Hillside Media. All rights reserved.",
	}
	checkSpamCuts(t, paras, "© 2023 Northern Valley Broadcasting. Valley Media Group. All Rights Reserved.|Du interessierst dich für Energie? Folge uns auf Facebook und Instagram.|Subscribe to our newsletter!|© 2024 Hillside Publishing Group.|Hillside Media.|All rights reserved.|",
		"The regional bus company sold more than 120,000 monthly passes last year, a third of them to people who had rarely taken a bus before.",
		"Die Stadtwerke wollen bis 2030 alle Dächer der Schulen mit Solaranlagen ausstatten, sagte der Bürgermeister am Montag.",
		"Bitcoin lost a tenth of its value on Tuesday, its steepest fall since March, as traders fled risky assets.",
		"Here are the five kettles we tested in our kitchen over three weeks, from the cheapest to the dearest:",
	)
}

// TestSpamStageFooterBeforeOneSentence: a footer glued to the start of a paragraph of one
// long sentence goes whole, the holder's name between its pieces with it.
func TestSpamStageFooterBeforeOneSentence(t *testing.T) {
	sentence := "The regional bus company sold more than 120,000 monthly passes last year, a third of them to people who had rarely taken a bus before the fares were cut."
	paras := []string{
		"Ridership on the valley's buses has grown for the third year running.",
		"Copyright 2019 - 2024 Northern Valley Broadcasting. Valley Media Group (Northern Valley Holdings). All rights reserved. " + sentence,
		"The company expects the growth to continue next year.",
	}
	checkSpamCuts(t, paras, "Copyright 2019 - 2024 Northern Valley Broadcasting. Valley Media Group (Northern Valley Holdings). All rights reserved.|", sentence)
}

// TestSpamStageNameBeforeCopyright: a publisher's name opening the paragraph right before its
// copyright line goes with it ("Grupo Editorial X. | Todos los derechos reservados. | El
// gobierno …"); a dateline before a sentence of news stays.
func TestSpamStageNameBeforeCopyright(t *testing.T) {
	article := "El gobierno anunció ayer un nuevo plan de vivienda para los jóvenes de la provincia. La oposición lo criticó por insuficiente."
	paras := []string{
		"El pleno municipal se reunió el martes por la noche para debatir el nuevo presupuesto.",
		"Grupo Editorial del Litoral. Todos los derechos reservados. " + article,
		"La próxima sesión del pleno está prevista para el mes que viene, informó un portavoz.",
	}
	checkSpamCuts(t, paras, "Grupo Editorial del Litoral. Todos los derechos reservados.|", article)
	paras[1] = "Puerto Alto, 3 de marzo. " + article
	checkSpamCuts(t, paras, "", paras[1])
}

// TestSpamStageNewsVoice: a sentence of reporting that holds one boilerplate phrase ("No
// comment", "download the app", "read more", "code promo") stays, between paragraphs of prose:
// such phrases are anchored to a whole line or weigh too little alone.
func TestSpamStageNewsVoice(t *testing.T) {
	before := "The regional council met on Tuesday to discuss the budget for the coming year, which includes new money for schools and roads across the province."
	after := "Opposition members said the plan did not go far enough and promised to table amendments when the assembly meets again next month in the capital."
	for _, s := range []string{
		"No comments yet from the ministry, which was contacted on Monday.",
		"He urged residents to make a donation to the flood relief fund run by the Red Cross.",
		"Prices may vary between regions, the energy regulator warned on Tuesday.",
		"The report was produced in partnership with two universities and the city council.",
		"The terms and conditions of the new loan scheme were published by the treasury on Friday.",
		"Nessun commento, ha detto il portavoce ai giornalisti all'uscita del tribunale.",
		"Sin comentarios, dijo el portavoz del club a la salida del juzgado.",
		"Siga nos próximos dias a votação no Senado sobre a reforma tributária.",
		"Le code promo distribué par la mairie a été utilisé par plus de 3 000 familles.",
		"Aucun commentaire n'a été fait par la préfecture sur l'incident de samedi.",
		"Każda złotówka trafi do szpitala dziecięcego, zapewniają organizatorzy zbiórki.",
		"The minister asked families to download the app to receive flood warnings on their phones.",
	} {
		in := before + "\n\n" + s + "\n\n" + after
		res := Clean(in)
		checkInvariants(t, in, res)
		assert.Contains(t, res.Text, s, "%+v", res.Removed)
	}
	// The site's own voice keeps them boilerplate.
	res := Clean(before + "\n\nDownload the app to get our breaking news alerts on your phone.\n\n" + after)
	assert.NotContains(t, res.Text, "Download the app")
}

// TestLabelRun: a "read also" label goes with the headline after it, and a copyright line
// with the fragments of its footer, which the splitter took for sentences of their own, on a
// line of their own or glued to the end of a paragraph; a sentence of prose after the label
// ends with a full stop and stays.
func TestLabelRun(t *testing.T) {
	fr := "Le conseil municipal a adopté mardi soir le budget de la ville pour l'année prochaine, après un débat de plus de quatre heures marqué par les critiques de l'opposition."
	frAfter := "Les travaux de rénovation de la piscine municipale commenceront au printemps et devraient durer environ dix-huit mois selon la mairie."
	checkSpamCuts(t, []string{fr, "Lire aussi : Solidarité. Une entreprise de transport offre 3 500 masques à l'hôpital de la ville", frAfter},
		"Lire aussi : Solidarité. Une entreprise de transport offre 3 500 masques à l'hôpital de la ville|", fr, frAfter)
	checkSpamCuts(t, []string{fr + " Voir aussi. ENTRETIEN. « Nous ne céderons pas » : le maire répond à ses opposants", frAfter},
		"Voir aussi. ENTRETIEN. « Nous ne céderons pas » : le maire répond à ses opposants|", fr, frAfter)
	de := "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen, nach einer mehr als vierstündigen Debatte mit scharfer Kritik der Opposition."
	deAfter := "Die Sanierung des Hallenbads soll im Frühjahr beginnen und nach Angaben der Stadt rund achtzehn Monate dauern."
	checkSpamCuts(t, []string{de + " Lesen Sie auch: Verkehr. Warum die neue Brücke erst 2031 fertig wird", deAfter},
		"Lesen Sie auch: Verkehr. Warum die neue Brücke erst 2031 fertig wird|", de, deAfter)
	// A footer's address after its copyright line goes with it; a sentence of the article
	// that runs into the copyright line without a full stop keeps its words.
	es := "El ayuntamiento aprobó el martes el presupuesto municipal para el próximo año tras un debate de más de cuatro horas con críticas de la oposición."
	esAfter := "Las obras de la piscina municipal comenzarán en primavera y durarán unos dieciocho meses, según el consistorio."
	checkSpamCuts(t, []string{es + " © 2024 Editorial Ribera. Calle Mayor 12, bajo. 46001 Valencia. España.", esAfter},
		"© 2024 Editorial Ribera. Calle Mayor 12, bajo. 46001 Valencia. España.|", es, esAfter)
	checkSpamCuts(t, []string{"El ayuntamiento aprobó el martes el presupuesto municipal tras un debate de más de cuatro horas © 2024 Editorial Ribera — Todos los derechos reservados. Prohibida su reproducción total o parcial.", esAfter},
		"© 2024 Editorial Ribera — Todos los derechos reservados.|Prohibida su reproducción total o parcial.|", "El ayuntamiento aprobó el martes el presupuesto municipal tras un debate de más de cuatro horas", esAfter)
	// Prose after the label: the label's sentence may go, the article's sentence stays.
	in := fr + "\n\nVoir aussi : le rapport. La Cour des comptes a publié son rapport annuel mardi matin à Paris.\n\n" + frAfter
	res := Clean(in)
	checkInvariants(t, in, res)
	assert.Contains(t, res.Text, "La Cour des comptes a publié son rapport annuel mardi matin à Paris.")
}

// A promo glued to the start of a paragraph's first sentence with no break the scorer can cut
// at ("… el 1er mes | Hay una nueva …"): the sentence has evidence only at one end of the
// article's words, and the paragraph is no box whose every sentence carries some. It stays,
// promo and all: when in doubt, keep. The paragraphs are written for this test.
func TestPromoOnFirstSentenceKeepsParagraph(t *testing.T) {
	// promo, the article's first sentence glued to it, the article's second sentence.
	for lang, p := range map[string][3]string{
		"es": {"Suscríbete por $500 el 1er mes", "Hay una nueva línea de autobuses que promete unir el puerto con el aeropuerto en veinte minutos.",
			"Los vecinos dudan de que los horarios se cumplan en hora punta."},
		"it": {"Abbonati a 1 euro al mese per il primo anno", "C'è una nuova linea di autobus che promette di collegare il porto all'aeroporto in venti minuti.",
			"I residenti dubitano che gli orari vengano rispettati nelle ore di punta."},
	} {
		h := newsVoiceHosts[lang]
		out := gluedWords(Clean(h[0] + "\n\n" + p[0] + " " + p[1] + " " + p[2] + "\n\n" + h[2]).Text)
		assert.Contains(t, out, gluedWords(p[1]+" "+p[2]), "%s: the article's sentences", lang)
	}
}

// TestSpamStageLabelBeforeOneSentence: a related link's label glued to a paragraph's one
// sentence, short enough that the whole is spam, goes alone when the rest is a sentence of
// the article; a box's label before a colon takes its sentence with it. Written for the test.
func TestSpamStageLabelBeforeOneSentence(t *testing.T) {
	first := "Radni spotkali się w poniedziałek, aby omówić budżet miasta na przyszły rok."
	last := "Posiedzenie zakończyło się tuż przed północą bez głosowania nad nowymi przepisami."
	for _, tc := range []struct{ para, gone, kept string }{
		{"Czytaj także Anna Nowak trafiła do szpitala po wypadku na obwodnicy w niedzielę wieczorem.",
			"Czytaj także", "Anna Nowak trafiła do szpitala po wypadku na obwodnicy w niedzielę wieczorem."},
		{"Zobacz też 12 osób trafiło do szpitala po wypadku na obwodnicy w niedzielę wieczorem.",
			"Zobacz też", "12 osób trafiło do szpitala po wypadku na obwodnicy w niedzielę wieczorem."},
	} {
		in := first + "\n\n" + tc.para + "\n\n" + last + "\n"
		res := Clean(in)
		checkInvariants(t, in, res)
		assert.Contains(t, res.Text, tc.kept)
		assert.NotContains(t, res.Text, tc.gone)
	}
	box := "Over de auteur: Jan Smit schrijft sinds 2010 over sport en cultuur voor de krant."
	in := "De gemeenteraad vergaderde maandag over de begroting voor volgend jaar.\n\n" + box +
		"\n\nDe vergadering eindigde kort voor middernacht zonder stemming.\n"
	res := Clean(in)
	checkInvariants(t, in, res)
	assert.NotContains(t, res.Text, "Jan Smit schrijft", "the box goes with its label")
}

// TestSpamStageLabelBeforeShortSentence: a label glued to a paragraph whose first sentence is
// short ("She was not alone.") takes only itself; the sentence is too short for Lead to read
// it as the article's alone, and went with the label or kept it. Not a word of site furniture
// alone, which opens names too, nor before the speaker a sentence ends on, nor before a short
// sentence of the promo's own: an exclamation.
func TestSpamStageLabelBeforeShortSentence(t *testing.T) {
	around := map[string][2]string{
		"en": {"The council met on Monday evening to discuss the budget for next year.",
			"The meeting ended shortly before midnight without a vote on the new rules."},
		"fr": {"Le conseil municipal s'est réuni lundi soir pour discuter du budget de l'année prochaine.",
			"La séance s'est terminée peu avant minuit sans vote sur les nouvelles règles."},
		"es": {"El pleno municipal se reunió el lunes por la noche para debatir el presupuesto del próximo año.",
			"La sesión terminó poco antes de la medianoche sin votar las nuevas normas."},
		"nl": {"De gemeenteraad kwam maandagavond bijeen om de begroting voor volgend jaar te bespreken.",
			"De vergadering eindigde kort voor middernacht zonder stemming over de nieuwe regels."},
		"de": {"Der Stadtrat hat am Montagabend über den Haushalt für das kommende Jahr beraten.",
			"Die Sitzung endete kurz vor Mitternacht ohne Abstimmung über die neuen Regeln."},
	}
	for _, tc := range []struct{ lang, para, kept, gone string }{
		{"en", "Comments (4) She was not alone. Dozens of residents joined the protest outside the town hall on Saturday morning, holding banners.",
			"She was not alone.", "Comments (4)"},
		{"en", "Share this story Nobody saw it coming. The river rose by almost two metres overnight and flooded the lower part of the village.",
			"Nobody saw it coming.", "Share this story"},
		{"fr", "Suivez-nous sur Facebook Personne ne s'y attendait. Le club a annoncé le départ de son entraîneur à quelques jours seulement du début de la saison.",
			"Personne ne s'y attendait.", "Suivez-nous sur Facebook"},
		{"es", "Compartir en WhatsApp Nadie lo esperaba. El ayuntamiento anunció el cierre del mercado municipal durante tres meses por obras de reforma.",
			"Nadie lo esperaba.", "Compartir en WhatsApp"},
		// A word of site furniture opens a name.
		{"en", "Premium Bonds paid out less. According to the finance officer, most of the money will go to resurfacing streets downtown.",
			"Premium Bonds paid out less.", ""},
		// The sentence ends on who gives the advice.
		{"nl", "Bekijk de actuele verkeersinformatie voor vertrek, adviseert Rijkswaterstaat voor het lange weekend. De drukte begint donderdagmiddag al rond drie uur.",
			"Bekijk de actuele verkeersinformatie voor vertrek, adviseert Rijkswaterstaat", ""},
		// An exclamation after the promo is the promo's.
		{"de", "Jetzt abonnieren Nur 1 Euro im Monat! Die Stadt hat am Montag den Bau der neuen Brücke beschlossen, die Kosten liegen bei zwölf Millionen Euro.",
			"Die Stadt hat am Montag", "Nur 1 Euro im Monat!"},
	} {
		in := around[tc.lang][0] + "\n\n" + tc.para + "\n\n" + around[tc.lang][1] + "\n"
		res := Clean(in)
		checkInvariants(t, in, res)
		assert.Contains(t, res.Text, tc.kept, tc.lang)
		if tc.gone != "" {
			assert.NotContains(t, res.Text, tc.gone, tc.lang)
		}
	}
}

// TestSpamStageOpeningBoxRun: a box glued to a paragraph's start that the splitter cut into
// sentences loses its rest too, the sentences after its opening that lean towards boilerplate
// word after word, when the article's sentences follow; a sentence of news after a promo stays.
func TestSpamStageOpeningBoxRun(t *testing.T) {
	first := "Der Stadtrat hat am Montagabend über den Haushalt für das kommende Jahr beraten."
	last := "Die Sitzung endete kurz vor Mitternacht ohne Abstimmung über die neuen Regeln."
	article := "Die Stadt will im kommenden Jahr rund zwölf Millionen Euro in die Sanierung der Schulen stecken. Die Opposition hält das für zu wenig."
	box := "Noch kein Konto? Dann gehen Sie oben rechts auf „Registrieren“ und tragen Sie dort Ihre Daten ein."
	in := first + "\n\n" + box + " " + article + "\n\n" + last + "\n"
	res := Clean(in)
	checkInvariants(t, in, res)
	assert.NotContains(t, res.Text, "Ihre Daten ein", "the rest of the box")
	assert.Contains(t, res.Text, article)

	news := "Instagram hat nach eigenen Angaben in Deutschland mehr als 30 Millionen Nutzer, die meisten davon unter 35 Jahren. Der Konzern will nun die Werbung ausbauen."
	in = first + "\n\nFolgen Sie uns auf Instagram. " + news + "\n\n" + last + "\n"
	res = Clean(in)
	checkInvariants(t, in, res)
	assert.NotContains(t, res.Text, "Folgen Sie uns")
	assert.Contains(t, res.Text, news)

	// The article's sentence after the box is one long quotation whose words, summed over its
	// length, lean towards boilerplate past the model's floor; a word at a time, not as a
	// box's do.
	quote := "«Seguimos aquí apoyando y acompañando todas las actividades del día a día, no solamente con los equipos que están en la calle sino también con los grupos de apoyo», dijo el comandante."
	cookies := "Este sitio utiliza cookies para mejorar su experiencia de navegación y elaborar estadísticas de uso. Así podemos ofrecerle contenidos y publicidad personalizados. Al continuar en la página, usted acepta nuestra política de cookies."
	in = "Los comercios del centro tuvieron un fin de semana tranquilo.\n\n" + cookies + " " + quote + "\n\nLa fiesta terminó el domingo por la noche sin incidentes.\n"
	res = Clean(in)
	checkInvariants(t, in, res)
	assert.NotContains(t, res.Text, "publicidad personalizados", "the rest of the box")
	assert.Contains(t, res.Text, "tranquilo.\n\n"+quote)
}

// TestSpamStageDashStaysWithQuotation: a promo cut off the start of a paragraph whose
// sentence opens on a quotation's dash (Polish, Spanish, French write speech so) leaves the
// dash to the quotation.
func TestSpamStageDashStaysWithQuotation(t *testing.T) {
	first := "Radni spotkali się w poniedziałek, aby omówić budżet miasta na przyszły rok."
	last := "Posiedzenie zakończyło się tuż przed północą bez głosowania nad nowymi przepisami."
	quote := "– Nie zgodzimy się na żadne podwyżki opłat za wodę w przyszłym roku – powiedział burmistrz podczas sesji rady miasta."
	in := first + "\n\nUdostępnij na Facebooku – " + quote[len("– "):] + "\n\n" + last + "\n"
	res := Clean(in)
	checkInvariants(t, in, res)
	assert.NotContains(t, res.Text, "Udostępnij")
	assert.Contains(t, res.Text, quote)
}

// TestSpamStageReaderAsideAfterBox: after a box's opening sentence glued to a paragraph's
// start, a short sentence of the box that goes on speaking to the reader about the service
// goes with it; a feature's opening that speaks to its reader about the news stays, as does
// a question, a quotation or a sentence with a colon.
func TestSpamStageReaderAsideAfterBox(t *testing.T) {
	first := "Der Stadtrat hat am Montagabend über den Haushalt für das kommende Jahr beraten."
	last := "Die Sitzung endete kurz vor Mitternacht ohne Abstimmung über die neuen Regeln."
	article := "Die Stadt will im kommenden Jahr rund zwölf Millionen Euro in die Sanierung der Schulen stecken. Die Opposition hält das für zu wenig."
	box := "Abonnieren Sie unseren Newsletter und verpassen Sie keine Nachrichten mehr."
	for _, c := range []struct {
		aside string
		gone  bool
	}{
		{"Du kannst dich jederzeit abmelden.", true},
		{"Abmelden können Sie sich jederzeit mit einem Klick.", true},
		{"Dein Arbeitsweg wird ab Montag länger, wenn du über die Brücke fährst.", false},
		{"Du hast es sicher schon gehört: Die Brücke ist gesperrt.", false},
		{"Kannst du dich noch an den letzten Winter erinnern?", false},
		{"„Ihr könnt euch jederzeit abmelden“, sagte der Verleger.", false},
	} {
		in := first + "\n\n" + box + " " + c.aside + " " + article + "\n\n" + last + "\n"
		res := Clean(in)
		checkInvariants(t, in, res)
		assert.NotContains(t, res.Text, box, c.aside)
		assert.Equal(t, c.gone, !strings.Contains(res.Text, c.aside), c.aside)
		assert.Contains(t, res.Text, article, c.aside)
	}
	// In the other languages, with their word for the reader.
	for _, c := range []struct{ before, box, aside, article string }{
		{"Shops on the high street reported a quiet weekend.",
			"Sign up for our morning newsletter and get the day's news in your inbox.", "We will only email you once a day.",
			"The city council voted on Tuesday to close the old bridge for repairs. Work is expected to take six months."},
		{"De winkels in het centrum meldden een rustig weekend.",
			"Schrijf je in voor onze nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws.", "Jouw gegevens delen we nooit met derden.",
			"De gemeenteraad heeft dinsdag besloten de oude brug te sluiten voor herstel. De werken duren zes maanden."},
		{"Los comercios del centro tuvieron un fin de semana tranquilo.",
			"Suscríbete a nuestro boletín y recibe las noticias más importantes cada mañana.", "Usted puede anular su suscripción en cualquier momento.",
			"El ayuntamiento votó el martes cerrar el viejo puente para repararlo. Las obras durarán seis meses."},
	} {
		in := c.before + "\n\n" + c.box + " " + c.aside + " " + c.article + "\n\n" + first + "\n"
		res := Clean(in)
		checkInvariants(t, in, res)
		assert.NotContains(t, res.Text, c.aside)
		assert.Contains(t, res.Text, c.before+"\n\n"+c.article)
	}
}
