package spam

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// German and Spanish sites ask their readers in forms no list of phrases exhausts: a formal
// imperative ("Abonnieren Sie …", "Sichern Sie sich …", "Holen Sie sich …"), a familiar one
// ("Hol dir …", "Melde dich …"), a Spanish imperative in the tú, usted or vos form, often with
// its pronoun attached ("Suscríbete", "Regístrese", "Seguinos", "Descargá", "Únete"). Every
// combination of such a verb with what it asks for (the newsletter, the app, the channel, the
// subscription, the account) is a phrase of its own. A unit that opens with such a request and
// names site furniture in it is the site speaking; the request alone is not: a recipe or a
// guide speaks to its reader too ("Schneiden Sie die Zwiebeln", "Consulte a su médico"), so a
// request without a word of site furniture gets no evidence.

// ImperativeEvidence is the reason of a unit that opens with a request to the reader about
// site furniture (see readerImperative).
const ImperativeEvidence = "reader-imperative"

const (
	// imperativeWeight is the weight of a request to the reader about site furniture: as
	// strong as a call to action's phrase.
	imperativeWeight = 0.55
	// maxImperativeWords bounds the units that are read as a request: a promo's sentence,
	// not a paragraph of a guide.
	maxImperativeWords = 30
)

// furnitureStems are the beginnings of folded words of what a site asks its reader to do
// something with: its subscription, newsletter, account, app, channels, comments, its
// journalism and the reader's support, a link or a button. German and Spanish; a guide's
// requests name none of them ("Prüfen Sie Ihr Konto" is a bank account: "konto" is left out,
// so is "anmeld", the registry office's as much as the newsletter's; so are "site" and
// "pagina": "Acesse o site da Receita Federal" is a guide's, "nosso site" the site's).
var furnitureStems = newStemSet(strings.Fields(`abo abonn newsletter postfach spende journalismus redaktion
	weiterles leserservice podcast push werbeblock adblock premium probeabo testabo digitalabo
	zugang whatsapp telegram instagram facebook youtube tiktok kanal kommentar artikel unser
	suscri boletin canal redes aplicacion notificacion correo email cuenta registr comenta
	periodismo aporte aportacion donacion donar enlace nuestr nosotros twitter google spotify
	epaper paper verteiler rundbrief
	iscri canale redazion notific nostr noss diretta dirette assinatur inscri cadastr
	aplicativ video fotogaller galler`)...)

// furnitureWords are the short words of site furniture, matched whole: as the start of a
// word they would begin others ("uns" "unsicher", "app" "Applaus", "aca" "academia").
var furnitureWords = wordSet("uns app apps aqui aca mail link links clic click socio socios socia socias")

// germanDuImperatives are the folded verbs of a familiar German request that open a unit
// ("Hol dir den Newsletter", "Melde dich an"): the imperative of the verbs a site asks with.
// Forms that are also a noun or an adverb opening a sentence of news are left out: "Teile der
// Redaktion …", "Folge drei des Podcasts …", "Sicher ist, dass die App …", "Besuche in der
// Redaktion …", "Spende für …", "Klick für Klick …", "Bleibe", "Trage", "Lese".
var germanDuImperatives = wordSet(
	"hol hole sichere melde registriere abonniere abonnier lies folg unterstutze werde lade",
	"hor hore entdecke teste trag klicke schreib schreibe aktiviere gib verpasse bleib nutze",
	"starte probiere",
)

// germanAppealVerbs are folded German verbs whose formal request is an appeal whatever
// follows: "Spenden Sie …", "Abonnieren Sie …".
var germanAppealVerbs = wordSet("spenden abonnieren")

// spanishImperatives are the folded forms that open a Spanish request (tú, usted and vos),
// with or without the pronoun attached. Forms that news opens sentences with as a third person
// are left out ("Hace dos años …", "Entra en vigor …", "Sigue la búsqueda …", "Prueba de ello
// …", "Crea el Gobierno …", "Date cuenta …") or with a name ("Lee Jae-myung", "Mira Pérez",
// "Lea Seydoux"):
// see spanishThirdPersonImperatives. The few kept ("descarga", "comparte", "escucha") rarely
// open a sentence of news, and never without site furniture.
var spanishImperatives = wordSet(
	// tú
	"suscribete registrate unete apuntate siguenos descarga descargala descargalo descargate",
	"comparte compartelo haz hazte escribenos contactanos cuentanos envianos",
	"ayudanos apoyanos informate enterate mantente escucha pincha pulsa clica cliquea dale",
	"sumate",
	// usted
	"suscribase registrese unase siganos descargue comparta reciba acceda",
	"inicie ingrese haga hagase consulte visite escribanos contactenos cuentenos",
	"envienos ayudenos apoyenos colabore aporte active acepte configure disfrute",
	"pruebe consiga aproveche descubra informese enterese mantengase escuche guarde",
	"comente vote valore pinche pulse toque conozca explore elija deje opine",
	"participe suscribanse registrense",
	// vos (the accent that tells "hacé" from "hace" is folded away: those stay out)
	"suscribite unite seguinos segui comparti recibi hacete escribinos contanos",
	"proba consegui descubri mantenete elegi",
)

// spanishThirdPersonImperatives are the tú (and vos) forms news also opens sentences with as
// a third person ("Sigue abierta la investigación sobre el canal de Telegram", "Accede al
// cargo …", "Hace tres años abrió su cuenta de Twitter"): they make a request only when the
// unit also speaks to the reader or as the site (spanishReaderWords), "Accede a tu cuenta",
// "Recibe nuestro boletín", "Hacé clic acá", or in a short button. ("Inicia" is left out:
// "Inicia la cuenta atrás" is a headline.)
var spanishThirdPersonImperatives = wordSet(
	"sigue entra ingresa accede recibe consulta visita activa acepta configura",
	"disfruta prueba consigue aprovecha descubre colabora dona aporta crea deja conoce",
	"explora elige participa opina comenta valora vota guarda toca hace lee mira lea mire done",
)

// spanishReaderWords are folded words in which a Spanish, Italian or Portuguese unit speaks to
// its reader or as the site: "tu", "aquí", "nuestro", "qui", "nostro", "você", "nosso".
var spanishReaderWords = wordSet("tu tus te ti aqui aca nuestro nuestra nuestros nuestras",
	"tuo tua tuoi tue qui nostro nostra nostri nostre voce seu sua seus suas nosso nossa nossos nossas")

// romanceImperatives are the folded Italian and Portuguese forms that open a request to the
// reader and no sentence of news: "Iscriviti", "Seguici", "Acesse", "Confira", "Assista".
// ("Leggi" is also "laws", "Entre" also "between": left out; "Scopri" is the phrases'.)
var romanceImperatives = wordSet(
	"iscriviti seguici segui condividi condividilo cliccate vai scrivici",
	"contattaci inviaci mandaci unisciti abbonati registrati accedi sostienici scaricala",
	"acesse confira assista baixe compartilhe inscreva cadastre ouca leia curta",
)

// romanceThirdPersonImperatives are Italian and Portuguese requests that are also a third
// person or a noun ("Guarda la Costa …", "Resta il nodo …", "Toque de recolher", "Clicca su un
// link sospetto e perde …", "Clique em links … pode ser perigoso"): like
// spanishThirdPersonImperatives they ask only with a reader's or the site's word after them,
// or in a short button. ("Visita" and "attiva" are left out: a noun and an adjective that open
// local news with "nostro": "Visita del presidente al nostro ospedale".)
var romanceThirdPersonImperatives = wordSet(
	"guarda ascolta tocca entra resta rimani scarica partecipa commenta lascia clicca",
	"toque veja siga saiba envie participe comente deixe visite acompanhe ative clique",
)

// spanishRequest reports whether folded word w opens a Spanish, Italian or Portuguese request
// in the unit folded in tok: one of spanishImperatives or romanceImperatives, or of the third
// person lists in a unit with a word of spanishReaderWords after it.
func spanishRequest(tok *tokens, w string, at int) bool {
	if spanishImperatives[w] || romanceImperatives[w] {
		return true
	}
	if !spanishThirdPersonImperatives[w] && !romanceThirdPersonImperatives[w] {
		return false
	}
	if at+1 < tok.n() && ofWords[string(tok.word(at+1))] {
		// A noun and its complement: "Visita del presidente al nostro ospedale", "Toque de
		// recolher", "Consulta de …".
		return false
	}
	for i := at + 1; i < tok.n() && i <= at+furnitureWindow; i++ {
		if !tok.w[i].quoted && spanishReaderWords[string(tok.word(i))] {
			return true
		}
	}
	// A button: a short unit, the furniture right after the verb ("Accede a contenidos
	// exclusivos", "Sigue a <Medio> en Instagram").
	return at == 0 && tok.n() <= maxSpanishButtonWords && furnitureAfter(tok, 1, 3)
}

// ofWords are the folded words of "of" after a noun: "del", "della", "do", "de", "di".
var ofWords = wordSet("de del di della dello dell dei degli delle do da dos das")

// maxSpanishButtonWords is the longest unit spanishRequest reads as a button.
const maxSpanishButtonWords = 6

// requestReporting are folded verbs that report a request someone else made, beyond
// reportingWords: "Laden Sie die App herunter, empfahl das Ministerium", "Visite el museo
// entre semana, aconsejan los guías". A request so reported is the news's.
var requestReporting = wordSet(
	"empfahl empfiehlt empfehlen riet rat raten bittet bat baten fordert forderte appellierte",
	"mahnt mahnte warnt warnte rief ruft meint meinte betont",
	"pidio pide piden pidieron recomendo recomienda recomiendan aconseja aconsejan aconsejo",
	"recuerda recuerdan recordo advirtio advierte insto insta",
	"consiglia consigliano raccomanda raccomandano suggerisce suggeriscono", // "…, consiglia l'ufficio del turismo."
	"aconselha aconselham sugere sugerem radzi radza apeluje advises suggests",
)

// reportsRequest reports a word of reported speech or of a reported request (reportingWords,
// requestReporting) from word i of tok on: the request is someone else's, reported ("Spenden
// Sie lieber gezielt an wenige Organisationen, raten Experten.").
func reportsRequest(tok *tokens, i int) bool {
	for ; i < tok.n(); i++ {
		if reportWordAt(tok, i) {
			return true
		}
	}
	return false
}

// reportWord reports a word of reported speech or of a reported request (reportingWords,
// requestReporting).
func reportWord(w string) bool { return reportingWords[w] || requestReporting[w] }

// reportWordAt is reportWord for word i of tok.
func reportWordAt(tok *tokens, i int) bool { return reportTable.at(tok, i) != 0 }

// reportTable holds the words of reportWord for the loops over a unit's words.
var reportTable = func() wordTable[uint8] {
	m := map[string]uint8{}
	for _, set := range []map[string]bool{reportingWords, requestReporting} {
		for w := range set {
			m[w] = 1
		}
	}
	return newWordTable(m)
}()

// spanishPronounImperatives are the forms of spanishImperatives with their pronoun attached
// ("Suscríbete", "Síganos", "Hacete"): no third person shares them, so inside a longer unit
// they alone mark a request worth scoring the sentences for (see readerImperative).
var spanishPronounImperatives = wordSet(
	"suscribete registrate unete apuntate siguenos descargala descargalo descargate compartelo",
	"hazte informate enterate mantente escribenos contactanos cuentanos envianos ayudanos",
	"apoyanos sumate suscribase registrese unase siganos hagase escribanos contactenos",
	"cuentenos envienos ayudenos apoyenos informese enterese mantengase suscribanse",
	"registrense suscribite unite seguinos hacete escribinos contanos mantenete",
)

// readerImperative adds evidence for a unit that opens with a request to the reader in
// German or Spanish and names site furniture (furnitureStems) after it: "Sichern Sie sich
// jetzt Ihren Zugang", "Hol dir den Newsletter", "Seguinos en Instagram", "Descargá la app".
// A German formal request is a verb in -en before "Sie" that is no question: "Haben Sie ein
// Abo?" asks, it does not request; one whose verb asks for money (germanAppealVerbs) or that
// ends with an exclamation mark needs no furniture word. A quotation, or a request someone is
// reported to make, is not the site's. A request inside a longer unit (a paragraph a promo is
// glued to) counts as a candidate, so that the caller scores its sentences: a German formal
// one, a Spanish one with its pronoun attached, or another whose furniture word follows within
// nearFurniture words (a bare "lee" or "sigue" is as often a third person, and scoring every
// sentence after one costs time).
func readerImperative(sc *scratch, t string) {
	tok := &sc.tok
	n := tok.n()
	if n < 2 {
		return
	}
	if n <= maxImperativeWords && !tok.w[0].quoted && (opensRequest(sc, t) || germanButton(sc, t)) {
		sc.opener, sc.label = true, true
		sc.candidates++
		sc.sig = append(sc.sig, signal{"reader-imperative", ImperativeEvidence, imperativeWeight, classRule})
		return
	}
	if last := string(tok.word(n - 1)); germanVerb(last) && !buttonAuxiliaries[last] {
		// A button glued to the end of a paragraph: "… im Sommer. Jetzt Termin buchen".
		for i := max(0, n-maxButtonWords); i < n-1; i++ {
			if buttonOpeners[string(tok.word(i))] {
				sc.candidates++
				return
			}
		}
	}
	// A request inside the unit: voiceFamilies (supportvoice.go) finds it in its pass over
	// the words and asks requestAt.
}

// requestAt reports whether word i of the unit folded in sc opens a request to the reader
// inside the unit (see readerImperative): a German formal one (an appeal's verb, or the unit
// exclaims, or furniture follows closely), a Spanish one with its pronoun attached, or another
// whose furniture word follows within nearFurniture words. Its looks are bounded, so that a
// paragraph with many a "sie" costs no more than one pass.
func requestAt(sc *scratch, i int, exclaims bool) bool {
	tok := &sc.tok
	if i <= 0 || i+1 >= tok.n() {
		return false
	}
	w := string(tok.word(i))
	if tok.w[i+1].hash == sieHash {
		return germanVerb(w) && (germanAppealVerbs[w] || exclaims || furnitureAfter(tok, i+2, nearFurniture))
	}
	return spanishPronounImperatives[w] && furnitureAfter(tok, i+1, furnitureWindow) ||
		(spanishRequest(tok, w, i) || germanDuImperatives[w]) && furnitureAfter(tok, i+1, nearFurniture)
}

// sieHash is the hash fold computes for "sie".
var sieHash = fnv("sie")

// hashBits returns a bitset of the fold hashes of the words of sets.
func hashBits(sets ...map[string]bool) *[bitsetWords]uint64 {
	b := new([bitsetWords]uint64)
	for _, set := range sets {
		for w := range set {
			setBit(b, fnv(w))
		}
	}
	return b
}

// opensRequest reports whether the unit t, folded in sc, opens with a request to the reader
// about site furniture (see readerImperative), and marks the words of the verb covered.
func opensRequest(sc *scratch, t string) bool {
	tok := &sc.tok
	// Most units neither open with a verb of the lists nor hold "Sie" among their first
	// words: the hashes fold computed settle them without a lookup.
	sieAt := 0
	for k := 1; k <= maxNameWords+1 && k < tok.n(); k++ {
		if tok.w[k].hash == sieHash {
			sieAt = k
			break
		}
	}
	if sieAt == 0 && tok.w[0].sets&setFamily == 0 {
		return false
	}
	first := string(tok.word(0))
	verbWords := 1
	if sieAt < 2 {
		// No name before a request.
	} else if k := namedRequest(tok, t); k > 0 {
		// "<Name der Stiftung> Unterstützen Sie …!": a label, then the request.
		first, verbWords = string(tok.word(k)), k+2
		if germanAppealVerbs[first] || strings.HasSuffix(strings.TrimRight(t, " \t\"'”“»«)"), "!") {
			for i := 0; i < verbWords; i++ {
				sc.covered[i] = true
			}
			return true
		}
	}
	switch {
	case verbWords > 1:
	case sieAt == 1 && germanSieImperative(t, first):
		verbWords = 2
		if (germanAppealVerbs[first] || strings.HasSuffix(strings.TrimRight(t, " \t\"'”“»«)"), "!")) && !reportsRequest(tok, verbWords) {
			// "Spenden Sie jetzt", "Unterstützen Sie die Arbeit der Bahnhofsmission!": the
			// verb asks for money, or the request is an appeal's, not a guide's advice.
			sc.covered[0], sc.covered[1] = true, true
			return true
		}
	case germanDuImperatives[first], spanishRequest(tok, first, 0):
	default:
		return false
	}
	if reportsRequest(tok, verbWords) {
		return false
	}
	if !furnitureAfter(tok, verbWords, furnitureWindow) {
		return false
	}
	for k := 0; k < verbWords; k++ {
		sc.covered[k] = true
	}
	return true
}

// furnitureWindow is how many words after its verb a request names what it asks for in:
// "Suscríbete gratis a nuestro boletín", "Sichern Sie sich jetzt Ihren Zugang".
const furnitureWindow = 10

// nearFurniture is the window of furnitureAfter for a verb that may be a third person.
const nearFurniture = 4

// furnitureAfter reports an unquoted word of site furniture among the window words from word
// from.
func furnitureAfter(tok *tokens, from, window int) bool {
	for i := from; i < tok.n() && i < from+window; i++ {
		if w := tok.word(i); !tok.w[i].quoted && (furnitureWords[string(w)] || furnitureStems.has(w)) {
			return true
		}
	}
	return false
}

// stemSet holds word beginnings by their first byte, so that a word is compared only with
// the stems that could begin it.
type stemSet [256][]string

// newStemSet returns the stemSet of stems.
func newStemSet(stems ...string) *stemSet {
	s := new(stemSet)
	for _, p := range stems {
		s[p[0]] = append(s[p[0]], p)
	}
	return s
}

// has reports whether folded word w starts with one of the stems.
func (s *stemSet) has(w []byte) bool {
	if len(w) == 0 {
		return false
	}
	for _, p := range s[w[0]] {
		if len(w) >= len(p) && string(w[:len(p)]) == p {
			return true
		}
	}
	return false
}

// germanVerb reports a folded word of four letters or more in -en, -ern or -eln: the form of
// a German formal request's verb.
func germanVerb(w string) bool {
	return len(w) >= 4 && (strings.HasSuffix(w, "en") || strings.HasSuffix(w, "ern") || strings.HasSuffix(w, "eln"))
}

// germanSieImperative reports a unit that opens with a German formal request: a capitalised
// verb in -en, -ern or -eln (folded: first) followed by "Sie", that does not end with a
// question mark. "Abonnieren Sie unseren Newsletter", "Sichern Sie sich …"; not "Haben Sie
// ein Abo?" nor "Sie haben …".
func germanSieImperative(t, first string) bool {
	if !germanVerb(first) {
		return false
	}
	if strings.HasSuffix(strings.TrimRight(t, " \t\"'”“»«)"), "?") {
		return false
	}
	w0, rest := rawWord(t)
	w1, _ := rawWord(rest)
	r, _ := utf8.DecodeRuneInString(w0)
	return unicode.IsUpper(r) && w1 == "Sie"
}

// maxNameWords is the most words of a name that may stand before a German request at the
// start of a unit (namedRequest).
const maxNameWords = 3

// namedRequest returns the index of the verb of a German formal request that follows a name
// at the start of unit t, folded in tok: "Deutsche Kinderturn-Stiftung Unterstützen Sie das
// Kinderturnen!". Mid-sentence German writes a verb in lower case, so a capitalised verb
// before "Sie" after one to maxNameWords capitalised words starts a request of its own, as
// a label and a button the scraper ran together. It returns 0 when there is none (or a
// question).
func namedRequest(tok *tokens, t string) int {
	if strings.HasSuffix(strings.TrimRight(t, " \t\"'”“»«)"), "?") {
		return 0
	}
	rest := t
	var runs [maxNameWords + 2]string
	for i := range runs {
		runs[i], rest = rawWord(rest)
		if runs[i] == "" {
			return 0
		}
	}
	for k := 1; k <= maxNameWords; k++ {
		if r, _ := utf8.DecodeRuneInString(runs[k-1]); !unicode.IsUpper(r) {
			return 0 // a word of prose before it: no name
		}
		if runs[k+1] != "Sie" || k+1 >= tok.n() || string(tok.word(k+1)) != "sie" {
			continue
		}
		verb := string(tok.word(k))
		if r, _ := utf8.DecodeRuneInString(runs[k]); !unicode.IsUpper(r) || !germanVerb(verb) {
			continue
		}
		if f := foldWords(runs[k]); len(f) == 1 && f[0] == verb {
			return k // the raw word is the folded one: the runs line up with the words
		}
	}
	return 0
}

// rawWord returns the first run of letters of t, as written, and what follows it.
func rawWord(t string) (word, rest string) {
	start := strings.IndexFunc(t, unicode.IsLetter)
	if start < 0 {
		return "", ""
	}
	end := strings.IndexFunc(t[start:], func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return t[start:], ""
	}
	return t[start : start+end], t[start+end:]
}

// closingNoun reports a piece of one word that ends with a full stop: "Spende." cut from "Der
// Verein freut sich über jede Spende." German writes its nouns with a capital, so a noun that
// closes a sentence looks like a label glued after it at no full stop ("… Anzeige"), but a
// label glued so brings no full stop of its own.
func closingNoun(t string) bool {
	t = strings.TrimRight(t, " \t\"'”“»«)")
	return strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "..") && strings.IndexFunc(t, unicode.IsSpace) < 0
}

// clauseFinalVerbs are the function words of rules/stopwords.txt that end a German clause: a
// subordinate clause puts its verb last ("…, wie groß das Problem tatsächlich ist"), so a
// paragraph that ends on one ends a sentence, though without a full stop; a promo glued after
// it is no continuation of a dangling clause.
var clauseFinalVerbs = wordSet("ist sind")

// maxButtonWords is the longest German button label germanButton reads.
const maxButtonWords = 6

// buttonOpeners are the folded adverbs a German button opens with before its infinitive:
// "Jetzt Termin buchen", "Gleich ausprobieren". ("Einfach …", "Sofort …" and
// "Direkt …" open subheadings and demands as often: "Einfach mal abschalten", "Sofort
// zurücktreten".)
var buttonOpeners = wordSet("jetzt gleich")

// buttonAuxiliaries are the infinitives that end a German clause as often as a button: "Jetzt
// muss gehandelt werden" is a subheading.
var buttonAuxiliaries = wordSet("werden sein haben konnen mussen sollen durfen wollen bleiben")

// germanButton reports, and marks covered, a German button label: an adverb of
// buttonOpeners, at most maxButtonWords words, and an infinitive in lower case last, with no
// full stop, question mark or colon after it ("Jetzt Probefahrt vereinbaren", "Jetzt 30
// Tage gratis lesen!"). German puts the infinitive of a request last; a subheading that opens
// with "Jetzt" has its finite verb second ("Jetzt beginnen die Ferien").
func germanButton(sc *scratch, t string) bool {
	tok := &sc.tok
	n := tok.n()
	if n < 2 || n > maxButtonWords || !buttonOpeners[string(tok.word(0))] {
		return false
	}
	last := string(tok.word(n - 1))
	if !germanVerb(last) || buttonAuxiliaries[last] {
		return false
	}
	end := strings.TrimRight(t, " \t!")
	if end == "" || strings.ContainsAny(end[len(end)-1:], ".?:;") {
		return false
	}
	i := strings.LastIndexFunc(end, func(r rune) bool { return !unicode.IsLetter(r) })
	if r, _ := utf8.DecodeRuneInString(end[i+1:]); !unicode.IsLower(r) {
		return false // a noun or a name last: "Jetzt die Ferien"
	}
	// Between them only nouns, figures, the adverbs and articles of an offer and more
	// infinitives ("Jetzt 30 Tage gratis lesen", "Jetzt unverbindlich beraten lassen"); a
	// finite verb ("Jetzt heißt es abwarten") makes it a clause.
	rest := t
	for k := 0; ; k++ {
		var w string
		if w, rest = rawWord(rest); w == "" {
			break // figures are no words of letters: "Jetzt 30 Tage gratis lesen"
		}
		if r, _ := utf8.DecodeRuneInString(w); k == 0 || unicode.IsUpper(r) {
			continue
		}
		if f := foldWords(w); len(f) != 1 || !buttonWords[f[0]] && !germanVerb(f[0]) {
			return false
		}
	}
	sc.covered[0], sc.covered[n-1] = true, true
	return true
}

// buttonWords are the lower-case words a German button may hold besides nouns and
// infinitives: the adverbs and articles of an offer.
var buttonWords = wordSet(
	"kostenlos gratis hier online unverbindlich direkt schnell einfach gleich mehr noch und",
	"zum zur im beim bei am an auf fur mit ohne den die das der dem ein eine einen",
	"ihr ihre ihren dein deine deinen sich dir",
)

// topicImperatives are the folded imperatives with which an ad for a topic of the topic
// categories asks its reader to play, bet, invest or borrow ("Comece a investir", "Zagraj
// teraz", "Pariez sur …"), in forms that are no noun and no third person. English "play" and
// "bet" open news as nouns; German asks with "Sie" (promoVoice's formal "you").
// topicImperativesNow are forms that are also a third person ("L'Italia gioca stasera", "El
// club apuesta por …", "Juega el Madrid"): an imperative only with "now" or "today" after it
// ("gioca ora", "Apuesta hoy").
var (
	topicImperatives = wordSet(
		"invest borrow",
		"scommetti investi richiedi",
		"jouez pariez misez investissez empruntez",
		"juegue apueste invierta solicite",
		"jogue aposte invista comece ganhe solicite",
		"speel wed beleg investeer leen",
		"zagraj postaw inwestuj zainwestuj odbierz wez",
	)
	topicImperativesNow = wordSet("gioca punta juega apuesta invierte pide solicita")
	nowWords            = wordSet("now today ora subito adesso oggi ahora ya hoy agora hoje maintenant nu teraz")
)

// topicImperative reports whether a clause of t opens with a word of topicImperatives, or of
// topicImperativesNow before a word of nowWords: at t's first field, or after a comma, a
// colon, a semicolon or a dash.
func topicImperative(t string) bool {
	clause, pending := true, false
	for f := range strings.FieldsSeq(t) {
		found, opens := false, false
		foldEach(strings.TrimLeftFunc(f, openingMark), func(w []byte) {
			found = found || pending && nowWords[string(w)] || clause && topicImperatives[string(w)]
			opens = opens || clause && topicImperativesNow[string(w)]
		})
		if found {
			return true
		}
		pending = opens
		clause = isDash(f) || strings.ContainsAny(f[len(f)-1:], ",:;")
	}
	return false
}
