package spam

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// lineLeadHosts are news paragraphs written for these tests, in the document around the
// sentence under test, one language each.
var lineLeadHosts = map[string][2]string{
	"en": {"The harbour board met on Tuesday evening for more than four hours before it approved next year's budget. Spending on roads and schools will rise by three per cent.",
		"Opposition members argued that the increase would not make up for a decade of cuts. The chair replied that the board could not borrow any more money."},
	"it": {"Il consiglio comunale ha approvato martedì sera il bilancio del prossimo anno dopo più di quattro ore di dibattito. La spesa per strade e scuole salirà del tre per cento.",
		"L'opposizione ha sostenuto che l'aumento non basta a compensare dieci anni di tagli. Il sindaco ha risposto che il Comune non può indebitarsi oltre."},
	"de": {"Der Stadtrat hat am Dienstagabend nach mehr als vier Stunden Debatte den Haushalt für das kommende Jahr beschlossen. Die Ausgaben für Straßen und Schulen steigen um drei Prozent.",
		"Die Opposition hatte argumentiert, die Erhöhung reiche nicht aus, um die Kürzungen der vergangenen Jahre auszugleichen. Der Oberbürgermeister entgegnete, die Stadt könne keine weiteren Kredite aufnehmen."},
	"fr": {"Le conseil municipal a voté mardi soir le budget de l'année prochaine après plus de quatre heures de débat. Les dépenses pour les routes et les écoles augmenteront de trois pour cent.",
		"L'opposition a soutenu que la hausse ne suffisait pas à compenser dix ans de coupes. Le maire a répondu que la commune ne pouvait plus s'endetter."},
	"pt": {"A Câmara Municipal aprovou na terça-feira à noite o orçamento do próximo ano, depois de mais de quatro horas de debate. A despesa com estradas e escolas vai subir três por cento.",
		"A oposição defendeu que o aumento não compensa uma década de cortes. O presidente da Câmara respondeu que o município não pode endividar-se mais."},
	"es": {"El pleno del ayuntamiento aprobó el martes por la noche el presupuesto del año que viene, tras un debate de más de cuatro horas. El gasto en carreteras y colegios subirá un tres por ciento.",
		"La oposición sostuvo que el aumento no basta para compensar una década de recortes. El alcalde respondió que el municipio no puede endeudarse más."},
}

// TestLineLead: a label no rule phrase in the sentence explains, which would go as a line of
// its own there, run on into a paragraph's first sentence before a field that surely opens a
// clause (a capitalised function word, a conjunction, a pronoun, a quotation); keep is what
// must stay ("" for no cut).
func TestLineLead(t *testing.T) {
	s := Default()
	for _, c := range []leadCase{
		{"en", "Cryptocurrencies The county council has approved a new cycle lane along the seafront.",
			"The county council has approved a new cycle lane along the seafront."},
		{"en", "Comments 0 I joined the harbour board three years ago as its youngest member.",
			"I joined the harbour board three years ago as its youngest member."},
		{"en", "Most read stories “We will not close the lock gates this winter,” the chair told the board.",
			"“We will not close the lock gates this winter,” the chair told the board."},
		{"it", "Archivio newsletter Sono stati approvati ieri i lavori per il nuovo ponte sul fiume.",
			"Sono stati approvati ieri i lavori per il nuovo ponte sul fiume."},
		{"de", "Cookies anpassen Beim Stadtrat stieß der Plan am Dienstag auf breite Zustimmung.",
			"Beim Stadtrat stieß der Plan am Dienstag auf breite Zustimmung."},
		// A label may end on its object pronoun, or on a preposition before a conjunction.
		{"fr", "Soutenez-nous Le conseil municipal a voté jeudi la gratuité des transports scolaires.",
			"Le conseil municipal a voté jeudi la gratuité des transports scolaires."},
		{"en", "Follow Us On If the board approves the plan, the works on the lock gates will start in May.",
			"If the board approves the plan, the works on the lock gates will start in May."},
		// The Portuguese reflexive "se" attached to a sign-up button is its object pronoun too.
		{"pt", "Inscreva-se O presidente da Câmara respondeu que o município não pode endividar-se mais.",
			"O presidente da Câmara respondeu que o município não pode endividar-se mais."},
		{"pt", "Cadastre-se A oposição defendeu que o aumento não compensa uma década de cortes.",
			"A oposição defendeu que o aumento não compensa uma década de cortes."},
		// German writes its nouns with a capital: after a label's capitalised word, the
		// clause opens where a verb follows in second place; a word alone before it may be
		// the first half of a compound written apart.
		{"de", "Danke fürs Abonnieren Bauarbeiter haben bei Grabungen am Marktplatz alte Mauerreste entdeckt.",
			"Bauarbeiter haben bei Grabungen am Marktplatz alte Mauerreste entdeckt."},
		{"de", "12 Kommentare Autofahrer müssen sich ab Montag auf neue Umleitungen einstellen.",
			"Autofahrer müssen sich ab Montag auf neue Umleitungen einstellen."},
		{"de", "Facebook Nutzer müssen ab Montag ihr Passwort ändern, teilte das Unternehmen mit.", ""},
		// A function word's letters joined by a hyphen to more are a name's part: "Il-soo".
		{"fr", "Lire aussi Park Il-soo, maire de Busan, a rencontré mardi ses homologues européens à Lyon.", ""},
		// "Se" alone is the conjunction: a capital after it goes on with its clause.
		{"pt", "Veja se A Bola tem razão sobre o futuro do treinador do clube da cidade.", ""},
		// Before any other capital: a label of two words or more whose words end before a
		// word in lower case, with no name inside it; not one word, which a name may go on.
		{"it", "Offerte e abbonamenti Chiusa da ieri la strada provinciale per una frana vicino al paese.",
			"Chiusa da ieri la strada provinciale per una frana vicino al paese."},
		{"en", "The Home Secretary has ordered an independent review of the harbour police force.", ""},
		{"it", "Pubblicità Progresso ha lanciato una nuova campagna contro lo spreco alimentare nelle mense.", ""},
		{"en", "Join our Harbour Club Residents of the valley were told on Monday that the bridge would reopen.", ""},
		{"fr", "Code Promo 3 412 Belges ont été rapatriés sains et saufs selon le ministère.", ""},
		// A label's word that is a first name too, before a surname.
		{"es", "Mira Pérez escribió en su cuenta de Instagram que dejaba el partido.", ""},
		// A subheading run on into its paragraph: no evidence of its own.
		{"de", "Die Reaktionen Der Oberbürgermeister sagte am Abend, er sei erleichtert über die Einigung.", ""},
		// A dateline opens the article's sentence; the cut does not take it.
		{"de", "Cookies zulassen Rostock - Die Fähre nach Gedser fällt am Wochenende wegen des Sturms aus.",
			"Rostock - Die Fähre nach Gedser fällt am Wochenende wegen des Sturms aus."},
		{"de", "Datenschutz-Hinweise Rostock (dpa) - Der Hafen meldet für das erste Quartal einen neuen Rekord.",
			"Rostock (dpa) - Der Hafen meldet für das erste Quartal einen neuen Rekord."},
		// A dateline that ends on a dash joined to it ("MÉRIDA.-") is the article's: the cut
		// is before it, not at the clause's opener after it.
		{"es", "Lo más visto en Deportes MÉRIDA.- Tras el partido, el entrenador habló con la prensa durante una hora.",
			"MÉRIDA.- Tras el partido, el entrenador habló con la prensa durante una hora."},
		// A company's legal form before a dash is no dateline.
		{"pt", "Copyright © 2024 Editora Norte Ltda - Todo o conteúdo pertence à editora e aos seus autores.", ""},
		// A platform's name before a name that goes on: no cut.
		{"en", "Twitter Chief Executive Linda Yaccarino told staff on Monday that the company would hire again.", ""},
	} {
		checkLineLead(t, s, c, LineBeforeProse)
	}
}

// checkLineLead runs LineLead on c.text, glued to the start of the middle paragraph of a
// document of lineLeadHosts: nothing is cut when c.keep is "", else c.keep is what stays and
// the label's verdict is spam with evidence among its evidence.
func checkLineLead(t *testing.T, s *Scorer, c leadCase, evidence string) {
	t.Helper()
	h := lineLeadHosts[c.lang]
	doc := NewDoc([]string{h[0], c.text + " " + h[1], h[1]})
	end, v := s.LineLead(c.text, Context{Doc: doc, Para: 1})
	if c.keep == "" {
		assert.Zero(t, end, "%s: nothing to cut from %q, cut %q", c.lang, c.text, c.text[:end])
		return
	}
	if assert.NotZero(t, end, "%s: no label found in %q", c.lang, c.text) {
		assert.Equal(t, c.keep, strings.TrimSpace(c.text[end:]))
		assert.True(t, v.Spam)
		assert.Contains(t, v.Evidence, evidence)
	}
}

// TestLineLeadOffTopicLabel: a label of a topic's vocabulary with a name, run on into a
// paragraph's first sentence before a capitalised function word, goes when neither the rest
// of that paragraph nor any other takes up its topic: it is a widget's label, not the
// paragraph's subheading or kicker. A capital that is no function word may go on a name whose
// first word is the topic's, and a document on the topic makes the label its subheading.
func TestLineLeadOffTopicLabel(t *testing.T) {
	s := Default()
	for _, c := range []leadCase{
		{"de", "Krypto Trader Am Dienstag hat der Stadtrat die Sanierung der Grundschule beschlossen.",
			"Am Dienstag hat der Stadtrat die Sanierung der Grundschule beschlossen."},
		{"en", "Lucky Spins Casino The county council has approved a new cycle lane along the seafront.",
			"The county council has approved a new cycle lane along the seafront."},
		{"de", "Bitcoin Suisse hat im vergangenen Jahr deutlich weniger Gewinn gemacht als erwartet.", ""},
		{"en", "Bitcoin Cash fell by a fifth after the exchange suspended withdrawals, traders said.", ""},
		{"en", "Crypto Valley Association members met the finance minister in Zug on Friday.", ""},
	} {
		checkLineLead(t, s, c, "off-topic-label")
	}
	// The same label over a paragraph on its topic is that paragraph's subheading.
	text := "Lucky Spins Casino The casino on the seafront reported record takings last summer, its owners said."
	h := lineLeadHosts["en"]
	doc := NewDoc([]string{h[0], text, h[1]})
	end, _ := s.LineLead(text, Context{Doc: doc, Para: 1})
	assert.Zero(t, end)
}
