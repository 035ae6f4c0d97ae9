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
// so is "anmeld", the registry office's as much as the newsletter's).
var furnitureStems = strings.Fields(`abo abonn newsletter postfach spende journalismus redaktion
	weiterles leserservice podcast push werbeblock adblock premium probeabo testabo digitalabo
	zugang whatsapp telegram instagram facebook youtube tiktok kanal kommentar artikel unser
	suscri boletin canal redes aplicacion notificacion correo email cuenta registr comenta
	periodismo aporte aportacion donacion donar enlace nuestr nosotros twitter google spotify`)

// furnitureWords are the short words of site furniture, matched whole: as the start of a
// word they would begin others ("uns" "unsicher", "app" "Applaus", "aca" "academia").
var furnitureWords = wordSet("uns app apps aqui aca mail link links clic click socio socios socia socias")

// germanDuImperatives are the folded verbs of a familiar German request that open a unit
// ("Hol dir den Newsletter", "Melde dich an"): the imperative of the verbs a site asks with.
var germanDuImperatives = wordSet(
	"hol hole sichere sicher melde registriere abonniere abonnier lies lese folge folg teile",
	"unterstutze werde lade hor hore entdecke teste trag trage klicke klick schreib schreibe",
	"aktiviere gib verpasse bleib bleibe nutze starte probiere besuche spende",
)

// spanishImperatives are the folded forms that open a Spanish request (tú, usted and vos),
// with or without the pronoun attached. Many are also a third person ("descarga", "sigue",
// "comparte"): a unit of news rarely opens with its verb and names site furniture too.
var spanishImperatives = wordSet(
	// tú
	"suscribete registrate unete apuntate siguenos sigue descarga descargala descargalo",
	"descargate comparte compartelo lee mira recibe accede inicia entra ingresa haz hazte",
	"date consulta visita escribenos contactanos cuentanos envianos ayudanos apoyanos",
	"colabora dona aporta activa acepta configura disfruta prueba consigue aprovecha",
	"descubre informate enterate mantente escucha guarda comenta vota valora pincha pulsa",
	"toca clica cliquea dale conoce explora elige sumate crea deja opina participa",
	// usted
	"suscribase registrese unase siganos descargue comparta lea mire reciba acceda",
	"inicie ingrese haga hagase consulte visite escribanos contactenos cuentenos",
	"envienos ayudenos apoyenos colabore done aporte active acepte configure disfrute",
	"pruebe consiga aproveche descubra informese enterese mantengase escuche guarde",
	"comente vote valore pinche pulse toque conozca explore elija cree deje opine",
	"participe suscribanse registrense",
	// vos
	"suscribite unite seguinos segui comparti recibi hace hacete escribinos contanos",
	"proba consegui descubri mantenete elegi",
)

// requestReporting are folded verbs that report a request someone else made, beyond
// reportingWords: "Laden Sie die App herunter, empfahl das Ministerium", "Visite el museo
// entre semana, aconsejan los guías". A request so reported is the news's.
var requestReporting = wordSet(
	"empfahl empfiehlt empfehlen riet rat raten bittet bat baten fordert forderte appellierte",
	"mahnt mahnte warnt warnte rief ruft",
	"pidio pide piden pidieron recomendo recomienda recomiendan aconseja aconsejan aconsejo",
	"recuerda recuerdan recordo advirtio advierte insto insta",
)

// readerImperative adds evidence for a unit that opens with a request to the reader in
// German or Spanish and names site furniture (furnitureStems) after it: "Sichern Sie sich
// jetzt Ihren Zugang", "Hol dir den Newsletter", "Seguinos en Instagram", "Descargá la app".
// A German formal request is a verb in -en before "Sie" that is no question: "Haben Sie ein
// Abo?" asks, it does not request. A quotation, or a request someone is reported to make, is not the site's.
func readerImperative(sc *scratch, t string) {
	tok := &sc.tok
	n := tok.n()
	if n < 2 || n > maxImperativeWords || tok.w[0].quoted {
		return
	}
	first := string(tok.word(0))
	verbWords := 0
	switch {
	case germanSieImperative(t, first):
		verbWords = 2
	case germanDuImperatives[first], spanishImperatives[first]:
		verbWords = 1
	default:
		return
	}
	for i := verbWords; i < n; i++ {
		if w := string(tok.word(i)); reportingWords[w] || requestReporting[w] {
			return
		}
	}
	for i := verbWords; i < n; i++ {
		if w := tok.word(i); tok.w[i].quoted || !furnitureWords[string(w)] && !hasStem(w, furnitureStems) {
			continue
		}
		for k := 0; k < verbWords; k++ {
			sc.covered[k] = true
		}
		sc.opener, sc.label = true, true
		sc.candidates++
		sc.sig = append(sc.sig, signal{"reader-imperative", ImperativeEvidence, imperativeWeight, classRule})
		return
	}
}

// germanSieImperative reports a unit that opens with a German formal request: a capitalised
// verb in -en, -ern or -eln (folded: first) followed by "Sie", that does not end with a
// question mark. "Abonnieren Sie unseren Newsletter", "Sichern Sie sich …"; not "Haben Sie
// ein Abo?" nor "Sie haben …".
func germanSieImperative(t, first string) bool {
	if len(first) < 4 || !strings.HasSuffix(first, "en") && !strings.HasSuffix(first, "ern") &&
		!strings.HasSuffix(first, "eln") {
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
