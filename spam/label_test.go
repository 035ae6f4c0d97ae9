package spam

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// An article on a town's budget, with no word of money-making, betting or sharing in it: the
// paragraphs a label line is dropped between.
const (
	labelParaA = "The town council approved the new budget on Tuesday evening after a debate that lasted " +
		"more than four hours, with the opposition voting against the plan for the old harbour district."
	labelParaB = "Officials said the money would be spent over three years on roads, the library and two " +
		"primary schools, and that the first works should start in the spring if the weather allows it."
	labelParaC = "Residents who spoke at the meeting were divided: some welcomed the repairs, others said the " +
		"council had ignored their complaints about the bus service for far too long, and asked for a vote."
)

// scoreBetween scores unit as a paragraph of its own between the long paragraphs of an article.
func scoreBetween(unit string) Verdict {
	doc := NewDoc([]string{labelParaA, labelParaB, unit, labelParaC})
	return Default().ScoreIn(unit, Line, Context{Doc: doc, Para: 2})
}

// scoreGluedTail scores unit glued to the end of the middle paragraph of the article of
// scoreBetween.
func scoreGluedTail(unit string) Verdict {
	doc := NewDoc([]string{labelParaA, labelParaB + " " + unit, labelParaC})
	return Default().ScoreIn(unit, Glued, Context{Doc: doc, Para: 1, Tail: true})
}

// assertLinesGo asserts that every line of spam is spam as a paragraph of its own between the
// article's paragraphs (scoreBetween) and glued to the end of one (scoreGluedTail), and that
// every sentence of news is neither.
func assertLinesGo(t *testing.T, spam, news []string) {
	t.Helper()
	for _, l := range spam {
		assert.True(t, scoreBetween(l).Spam, "line %q", l)
		assert.True(t, scoreGluedTail(l).Spam, "glued %q", l)
	}
	for _, s := range news {
		assert.False(t, scoreBetween(s).Spam, "line %q", s)
		assert.False(t, scoreGluedTail(s).Spam, "glued %q", s)
	}
}

// scoreAsHeading scores heading as the subheading of the paragraph under it, in an article
// that begins with labelParaA.
func scoreAsHeading(heading, under string) Verdict {
	doc := NewDoc([]string{labelParaA, heading, under, labelParaC})
	return Default().ScoreIn(heading, Line, Context{Doc: doc, Para: 1})
}

// Label lines written for this test: the sections, offers and buttons of bookmakers, brokers,
// lenders and share widgets, in the eight languages, with no phrase strong enough alone.
var labelLines = []string{
	"Kryptowährungen",
	"Casino Bonus",
	"Sportwetten: Bonus & Vergleich",
	"Krypto-Broker Vergleich",
	"Crypto Signals",
	"Forex Brokers",
	"Top Casinos",
	"Criptovalute",
	"Scommesse Live",
	"Cryptomonnaies",
	"Pronostics",
	"Criptomonedas y Forex",
	"Casino Online",
	"Apostas Esportivas",
	"Criptomoedas",
	"Cryptomunten",
	"Kryptowaluty",
	"Chwilówki online",
	"Bonus x35",
	"Cuota 1.85",
	"Cote 3,20",
	"Stampa Premium",
	"<Sitename> auf Twitter",
}

func TestLabelLinesBetweenParagraphs(t *testing.T) {
	for _, l := range labelLines {
		v := scoreBetween(l)
		assert.True(t, v.Spam, "%q: %+v", l, v)
	}
	// The label-line evidence is what removes these: nothing else explains them.
	for _, l := range []string{"Kryptowährungen", "Cryptomunten", "Pronostics", "Crypto Signals"} {
		v := scoreBetween(l)
		assert.Contains(t, v.Evidence, "label-line", "%q", l)
	}
	// Alone, without a place in a document, a label of topic words is not enough.
	for _, l := range []string{"Kryptowährungen", "Criptomoedas", "Cryptomunten", "Pronostics", "Auf Instagram", "Ihre Videos"} {
		assert.False(t, Default().Score(l).Spam, "%q without context", l)
	}
}

// Subheadings written for this test, each above a paragraph that takes up its subject: crypto,
// betting, casinos, loans and trading are news too.
var labelHeadings = [][2]string{
	{"Crypto Winter", "Crypto prices fell for a third month as investors pulled money out of the largest tokens."},
	{"Bitcoin falls 5%", "The price of bitcoin dropped below its level of January after the announcement."},
	{"Casino Revenue Up 5%", "The casino reported higher revenue in the summer, helped by tourists from abroad."},
	{"Betting Odds", "The odds offered by bookmakers shifted sharply after the captain was injured in training."},
	{"Payday loans", "The watchdog said payday loans were still sold to people who could not repay them."},
	{"Die Wettquoten vor dem Finale", "Die Wettquoten sehen die Gastgeber vorn, doch die Trainer sind vorsichtig."},
	{"Kryptowährungen", "Kryptowährungen haben in diesem Jahr fast ein Drittel ihres Wertes verloren."},
	{"Sportwetten", "Sportwetten sind in Deutschland seit 2020 bundesweit erlaubt, sagte die Behörde."},
	{"Il nodo dei trasporti", "Il nodo dei trasporti resta irrisolto, con i pendolari costretti a lunghe attese."},
	{"Scommesse online", "Le scommesse online sulle partite di calcio sono cresciute del 12% rispetto al 2022."},
	{"Les paris sportifs en hausse", "Les paris sportifs ont progressé de 12 % l'an dernier, selon le régulateur."},
	{"Cryptomonnaies", "Les cryptomonnaies restent très volatiles, rappelle l'Autorité des marchés."},
	{"Criptomonedas", "Las criptomonedas perdieron un tercio de su valor en el último año."},
	{"Apostas Esportivas", "As apostas esportivas movimentaram bilhões no ano passado, segundo o governo."},
	{"Kasyno Online", "Kasyno online działa bez licencji, ustalili śledczy z Krakowa."},
	{"Gokken", "Gokken is sinds 2021 online legaal in Nederland, maar de regels worden strenger."},
	{"Kryptowährungen", "Der Bitcoin fiel am Montag um fünf Prozent, Ether sogar um acht Prozent."},
	{"Criptovalute", "Il bitcoin ha perso il 5% in una settimana, mentre ether ha tenuto."},
	{"Payday loans", "Lenders charged interest of up to 1,000% a year, the watchdog found."},
	{"Pronostics", "Les bookmakers voient la France gagner la finale face au Maroc."},
	{"Auf Instagram", "Auf Instagram folgen der Sängerin inzwischen mehr als zwei Millionen Menschen."},
}

func TestLabelLineKeepsHeadings(t *testing.T) {
	for _, h := range labelHeadings {
		v := scoreAsHeading(h[0], h[1])
		assert.False(t, v.Spam, "%q: %+v", h[0], v)
		assert.NotContains(t, v.Evidence, "label-line", "%q", h[0])
	}
	// A subheading in sentence case has a word of prose no rule explains: even dropped
	// between paragraphs it does not read as a label.
	for _, h := range []string{"Bitcoin falls 5%", "Crypto markets after the crash", "Krypto-Börse meldet Insolvenz an",
		"Die Wettquoten vor dem Finale", "Il nodo dei trasporti", "Bonus asili nido: importi e scadenze",
		"Le bitcoin chute de 5 %", "Las apuestas deportivas, en el punto de mira", "Apostas online: o que muda",
		"Kurs bitcoina spada o 5 proc.", "Gokken op internet groeit", "Casino Revenue Up 5%", "Crypto Winter",
		"Trader Charged", "Bonus Season", "Die Quote", "Die Quoten der Sender", "Quote rosa in Parlamento"} {
		assert.NotContains(t, scoreBetween(h).Evidence, "label-line", "%q", h)
	}
}

// News sentences written for this test that use the words of betting, trading and loan ads,
// their small print and ad-blocker walls in ordinary reporting: kept as a paragraph and as a sentence glued to
// the end of one.
var labelNewsVoice = []string{
	"Campaigners said the slogan play responsibly does little to protect problem gamblers.",
	"The firm warned investors that their capital is at risk whenever markets turn.",
	"Payday lenders will have to offer fast approval checks under the new rules, the watchdog said.",
	"Die Aufsichtsbehörde verbot Werbung mit einem Bonus bis zu 500 Euro für Neukunden.",
	"Kritiker sagen, der Hinweis verantwortungsvoll spielen komme in den Spots zu kurz.",
	"Secondo l'Agenzia, il gioco può creare dipendenza anche nei più giovani.",
	"L'association rappelle que jouer comporte des risques, surtout pour les jeunes.",
	"Le film est interdit aux moins de 18 ans en salles.",
	"La campaña de juego responsable llegó a 300 colegios.",
	"El Gobierno aprobó un bono de hasta 400 euros para jóvenes.",
	"A associação lembra que o jogo responsável deve começar em casa.",
	"A lei é clara: apenas para maiores de 18 anos, disse o ministro.",
	"Volgens de minister is het geen financieel advies maar een waarschuwing.",
	"Eksperci przypominają, że hazard uzależnia także młodych.",
	"Rzecznik przypomina, że obowiązuje regulamin konkursu ogłoszonego przez gminę.",
	"Minister podkreślił, że nie jest to porada finansowa, lecz ostrzeżenie.",
	"Publishers say your ad blocker costs them millions, the report claims.",
	"Customers were told to refresh the page and try again, the bank said.",
	"Selon l'étude, un lecteur sur trois utilise un bloqueur de publicité.",
	"Según el estudio, uno de cada tres lectores usa un bloqueador de anuncios.",
	"Segundo o estudo, um em cada três leitores usa um bloqueador de anúncios.",
	"Według badania co trzeci czytelnik korzysta z programu do blokowania reklam.",
	"El bono de 400 euros para jóvenes llegará en marzo.",
	"Consumentenorganisaties waarschuwen voor snel geld lenen.",
}

func TestLabelNewsVoiceKept(t *testing.T) {
	for _, s := range labelNewsVoice {
		assert.False(t, scoreBetween(s).Spam, "line %q", s)
		v := scoreGluedTail(s)
		assert.False(t, v.Spam, "glued %q: %+v", s, v)
	}
}

// The small print and buttons of the ads themselves, share buttons and ad-blocker walls,
// written for this test, go.
func TestLabelSmallPrintRemoved(t *testing.T) {
	for _, l := range []string{
		"18+ | Play responsibly | T&Cs apply",
		"Open an account",
		"Bonus up to £200 – wagering requirements apply",
		"18+ | Es gelten die AGB | Spielen Sie verantwortungsvoll",
		"Jetzt einzahlen",
		"Apri il conto",
		"Jouez maintenant",
		"Abrir cuenta",
		"Jogue agora",
		"Registreer nu",
		"Obstaw teraz",
		"Imprimir noticia",
		"Parece que usas un bloqueador de anuncios",
		"Click the ad blocker extension in your browser, then choose Pause on this site.",
		"Haga clic en la extensión del bloqueador de anuncios y recarga la página.",
	} {
		v := scoreBetween(l)
		assert.True(t, v.Spam, "%q: %+v", l, v)
	}
}

func TestWordCaseFollowsFold(t *testing.T) {
	for _, c := range []struct {
		t     string
		upper []bool
	}{
		{"Krypto: Börsen, Coins & mehr", []bool{true, true, true, false}},
		{"Quote 2,50 x10", []bool{true, false, false}},
		{"L’actu sur Facebook", []bool{true, false, false, true}},
	} {
		got := make([]bool, len(c.upper))
		assert.True(t, wordCase(c.t, got), "%q", c.t)
		assert.Equal(t, c.upper, got, "%q", c.t)
		assert.Equal(t, len(foldWords(c.t)), len(got), "%q: as many words as fold", c.t)
		assert.False(t, wordCase(c.t, make([]bool, len(c.upper)+1)), "%q: one word too many", c.t)
	}
	assert.True(t, slices.Equal(foldWords("x10"), []string{"x10"}))
}

// Labels with a name or two beside a word of the label vocabulary, written for this test:
// "Crypto Winter" above an article on crypto is its headline, dropped into an article that
// says nothing of crypto anywhere it is a widget's.
var offTopicLabels = []string{"Spinwelt Casino", "Lucky-Casino", "Krypto Pilot", "Bitcoin Nova",
	"Northern Gambling Guide", "Crypto Winter", "Casino Aurora", "Forex Academy Converter"}

// Words of the label vocabulary alone, written for this test: a subheading of an article on
// the topic, a widget's label in one that says nothing of it.
var offTopicWords = []string{"Sportwetten", "Cryptocurrency", "Kryptowährungen", "Criptovalute"}

func TestOffTopicWord(t *testing.T) {
	for _, l := range offTopicWords {
		v := scoreBetween(l)
		assert.True(t, v.Spam, "%q: %+v", l, v)
		assert.Contains(t, v.Evidence, "off-topic-label", "%q", l)
		// Any paragraph that speaks of the topic takes the evidence away.
		p := "The mayor also said the town would not allow " + l + " in its harbour, whatever the offer."
		doc := NewDoc([]string{labelParaA, p, labelParaB, l, labelParaC})
		assert.NotContains(t, Default().ScoreIn(l, Line, Context{Doc: doc, Para: 3}).Evidence, "off-topic-label", "%q after %q", l, p)
	}
}

func TestOffTopicLabel(t *testing.T) {
	for _, l := range offTopicLabels {
		v := scoreBetween(l)
		assert.True(t, v.Spam, "%q: %+v", l, v)
		assert.Contains(t, v.Evidence, "off-topic-label", "%q", l)
		// Glued to the end of a paragraph of that article, too.
		g := scoreGluedTail(l)
		assert.True(t, g.Spam, "glued %q: %+v", l, g)
	}
	// Any paragraph of the article that speaks of the topic, next to the line or not, makes
	// it a headline: by one of its words or by a word of the same topic.
	for _, l := range offTopicLabels {
		for _, p := range []string{
			"Some councillors asked whether the harbour could host a casino, a trading floor or a crypto mine.",
			"The mayor also said the town would not accept payments in " + l + " or any similar scheme.",
		} {
			doc := NewDoc([]string{labelParaA, p, labelParaB, l, labelParaC})
			v := Default().ScoreIn(l, Line, Context{Doc: doc, Para: 3})
			assert.NotContains(t, v.Evidence, "off-topic-label", "%q after %q", l, p)
			assert.False(t, v.Spam, "%q after %q: %+v", l, p, v)
		}
	}
	for _, l := range offTopicLabels[:3] {
		// The first line of a document is its title.
		doc := NewDoc([]string{l, labelParaA, labelParaB, labelParaC})
		assert.NotContains(t, Default().ScoreIn(l, Line, Context{Doc: doc, Para: 0}).Evidence, "off-topic-label", "%q", l)
		// A document of two paragraphs besides it says too little of its topic.
		doc = NewDoc([]string{labelParaA, l, labelParaC})
		assert.NotContains(t, Default().ScoreIn(l, Line, Context{Doc: doc, Para: 1}).Evidence, "off-topic-label", "%q", l)
		// Without a document, nothing says it is off the topic.
		assert.False(t, Default().Score(l).Spam, "%q alone", l)
	}
	// More than two names, more than four words, a word of prose in lower case: a headline.
	for _, h := range []string{"Big Old Crypto Winter", "Crypto Winter Comes Early", "Crypto winter is here",
		"Crypto Winter Hits Small Savers"} {
		assert.NotContains(t, scoreBetween(h).Evidence, "off-topic-label", "%q", h)
	}
}
