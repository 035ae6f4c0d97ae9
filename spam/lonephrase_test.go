package spam

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLonePhraseInReporting: a sentence of reporting around one phrase of boilerplate is the
// article's (written for the test, news voice).
func TestLonePhraseInReporting(t *testing.T) {
	s := Default()
	for _, text := range []string{
		"Comments are closed on most of the newspaper's articles after 48 hours, the editor explained.",
		"The party asked members to join the conversation at town hall meetings across the county.",
		"Die Gemeinde bittet die Bürger, sich für den Warn-Newsletter anzumelden, teilte der Bürgermeister mit.",
		"El código promocional repartido por el ayuntamiento daba un descuento del 20 % en el comercio local.",
		"De kortingscode van de gemeente gaf 20 procent korting in winkels in het centrum.",
		// Two rules over one run of words are one phrase.
		"Em parceria com a universidade, a cidade vai testar ônibus sem motorista na primavera.",
		"La CNIL a sanctionné plusieurs sites qui ne proposaient pas de bouton pour tout refuser les cookies.",
		// A notice of rights inside a sentence.
		"The museum said the photographs, long marked all rights reserved, would enter the public domain next year.",
		// News on a newsletter's rhythm, in the news's words.
		"La newsletter de la mairie, envoyée chaque vendredi depuis vingt ans, disparaîtra en mars.",
		// A finding about a site the sentence names as "this site" (reportedSite).
		"Investigators found that this website planted tracking cookies before users could refuse them.",
		"Pliki cookie tej strony z zakładami zbierały dane o nieletnich, wynika z kontroli.",
	} {
		for _, kind := range []Kind{Line, Glued} {
			v := s.ScoreAs(text, kind)
			assert.False(t, v.Spam, "%q (%v): %+v", text, kind, v)
		}
		assert.Contains(t, s.ScoreAs(text, Line).Evidence, LonePhrase, text)
	}
}

// TestLonePhraseNotForBoilerplate: boilerplate of a sentence's length is not kept as reporting
// when it speaks to the reader or of the site, opens with its call to action, announces with
// a colon, or sits next to boilerplate (examples written for the test).
func TestLonePhraseNotForBoilerplate(t *testing.T) {
	s := Default()
	for _, text := range []string{
		"We use cookies to count how many readers reach the end of each of the articles.",
		"Diese Website verwendet Cookies, die für den Betrieb der Seite technisch notwendig sind.",
		"Utilizamos cookies para contar cuántos lectores llegan al final de cada artículo del diario.",
		"Comments are closed: the discussion ended after two days, as it does under every article.",
		"Suscribite y accedé a todas las notas del diario sin límites desde cualquier dispositivo.",
		"Reproduction of the photographs in this collection is not permitted, all rights reserved.",
		// A newsletter's box telling when it comes, in its words.
		"La newsletter quotidienne est envoyée chaque matin à sept heures aux inscrits.",
		// A question to the reader, then the request.
		"Co o tym sądzisz? Napisz w komentarzu, tylko kulturalnie.",
		// The terms of an offer or a notice's small print in the third person: the words
		// around the phrase are the site's too (proseAround).
		"Der erste Monat kostenlos gilt nur für Neukunden, danach verlängert sich das Abonnement automatisch zum regulären Preis.",
		"Las cuotas sujetas a cambios se actualizan cada minuto y el operador no se responsabiliza de errores en los datos.",
		"O conteúdo exclusivo para assinantes inclui a edição digital completa e o acesso ao arquivo histórico do jornal.",
	} {
		v := s.ScoreAs(text, Line)
		assert.True(t, v.Spam, "%q: %+v", text, v)
		assert.NotContains(t, v.Evidence, LonePhrase, text)
	}
	// Kept alone, not next to boilerplate.
	report := "The party asked members to join the conversation at town hall meetings across the county."
	doc := NewDoc([]string{"First paragraph of the story.", report, "Last paragraph of the story."})
	v := s.ScoreIn(report, Glued, Context{Doc: doc, Para: 1, NextToSpam: true})
	assert.True(t, v.Spam, "%+v", v)
	// A sentence on cookies glued at the end of a paragraph is the consent banner's.
	cookies := "The paper uses cookies to count how many readers reach the end of each of the articles."
	assert.False(t, s.ScoreAs(cookies, Line).Spam)
	doc = NewDoc([]string{"First paragraph of the story.", "The story goes on. " + cookies, "Last paragraph of the story."})
	v = s.ScoreIn(cookies, Glued, Context{Doc: doc, Para: 1, Tail: true})
	assert.True(t, v.Spam && !slices.Contains(v.Evidence, LonePhrase), "%+v", v)
}

// TestLeadKeepsNounAfterArticle: a capital right after an article or a preposition is a
// German noun inside the phrase, not the start of the article's clause: no promo is cut.
func TestLeadKeepsNounAfterArticle(t *testing.T) {
	s := Default()
	for _, text := range []string{
		"In Kooperation mit der Universität Freiburg entsteht bis 2026 ein neues Forschungszentrum.",
		"In Zusammenarbeit mit der Polizei hat die Stadt die Kontrollen an den Wochenenden verschärft.",
	} {
		end, v := s.Lead(text, Context{})
		assert.Zero(t, end, "%q cut at %q: %+v", text, text[:end], v)
	}
}

// TestTailTopicNoun: with no full stop to go by, a capitalised noun of a topic news covers is
// no promo glued to the sentence.
func TestTailTopicNoun(t *testing.T) {
	start, v := Default().Tail("Die Staatsanwaltschaft ermittelt gegen die Betreiber eines illegalen Online-Casinos.", Context{})
	assert.Zero(t, start, "%+v", v)
}

// TestTailAfterCredit: a credit in brackets left at the start of a promo glued after the
// paragraph it closes stays; the promo after it is cut, however short the credit.
func TestTailAfterCredit(t *testing.T) {
	for _, c := range []struct{ text, promo string }{
		{"(Jean Dupont) Gérer les cookies", "Gérer les cookies"},
		{"(dpa) Newsletter abonnieren", "Newsletter abonnieren"},
	} {
		start, v := Default().Tail(c.text, Context{Tail: true})
		assert.Equal(t, c.promo, c.text[start:], "%+v", v)
	}
	assert.True(t, Credit("(Jean Dupont)"))
	assert.True(t, Credit(" [AFP/Reuters] "))
	assert.False(t, Credit("(a note (with brackets))"))
	assert.False(t, Credit("(one two three four five six seven)"))
	assert.False(t, Credit("Jean Dupont"))
}

// TestQuotedImperative: an imperative, a "you" or a warning's words that open a sentence ending
// by naming who said them are the one quoted, not the site's; the same words without the
// speaker, or with the site's "we" or "our", are boilerplate.
func TestQuotedImperative(t *testing.T) {
	s := Default()
	for _, c := range []struct {
		text string
		spam bool
	}{
		{"Suivez les consignes des autorités, a répété le préfet aux habitants.", false},
		{"Abonnez-vous aux alertes de Météo-France, conseille la préfecture.", false},
		{"Volg de aanwijzingen van de hulpdiensten, zei de burgemeester.", false},
		{"The charity GambleAware said calls to its helpline rose by a fifth during the tournament.", false},
		// A request reported as advice, a verb of request naming who gives it.
		{"Spenden Sie lieber an wenige geprüfte Organisationen als an viele kleine, raten Verbraucherschützer.", false},
		{"Active la doble verificación en su cuenta de correo: es la mejor protección contra el robo de datos, explican desde la Policía.", false},
		{"Suivez-nous sur Facebook et Twitter pour ne rien manquer de l'actualité.", true},
		{"Abonnez-vous à notre newsletter pour recevoir nos articles, rappelle la rédaction.", true},
		{"Volg ons op Facebook, Instagram en X voor het laatste nieuws.", true},
		{"Abonnez-vous aux alertes de notre site, conseille la rédaction !", true},
	} {
		assert.Equal(t, c.spam, s.ScoreAs(c.text, Line).Spam, "%q", c.text)
	}
	assert.True(t, saidAfter("Volg de aanwijzingen, zei de burgemeester."))
	assert.True(t, saidAfter("Spenden Sie gezielt, raten Experten."))
	assert.False(t, saidAfter("Volg de aanwijzingen van de hulpdiensten en blijf binnen."))
	assert.False(t, saidAfter("Abonnez-vous, la newsletter arrive chaque matin avec les titres du jour et plus encore."))
}

// TestCookieNewsAtTail: at the end of a paragraph, where a consent banner is glued, a sentence
// whose subject is the use of cookies is news about them ("L'uso dei cookie di profilazione
// è costato …"), in every language, and so is one that names no site of the banner's, or says
// who confirmed it; a sentence on what the site does with its cookies, in the third person,
// is still the banner's (TestLonePhraseNotForBoilerplate). Sentences written for the test.
func TestCookieNewsAtTail(t *testing.T) {
	s := Default()
	for _, news := range []string{
		"Die Verwendung von Cookies für Werbung ist nach dem Urteil nur noch mit ausdrücklicher Zustimmung erlaubt.",
		"Le recours aux cookies publicitaires sans accord préalable coûte désormais cher aux éditeurs en ligne.",
		"Las cookies de terceros para mostrar publicidad quedarán limitadas a partir del próximo año en toda la región.",
		"L'uso dei cookie di profilazione senza consenso è costato alla società una sanzione di centomila euro.",
		"O uso de cookies de terceiros para fins de publicidade será restringido a partir do próximo ano.",
		"Stosowanie plików cookies do celów reklamowych bez zgody użytkownika będzie od przyszłego roku karane.",
		// A regulator, a shop, a browser: no site of the banner's (siteNouns).
		"The regulator fined the retailer for placing tracking cookies without consent on millions of devices.",
		"Die Behörde verhängte ein Bußgeld, weil der Händler Tracking-Cookies ohne Einwilligung gesetzt hatte.",
		"De toezichthouder beboette de winkel voor het plaatsen van tracking cookies zonder toestemming van klanten.",
		"Urząd ukarał sklep za instalowanie plików cookies bez zgody klientów na milionach urządzeń.",
		// Who confirmed it.
		"Third-party cookies will disappear from the browser next year, the company confirmed after months of delays.",
	} {
		doc := NewDoc([]string{"First paragraph of the story.", "The story goes on. " + news, "Last paragraph of the story."})
		v := s.ScoreIn(news, Glued, Context{Doc: doc, Para: 1, Tail: true})
		assert.False(t, v.Spam, "%q: %+v", news, v)
	}
}

// TestGermanClauseNotLabel: a German clause whose finite verb stands in second place is no
// label before the article's sentence, though a noun with a capital follows it; such a sentence
// on cookies, alone or opening a paragraph, stays whole. Written for the test.
func TestGermanClauseNotLabel(t *testing.T) {
	s := Default()
	news := "Drittanbieter-Cookies sollen im kommenden Jahr aus dem Browser verschwinden, bestätigte das Unternehmen."
	doc := NewDoc([]string{"Der Rat tagte am Montag bis spät in die Nacht.", news, "Die Sitzung endete gegen Mitternacht."})
	end, v := s.LineLead(news, Context{Doc: doc, Para: 1})
	assert.Zero(t, end, "cut at %q: %+v", news[:end], v)
	end, v = s.Lead(news, Context{Doc: doc, Para: 1})
	assert.Zero(t, end, "cut at %q: %+v", news[:end], v)
}
