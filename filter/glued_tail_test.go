package filter

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/newsclean/newsclean/spam"
	"github.com/stretchr/testify/assert"
)

// gluedCase is a paragraph of an article, with a last piece glued to it with a space: either
// the article's own last sentence that looks like a fragment or a label (keep), or invented
// boilerplate that must go whole while the paragraph before it stays.
type gluedCase struct{ lang, para, tail string }

// gluedKept end news paragraphs in sentences that look like the pieces glued boilerplate is
// made of: an initial, a quotation, a brand written in lower case or with a capital inside
// ("iPhone", "PlayStation", "WhatsApp"), a link in prose, a year opening a sentence, a reply
// to the reader after a reported cookie notice. All of it is the article's.
var gluedKept = []gluedCase{
	{"en", "The novel was first published in London in 1954 and has never been out of print since.", "Its author was J. R. R. Tolkien."},
	{"en", "Sales of the new phone fell short of the forecast in the third quarter, the company said.", "Analysts blamed the iPhone."},
	{"en", "The ministry published the full list of approved schools on Monday.", "It is online at www.example.gov/schools for anyone who wants to check."},
	{"en", "The regulator fined the retailer for dropping cookies before visitors had agreed.", "The site had told visitors: we use cookies to improve our service. You can read the ruling in full on the regulator's website."},
	{"de", "Der Konzern meldete für das dritte Quartal einen Umsatzrückgang von vier Prozent.", "Vor allem die PlayStation verkaufte sich schlechter als erwartet."},
	{"de", "Der Bürgermeister zitierte in seiner Rede einen Satz des früheren Bundespräsidenten.", "„Wir schaffen das nur gemeinsam“, sagte er."},
	{"de", "Die Polizei hat nach dem Einbruch in die Schule einen Zeugenaufruf veröffentlicht.", "Hinweise nimmt die Wache unter www.polizei.example.de entgegen."},
	{"fr", "Le tribunal a rendu sa décision jeudi après trois semaines de délibéré.", "2021 restera une année noire pour le club, a résumé son président."},
	{"fr", "Le roman a été traduit en vingt langues depuis sa parution.", "Son auteur signe simplement J. M. G. Le Clézio."},
	{"es", "La compañía anunció que dejará de vender el modelo anterior en Europa a partir de marzo.", "Los usuarios de WhatsApp en esos teléfonos recibirán un aviso."},
	{"es", "El ayuntamiento ha publicado las bases de la convocatoria en su sede electrónica.", "Pueden consultarse en www.ayuntamiento.example.es hasta el 30 de junio."},
	{"it", "Il titolo della società ha chiuso la seduta in rialzo del due per cento.", "Bene anche YouTube e LinkedIn, secondo gli analisti."},
	{"it", "Il sindaco ha ricordato le parole del suo predecessore durante la cerimonia.", "«Questa città non si arrende», aveva detto."},
	{"pt", "O tribunal decidiu o caso na quinta-feira depois de três semanas de audiências.", "2019 foi o ano em que tudo começou, disse o advogado."},
	{"pt", "A empresa vendeu menos aparelhos no trimestre do que os analistas previam.", "O iPhone perdeu espaço para os concorrentes."},
	{"nl", "De gemeente heeft de plannen voor het nieuwe stadhuis maandag gepresenteerd.", "Ze staan op www.gemeente.example.nl en liggen ter inzage."},
	{"pl", "Sąd ogłosił wyrok w czwartek po trzech tygodniach rozpraw.", "2020 był dla firmy rokiem strat, przyznał jej prezes."},
	{"pl", "Spółka sprzedała w kwartale mniej telefonów, niż zakładali analitycy.", "Najgorzej wypadł iPhone."},
	{"es", "El banco renovó su aplicación el pasado otoño.", "La aplicación MiBanco permite ahora iniciar sesión con la huella dactilar."},
	{"es", "La entidad presentó sus resultados el martes.", "Los clientes de CaixaBank podrán suscribirse al nuevo servicio desde el lunes."},
	{"de", "Sony hat seine Quartalszahlen vorgelegt.", "Der Streamingdienst PlayStation Plus erhöht zum Monatsende die Preise für das Abo."},
	{"de", "Meta kündigte am Mittwoch mehrere Neuerungen an.", "Die App WhatsApp zeigt künftig an, wer einen Newsletter-Kanal abonniert hat."},
	{"en", "Technology stocks had a difficult week.", "Shares in PayPal and YouTube owner Alphabet fell after the newsletter was published."},
	{"it", "L'offerta per lo sport in streaming cambia di nuovo.", "Il servizio SkyGo permette di abbonarsi anche per un solo mese."},
	{"pt", "Os bancos digitais ampliaram os serviços neste ano.", "O aplicativo PicPay passou a oferecer assinatura mensal de jornais."},
	{"pl", "Ministerstwo cyfryzacji pochwaliło się nowymi danymi.", "Aplikacja mObywatel pozwala zalogować się do wielu usług publicznych."},
	{"nl", "Het bedrijf past zijn voorwaarden aan.", "Het platform WeTransfer vraagt gebruikers voortaan om in te loggen."},
	{"en", "The club has kept its old tickets in a museum.", "© 2021 was printed on the back of every ticket sold that season."},
	{"fr", "La CNIL a sanctionné le site pour avoir déposé des traceurs sans accord.", "Le bandeau affichait seulement que le site utilise des cookies pour améliorer ses services. Vous pouvez lire la décision sur le site de la CNIL."},
	{"de", "Das Gericht gab dem Verbraucherverband in allen Punkten recht.", "2019 Beispiel Verlag hieß das Unternehmen damals noch."},
	// A company's legal form and its seat in a sentence of the article are no imprint.
	{"es", "La empresa presentó ayer su plan de negocio.", "Construcciones del Norte S.A. tiene su sede en la calle Mayor 12 de Zaragoza."},
	{"de", "Die Aktie legte am Dienstag deutlich zu.", "Die Nord GmbH sitzt seit 1990 in der Hafenstraße 3."},
	// A venue's or a police station's address and phone number at the end of an article are
	// its service to the reader, not a masthead.
	{"de", "Das Konzert beginnt am Samstag um 20 Uhr in der Stadthalle.", "Stadthalle, Marktplatz 1, 12345 Beispielstadt. Telefon 0123 456789."},
	{"en", "Police are asking anyone who saw the crash to come forward.", "Springfield Police Station, 4 Station Road. Tel. 0800 123 456."},
}

// gluedRemoved glue invented boilerplate to news paragraphs: links of a menu run together by
// the extractor, a copyright line whose holder the splitter cut off before its phrase, a
// cookie notice whose last sentence only speaks to the reader.
var gluedRemoved = []gluedCase{
	// Imprints the splitter cuts at their full stops, the publisher's name included.
	{"es", "El pleno aprobó la reforma con los votos de todos los grupos.", "Diario El Comercial del Sur. Fundado en 1931. Director: Andrés Peláez Ruiz. Depósito legal: M-1234-1990."},
	{"pt", "A câmara aprovou o orçamento na terça-feira à noite.", "Jornal do Planalto Ltda. CNPJ 12.345.678/0001-90. Rua das Flores, 100, Centro, Curitiba - PR."},
	{"es", "El gasto en carreteras subirá un 3 % el año próximo.", "Editorial Montaña Azul S.A. de C.V. — Av. Reforma 455, Col. Juárez, C.P. 06600, Ciudad de México."},
	{"de", "Der Stadtrat hat den Haushalt am Dienstag beschlossen.", "Herausgeber: Nordsee Medien GmbH. HRB 4711. Hafenstraße 3, 26121 Oldenburg."},
	// Pieces none of which is evidence alone, after a paragraph too long for the scorer to
	// read an imprint in it.
	{"pt", "A câmara aprovou o orçamento na terça-feira à noite.", "Jornal da Serra. Diretor: Carlos Lima. Rua das Flores, 120, Campinas."},
	{"en", "The council approved its budget on Tuesday evening.", "The Valley Courier. Editor: Jane Doe. 12 High Street, Springfield."},
	{"de", "Der Stadtrat hat den Haushalt am Dienstag beschlossen.", "Stadtanzeiger Online. Redaktion: Marktplatz 3, 12345 Beispielstadt. Telefon 0123 456789."},
	{"es", "El pleno aprobó la reforma con los votos de todos los grupos.", "Director: Juan Pérez. Domicilio: Av. del Puerto 14, Cádiz."},
	// An appeal that opens on its premise: journalism costs money.
	{"en", "The council approved its budget on Tuesday evening.", "Independent news isn't free. Chip in what you can and help us keep the lights on."},
	{"es", "El pleno aprobó la reforma con los votos de todos los grupos.", "El periodismo independiente cuesta dinero. Hazte socio y apoya nuestro trabajo."},
	// A short sentence of the article before a footer is not the publisher's name: a German
	// sentence has its verb in lower case.
	{"de", "Der Stadtrat tagte am Montag bis spät in die Nacht. Die Polizei ermittelt.", "© 2019 Beispiel Verlag GmbH. Alle Rechte vorbehalten."},
	{"es", "El pleno aprobó la reforma con los votos de todos los grupos.", "EntrarRegístrate"},
	{"fr", "Le conseil municipal a adopté le budget mardi soir.", "Lire la suiteLire la suite"},
	{"pl", "Rada miasta przyjęła budżet we wtorek wieczorem.", "kontaktPolityka prywatnościPolityka cookies"},
	{"pt", "A câmara aprovou o orçamento na terça-feira à noite.", "© 2022 Jornal Exemplo. Todos os direitos reservados."},
	{"pl", "Rada miasta przyjęła budżet we wtorek wieczorem.", "2023 Gazeta Przykładowa. Wszelkie prawa zastrzeżone."},
	{"de", "Der Stadtrat hat den Haushalt am Dienstag beschlossen.", "© 2019 Beispiel Verlag GmbH. Alle Rechte vorbehalten."},
	{"fr", "Le conseil municipal a adopté le budget mardi soir.", "© Journal Exemple | Audience vérifiée par un tiers | CGU | Notre rédaction | Archives | Aide : web - mobile - papier"},
	{"en", "The council approved its budget on Tuesday evening.", "We use cookies to give you the best experience on our website. You can find out more in the privacy notice."},
	{"fr", "Le conseil municipal a adopté le budget mardi soir.", "Nous utilisons des cookies pour vous offrir une meilleure expérience. Vous trouverez tous les détails dans la notice d'information."},
	{"de", "Der Stadtrat hat den Haushalt am Dienstag beschlossen.", "Wir verwenden Cookies, um Ihnen ein besseres Angebot zu machen. Mehr dazu finden Sie in der Datenschutzerklärung."},
}

// gluedDoc puts para, with tail glued to it, at the end of a paragraph of an article between
// two others.
func gluedDoc(c gluedCase) string {
	h := newsVoiceHosts[c.lang]
	return h[0] + "\n\n" + h[1] + " " + c.para + " " + c.tail + "\n\n" + h[2]
}

// gluedWords returns the words of s in lower case, joined by single spaces.
func gluedWords(s string) string {
	return " " + strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ") + " "
}

func TestGluedFragmentsKept(t *testing.T) {
	for _, c := range gluedKept {
		out := gluedWords(Clean(gluedDoc(c)).Text)
		assert.Contains(t, out, gluedWords(c.para+" "+c.tail), "%s: the article's last sentence must stay", c.lang)
	}
}

func TestGluedBoilerplateRemovedWhole(t *testing.T) {
	for _, c := range gluedRemoved {
		res := Clean(gluedDoc(c))
		out := gluedWords(res.Text)
		assert.Contains(t, out, gluedWords(c.para), "%s: the paragraph before %q must stay", c.lang, c.tail)
		// The boilerplate goes whole: no run of three of its words (all of it, when shorter)
		// is left.
		ws := strings.Fields(gluedWords(c.tail))
		k := min(3, len(ws))
		for i := 0; i+k <= len(ws); i++ {
			if !assert.NotContains(t, out, " "+strings.Join(ws[i:i+k], " ")+" ", "%s: %q must go whole", c.lang, c.tail) {
				break
			}
		}
	}
}

// gluedOpenKept end a paragraph that has no full stop before its last piece, as scraped
// paragraphs that end on a headline or a caption do, with the article's own words that open
// like a label: a title that reads "Read more: …", a sentence about closed comments.
var gluedOpenKept = []gluedCase{
	{"en", "The museum's new wing opened on Saturday with an exhibition called", "Read More: Books and the Modern Reader, which runs until March."},
	{"fr", "Le ministre a cité le titre de sa dernière chronique", "Lire aussi : un geste de lecteur, parue en 1998 dans un quotidien régional."},
	{"es", "El tribunal concluyó en su sentencia que", "Los comentarios están cerrados al público desde 2019 por orden del juez instructor."},
	{"de", "Der Prüfbericht der Datenschutzbehörde hält fest, dass", "Cookies kontrolliert wurden und die Cookie-Richtlinie dabei verletzt war."},
	// A word of the rules in capitals inside the article's clause (a German noun) opens no
	// promo: "… künftig nur noch als E-Paper erscheinen und …".
	{"de", "Die Zeitung wird in den beiden Landkreisen ab Januar nur noch als", "E-Paper erscheinen, teilte der Verlag am Freitag mit."},
}

// gluedOpenRemoved glue invented boilerplate after a paragraph with no full stop: a read-also
// label with its headline, a comments notice whose phrase runs past its first three words, a
// button whose promo's phrase comes after its words.
var gluedOpenRemoved = []gluedCase{
	{"en", "Spending on roads and schools will rise by three per cent", "Read more: The cheapest family cars of the year"},
	{"fr", "Les dépenses consacrées aux routes augmenteront de 3 %", "Lire aussi : Les loyers baissent dans les grandes villes"},
	{"nl", "De uitgaven aan wegen en scholen stijgen met drie procent", "Lees ook: Woningprijzen stijgen minder hard"},
	{"es", "El gasto en carreteras y colegios subirá un 3 %", "Los comentarios están cerrados."},
	{"en", "Here is what the council agreed on Tuesday:", "Sign up for free email alerts"},
	// A sentence of boilerplate after a paragraph whose last sentence lost its full stop: it
	// opens where a sentence does, with a function word in capitals or a rule's match that
	// runs on past its first word (spam.Scorer.Tail, caseTail); the article's clause stays.
	{"it", "Secondo la protezione civile il maltempo durerà fino a domenica sera in tutta la regione", "Iscriviti alla nostra newsletter per ricevere ogni mattina le notizie della tua città."},
	{"de", "Die Sanierung der Brücke dauert nach Angaben der Stadt noch bis zum Herbst", "Dieser Artikel ist nur für Abonnenten verfügbar."},
	{"de", "Die Feuerwehr war mit drei Fahrzeugen und zwanzig Einsatzkräften vor Ort", "Geben Sie Ihre E-Mail-Adresse ein, um unseren Newsletter zu abonnieren und über neue Beiträge informiert zu werden."},
	{"es", "El ayuntamiento calcula que las obras del puente terminarán antes del verano", "Suscríbete a nuestro boletín y recibe cada mañana las noticias más importantes de tu ciudad."},
	{"en", "The council expects the work on the bridge to be finished before the summer", "Sign up for our morning newsletter and get the day's top stories straight to your inbox."},
	// A row of site furniture whose first item opens with a furniture word (or a function
	// word and one), after a headline-like paragraph end.
	{"de", "Ein Besuch in einer Stadt, die sich nach dem Strukturwandel neu erfindet", "Drucken | Versenden | Teilen"},
	{"de", "Die Mannschaft verlor das Spiel gegen den Tabellenführer mit null zu drei", "Auf Facebook teilen | Auf X teilen | Per Mail senden"},
	// A copyright line the splitter joined to the paragraph's last words (no stop before a
	// ©), with the short notice after it.
	{"de", "Die Debatte im Stadtrat über die Zukunft des Hafens dauerte bis in die Nacht", "© 2004-2024 Hafenblatt.de – Alle Rechte vorbehalten. Nachdruck nur mit Genehmigung."},
	{"de", "Die Debatte im Stadtrat über die Zukunft des Hafens dauerte bis in die Nacht", "© 2004-2024 Hafenblatt.de – Alle Rechte vorbehalten. Weitergabe nur mit Erlaubnis."},
	{"en", "The harbour board will meet again in the spring to decide on the lock gates", "© 2024 Harbour Gazette Ltd. All rights reserved. No reuse without permission."},
}

func TestGluedOpenParagraph(t *testing.T) {
	kept := slices.Clone(gluedOpenKept)
	for _, c := range gluedKept {
		// The same endings after a paragraph whose last sentence has no full stop.
		kept = append(kept, gluedCase{c.lang, strings.TrimSuffix(c.para, "."), c.tail})
	}
	for _, c := range kept {
		out := gluedWords(Clean(gluedDoc(c)).Text)
		assert.Contains(t, out, gluedWords(c.para+" "+c.tail), "%s: the article's words must stay", c.lang)
	}
	for _, c := range gluedOpenRemoved {
		out := gluedWords(Clean(gluedDoc(c)).Text)
		assert.Contains(t, out, gluedWords(c.para), "%s: the paragraph before %q must stay", c.lang, c.tail)
		assert.NotContains(t, out, gluedWords(c.tail), "%s: %q must go", c.lang, c.tail)
		ws := strings.Fields(gluedWords(c.tail))
		assert.NotContains(t, out, " "+strings.Join(ws[len(ws)-3:], " ")+" ", "%s: %q must go whole", c.lang, c.tail)
	}
}

// TestMenuRowAfterShortProse: a short paragraph of prose with a row of site furniture run on
// without a full stop reads as a menu whole; the row goes and the prose stays.
func TestMenuRowAfterShortProse(t *testing.T) {
	for _, c := range []struct{ lang, prose, row string }{
		{"de", "Der Rat tagte bis spät in die Nacht", "Facebook | Twitter | WhatsApp | E-Mail"},
		{"en", "The council met until late in the evening", "Share | Tweet | Email | Print"},
	} {
		h := newsVoiceHosts[c.lang]
		out := gluedWords(Clean(h[0] + "\n\n" + c.prose + " " + c.row + "\n\n" + h[1]).Text)
		assert.Contains(t, out, gluedWords(c.prose), "%s: the prose stays", c.lang)
		assert.NotContains(t, out, gluedWords(c.row), "%s: the row goes", c.lang)
	}
}

// TestGluedAtStart: a label, a button or a footer glued before a paragraph's first sentence
// with no full stop between them goes, and the article's sentence after it stays, though the
// sentence with the promo reads as spam as a whole: the promo is cut off as at a paragraph's
// end. Labels of one or two words qualify when the rules explain them whole, and so do labels
// whose rules match only a unit of its own ("Commenti", "Werbung").
func TestGluedAtStart(t *testing.T) {
	for _, c := range []struct{ lang, promo, para string }{
		{"en", "Read more", "The library will stay closed for refurbishment until April, the council said on Monday. Readers can borrow books from the mobile van in the meantime."},
		{"en", "Related stories", "The library will stay closed for refurbishment until April, the council said on Monday. Readers can borrow books from the mobile van in the meantime."},
		{"pl", "Zobacz też", "Biblioteka miejska będzie zamknięta z powodu remontu do kwietnia, poinformował w poniedziałek urząd. Czytelnicy mogą korzystać z bibliobusu."},
		{"it", "Leggi anche", "La biblioteca comunale resterà chiusa per lavori fino ad aprile, ha comunicato lunedì il Comune. I lettori potranno usare il bibliobus."},
		{"es", "Copyright © Editorial Andina S.A. de C.V.", "El Gobierno aprobó ayer el decreto de ayudas al campo tras una reunión de varias horas. La medida entrará en vigor el próximo lunes en todo el país."},
		{"pt", "Leia também", "O Governo aprovou ontem o decreto de apoio à agricultura depois de uma reunião de várias horas. A medida entra em vigor na próxima segunda-feira."},
		{"en", "SUBSCRIBER EXCLUSIVE", "The library will stay closed for refurbishment until April, the council said on Monday. Readers can borrow books from the mobile van in the meantime."},
		// Labels the rules explain only as a unit of their own (spam.Scorer.Lead, labelLead).
		{"it", "Commenti", "La biblioteca comunale resterà chiusa per lavori fino ad aprile, ha comunicato lunedì il Comune. I lettori potranno usare il bibliobus."},
		{"de", "Werbung", "Die Stadtbibliothek bleibt wegen Umbauarbeiten bis April geschlossen, teilte die Stadt am Montag mit. Leser können den Bücherbus nutzen."},
		// Before a name: a label the rules explain only whole, in a sentence with no other
		// candidate, and one whose rule ends on its object pronoun.
		{"en", "Patreon", "Hartley told the committee on Monday that the library would stay closed until April. Readers can borrow books from the mobile van in the meantime."},
		// A menu row: its items run on past the separators.
		{"de", "Impressum | Datenschutz | Kontakt | AGB", "Die Stadtbibliothek bleibt wegen Umbauarbeiten bis April geschlossen, teilte die Stadt am Montag mit. Leser können den Bücherbus nutzen."},
		{"fr", "Mentions légales | Politique de confidentialité | Contact", "La médiathèque restera fermée pour travaux jusqu'en avril, a indiqué la mairie lundi. Les lecteurs peuvent emprunter des livres au bibliobus."},
		{"en", "Follow Us", "Hartley told the committee on Monday that the library would stay closed until April. Readers can borrow books from the mobile van in the meantime."},
		// A teaser and the promo after it, whose evidence is no rule phrase (a contact box
		// with an address), or a promo after another one: the article's words after the
		// promo stay.
		{"fr", "Une information à nous transmettre ? Écrivez à la rédaction : infos@example.fr", "La médiathèque restera fermée pour travaux jusqu'en avril, a indiqué la mairie lundi. Les lecteurs peuvent emprunter des livres au bibliobus."},
		{"fr", "Une information à nous transmettre ? Écrivez à la rédaction : infos@example.fr", "L'opposition estimait que cette hausse ne suffirait pas à compenser dix ans de restrictions. Le maire a répondu que la commune ne pouvait pas s'endetter davantage."},
		{"fr", "Abonnez-vous à notre lettre du soir. Écrivez à la rédaction : infos@example.fr", "L'opposition estimait que cette hausse ne suffirait pas à compenser dix ans de restrictions. Le maire a répondu que la commune ne pouvait pas s'endetter davantage."},
		// A media label's teaser in a paragraph with no rule phrase: the paragraph is looked at.
		{"pt", "ASSISTA: Bombeiros resgatam cavalo que caiu num poço no interior do estado", newsVoiceHosts["pt"][1]},
		{"en", "Subscribe to our newsletter. Got a story? Email the newsroom at desk@example-news.com", "The library will stay closed for refurbishment until April, the council said on Monday. Readers can borrow books from the mobile van in the meantime."},
		// A page's publishing stamp: no rule phrase, the paragraph is looked at for it.
		{"it", "Pubblicato il 3 aprile 2025 alle 9:40 - Aggiornato alle 17:05", newsVoiceHosts["it"][1]},
	} {
		out := gluedWords(cleanGluedAtStart(c.lang, c.promo, c.para).Text)
		assert.Contains(t, out, gluedWords(c.para), "%s: the paragraph after %q must stay", c.lang, c.promo)
		assert.NotContains(t, out, gluedWords(c.promo)+gluedWords(c.para)[1:], "%s: %q must go", c.lang, c.promo)
	}
}

// TestNameIsNoProse: what is left of a line after a promo cut off its start must read as prose
// to stay; a name in title case is none, and the line goes whole.
func TestNameIsNoProse(t *testing.T) {
	para := "El Gobierno aprobó ayer el decreto de ayudas al campo tras una reunión de varias horas. La medida entrará en vigor el próximo lunes en todo el país."
	out := gluedWords(cleanGluedAtStart("es", "© 2021 Diario La Voz - Noticias de El Valle.", para).Text)
	assert.Contains(t, out, gluedWords(para))
	assert.NotContains(t, out, gluedWords("Noticias de El Valle"))
}

// TestMenuIsNoProse: a footer of its own whose first part Lead would cut leaves no menu row
// behind as if it were prose.
func TestMenuIsNoProse(t *testing.T) {
	h := newsVoiceHosts["es"]
	line := "DIARIO SUR © 2020 | Fundado el 2 de mayo de 1950 | Registro 4471-2 | Calle Mayor 4, Valle Alto. Teléfono: 900-1234"
	out := gluedWords(Clean(h[0] + "\n\n" + h[1] + "\n\n" + line + "\n\n" + h[2]).Text)
	assertHostsKept(t, out, "es")
	assert.NotContains(t, out, gluedWords("Fundado el 2 de mayo de 1950"))
}

// TestLineBeforeFirstSentence: a label that would go as a line of its own, run on into a
// paragraph's first sentence before a word that surely opens a clause (spam.Scorer.LineLead),
// goes alone, also from a paragraph where no rule phrase is found.
func TestLineBeforeFirstSentence(t *testing.T) {
	for _, c := range []struct{ lang, promo, para string }{
		// No rule phrase in the paragraph: a label of the place.
		{"en", "Cryptocurrencies", "The library will stay closed for refurbishment until April, the council said on Monday. Readers can borrow books from the mobile van in the meantime."},
		// A capitalised verb opens the sentence.
		{"it", "Archivio newsletter", "Sono stati approvati ieri i lavori per la nuova biblioteca comunale, che resterà chiusa fino ad aprile. I lettori potranno usare il bibliobus."},
		// A pronoun opens it.
		{"en", "Comments 0", "I joined the library board three years ago, when the council first planned the refurbishment. Readers can borrow books from the mobile van in the meantime."},
	} {
		// Long paragraphs on either side, as around a label of the page.
		h := newsVoiceHosts[c.lang]
		res := Clean(h[0] + "\n\n" + c.promo + " " + c.para + "\n\n" + h[1])
		out := gluedWords(res.Text)
		assert.Contains(t, out, gluedWords(c.para), "%s: the paragraph after %q must stay", c.lang, c.promo)
		assert.NotContains(t, out, gluedWords(c.promo+" "+c.para), "%s: %q must go", c.lang, c.promo)
		for _, k := range []int{0, 1} {
			assert.Contains(t, out, gluedWords(newsVoiceHosts[c.lang][k]), "%s: the article's paragraphs stay", c.lang)
		}
		found := false
		for _, r := range res.Removed {
			found = found || r.Text == c.promo && slices.Contains(r.Evidence, spam.LineBeforeProse)
		}
		assert.True(t, found, "%s: %q reported as a line before prose: %+v", c.lang, c.promo, res.Removed)
	}
}

// TestLeadingBox: a box of two sentences opening a paragraph, the first of which reads as the
// article's alone: together they would go as a line of their own, and the second is spam next
// to the first (leadingLine). They go; the article's sentences after them stay.
func TestLeadingBox(t *testing.T) {
	for _, c := range []struct{ lang, box, para string }{
		{"en", "Our reporting is free for everyone to read. Please support us with a small monthly donation.",
			"The library will stay closed for refurbishment until April, the council said on Monday. Readers can borrow books from the mobile van in the meantime. The van stops at six villages."},
		{"en", "Your reader profile is almost ready. Click here to confirm your email address.",
			"The library will stay closed for refurbishment until April, the council said on Monday. Readers can borrow books from the mobile van in the meantime. The van stops at six villages."},
		// Three sentences before a paragraph of one.
		{"en", "Cookies keep this site running. By staying on it you agree to our use of cookies. Learn more.",
			"The library will stay closed for refurbishment until April, the council said on Monday."},
	} {
		assertBoxGoes(t, c.lang, c.box+" "+c.para, c.para, c.box)
	}
}

// assertBoxGoes cleans para, a box glued to the article's sentences, between two news
// paragraphs of lang, and checks that the box goes and the article's sentences, keep, stay.
func assertBoxGoes(t *testing.T, lang, para, keep, box string) {
	t.Helper()
	h := newsVoiceHosts[lang]
	out := gluedWords(Clean(h[0] + "\n\n" + para + "\n\n" + h[1]).Text)
	assert.Contains(t, out, gluedWords(keep), "%s: the article's sentences next to the box must stay", lang)
	assert.NotContains(t, out, gluedWords(box), "%s: %q must go", lang, box)
}

// TestTrailingBox: a box of one to three sentences glued after the article's last full stop,
// which the walk from the end does not take sentence by sentence: together they would go as a
// line of their own (trailingLine). They go; the article's sentences before them stay.
func TestTrailingBox(t *testing.T) {
	for _, c := range []struct{ lang, para, box string }{
		{"nl", "De gemeenteraad keurde dinsdagavond na een debat van vier uur de begroting voor volgend jaar goed. De uitgaven voor wegen en scholen stijgen met drie procent.",
			"Abonnees lezen alle verhalen zonder beperking. Log in met je account om verder te lezen."},
		{"de", "Die Feuerwehr rückte am Sonntagmorgen zu einem Brand in einer Lagerhalle am Hafen aus. Verletzt wurde niemand.",
			"Unbegrenzter Zugang zu allen Plus-Artikeln und zum E-Paper"},
		{"es", "El pleno aprobó el martes el presupuesto del año que viene tras un largo debate. El gasto en carreteras y colegios subirá un tres por ciento.",
			"Acceso a todos los reportajes y a la edición impresa en PDF"},
		// A label the walk from the end leaves: spam as a line of its own only.
		{"es", "El pleno aprobó el martes el presupuesto del año que viene tras un largo debate. El gasto en carreteras y colegios subirá un tres por ciento.",
			"Boletín semanal sin coste"},
	} {
		assertBoxGoes(t, c.lang, c.para+" "+c.box, c.para, c.box)
	}
	// The article's last sentence without its full stop, an imprint run on after it: the
	// sentence's words stay.
	h := newsVoiceHosts["it"]
	last := "Gli abitanti del quartiere dicono che la piazza resterà chiusa fino alla fine di maggio"
	para := "Il Comune ha approvato il progetto dopo quattro ore di dibattito. " + last + " Cronaca Varese è un giornale iscritto nell'elenco delle testate del Tribunale di Varese."
	out := gluedWords(Clean(h[0] + "\n\n" + para + "\n\n" + h[1]).Text)
	assert.Contains(t, out, gluedWords(last))
}

// TestBoxBeforeOneSentence: a copyright box of two sentences glued to the start of a
// paragraph of one sentence. The box's last sentence runs on into the article's: its promo
// goes, the article's sentence stays.
func TestBoxBeforeOneSentence(t *testing.T) {
	for _, c := range []struct{ lang, promo, para string }{
		{"en", "Copyright © 2019 Harbourside. All Rights Reserved", "Lindqvist told the harbour board on Tuesday that the new lock gates would cost four million pounds."},
		{"en", "© 2021 Harbourside Media. All rights reserved", "Lindqvist told the harbour board on Tuesday that the new lock gates would cost four million pounds."},
		{"en", "Copyright © 2019 Kestrel Press. ALL RIGHTS RESERVED", "Lindqvist told the harbour board on Tuesday that the new lock gates would cost four million pounds."},
		// A long sentence of the article outweighs the promo: the sentence alone is not spam.
		{"en", "Copyright © 2019 Harbourside. All Rights Reserved", "The two lock gates at the entrance to the marina, the first built in 1921 and the second in 1958, will be replaced next spring by a single steel gate that the harbour board, the county council and the owners of the boatyards on the east quay have agreed to pay for in equal shares."},
		{"es", "© 2020 Diario del Puerto. Todos los derechos reservados", "Larrañaga anunció el martes que las nuevas compuertas del puerto costarán cuatro millones de euros."},
	} {
		res := cleanGluedAtStart(c.lang, c.promo, c.para)
		out := gluedWords(res.Text)
		assert.Contains(t, out, gluedWords(c.para), "%s: the sentence after %q must stay", c.lang, c.promo)
		assert.NotContains(t, res.Text, c.promo[len(c.promo)-10:], "%s: %q must go", c.lang, c.promo)
	}
}

// TestBoxLines: a newsletter box of two sentences as a paragraph of its own goes whole: its
// families of evidence sit in different sentences (evidenceSpread), and its teaser question
// goes with its sign-up line, there and glued to the end of a paragraph (a question of up to
// twelve words in boilerplate's words throughout).
func TestBoxLines(t *testing.T) {
	for _, c := range []struct{ lang, box string }{
		{"en", "Want the day's biggest stories delivered every evening? Drop your email below"},
		{"es", "¿Quieres recibir cada noche lo más destacado del día? Déjanos tu correo electrónico"},
		{"de", "Sie möchten jeden Morgen wissen, was in der Region los ist? Dann tragen Sie hier Ihre E-Mail-Adresse ein"},
	} {
		h := newsVoiceHosts[c.lang]
		first, _, _ := strings.Cut(c.box, "?")
		for _, doc := range []string{
			h[0] + "\n\n" + c.box + "\n\n" + h[1] + "\n\n" + h[2], // a paragraph of its own
			h[0] + "\n\n" + h[1] + " " + c.box + "\n\n" + h[2],    // glued to the end of one
		} {
			out := gluedWords(Clean(doc).Text)
			assertHostsKept(t, out, c.lang)
			assert.NotContains(t, out, gluedWords(first), "%s: the box's question goes", c.lang)
		}
	}
}

// TestGluedBoxSentence: a box's sentence glued to the end of a paragraph, whose rule matches
// sit at its end after a long run of words no rule explains. The run is the box's own wording
// (it leans towards boilerplate in the model), not a sentence of the article: the sentence goes.
func TestGluedBoxSentence(t *testing.T) {
	for _, c := range []struct{ lang, box string }{
		{"es", "Los enlaces de este artículo pueden ser de afiliados: si compras a través de ellos, recibimos una pequeña comisión sin coste para ti."},
		{"pt", "Os links desta página podem gerar comissão: ao comprar por meio deles, recebemos uma pequena parte do valor sem custo extra para você."},
	} {
		h := newsVoiceHosts[c.lang]
		out := gluedWords(Clean(h[0] + "\n\n" + h[1] + " " + c.box + "\n\n" + h[2]).Text)
		assertHostsKept(t, out, c.lang)
		assert.NotContains(t, out, gluedWords(c.box), "%s: the box goes", c.lang)
	}
}

// cleanGluedAtStart cleans the news paragraphs of lang (newsVoiceHosts) with promo glued with
// a space before para in place of the second.
func cleanGluedAtStart(lang, promo, para string) Result {
	h := newsVoiceHosts[lang]
	return Clean(h[0] + "\n\n" + promo + " " + para + "\n\n" + h[2])
}

// assertHostsKept checks that out (gluedWords of the output) keeps each news paragraph of
// lang.
func assertHostsKept(t *testing.T, out, lang string) {
	t.Helper()
	for _, k := range newsVoiceHosts[lang] {
		assert.Contains(t, out, gluedWords(k), "%s: the article's paragraphs stay", lang)
	}
}

// TestPollParagraph: a poll's paragraph, its label glued to the question and its buttons after
// it, goes whole, though the question alone reads as a sentence; the article stays.
func TestPollParagraph(t *testing.T) {
	for _, c := range []struct{ lang, poll string }{
		{"en", "Poll: Should the county council spend more on roads and schools? Yes No View results"},
		{"pl", "Sonda: Czy rada miasta powinna wydać więcej na drogi i szkoły? Tak Nie Zobacz wyniki"},
	} {
		h := newsVoiceHosts[c.lang]
		out := gluedWords(Clean(h[0] + "\n\n" + h[1] + "\n\n" + c.poll + "\n\n" + h[2]).Text)
		for _, p := range h {
			assert.Contains(t, out, gluedWords(p), "%s: the article stays", c.lang)
		}
		ws := strings.Fields(gluedWords(c.poll))
		assert.NotContains(t, out, " "+strings.Join(ws[2:6], " ")+" ", "%s: the poll's question goes", c.lang)
	}
}
