package spam

import (
	"strings"
	"unicode"
)

// AnchoredLead is the evidence of a unit kept because the phrase anchored to its start, a
// label's or a button's words, opens a sentence of the article that goes on about them (see
// anchoredLead).
const AnchoredLead = "anchored-lead"

const (
	anchoredLeadMinWords = 8   // the fewest words of a unit whose anchored phrase opens a lead
	anchoredLeadFigures  = 10  // the fewest words of one that holds a figure (a small ad's price)
	anchoredLeadRest     = 5   // the fewest words a lead says after the anchored phrase
	anchoredLeadPerWord  = 0.5 // what the words after the phrase may lean towards boilerplate, a word at most
)

// anchoredLead reports a unit that opens on a phrase anchored to a unit's start and goes on as
// a sentence of the article: "Código promocional falso: la policía alerta de …", "Termini di
// utilizzo poco chiari: il Garante multa …", "Wpis sponsorowany bez oznaczenia kosztował …".
// The anchor is there because the phrase is a label or a button when it opens a unit; a lead
// may open on the same words and then report. Such a unit's one piece of evidence is that
// phrase, a third of it at most, and what follows it:
//   - goes on in lower case, and, after a teaser's label, without a colon or a comma between
//     ("Leggi anche: il Garante …", "Zobacz również, jak …" are a teaser and its title);
//   - holds no second sentence glued on without a full stop ("Most read in Sport The council …");
//   - does not follow a request's verb ("Comparte esta historia con …") or its verb and
//     object ("Try it free: this offer …", "Share this story with …");
//   - speaks to nobody, in no one's voice but the reporter's, and ends on a full stop;
//   - tells no rhythm of the site's ("Newsletter ukazuje się w każdy piątek …", "Most read
//     articles are updated every hour …": a widget describing itself);
//   - is not in the words of the site's pages, by the vocabulary model ("… accedé a todas las
//     notas del diario sin límites desde cualquier dispositivo").
func (s *Scorer) anchoredLead(sc *scratch, t string, n int, ctx Context) bool {
	if !sc.anchored || n < anchoredLeadMinWords || ctx.NextToSpam || !fullStopEnd(t) {
		return false
	}
	if n < anchoredLeadFigures && strings.ContainsAny(t, "0123456789") {
		return false // "Vendesi bilocale con terrazzo, 65 mq, 140.000 euro."
	}
	teaser := false
	for _, g := range sc.sig {
		if g.class == classShape || g.class == classRule && !strings.HasSuffix(g.reason, "-phrase") {
			return false // a marker, a family's evidence or a shape: not a phrase alone
		}
		teaser = teaser || g.reason == "readalso-phrase"
	}
	run := 0
	for run < n && sc.covered[run] {
		run++
	}
	if sc.ruleEnd > run || 3*run > n || n-run < anchoredLeadRest || !lowerWord(fieldOfWord(t, run)) ||
		teaser && markAfterWord(t, run-1) || s.capitalFunctionWord(t) {
		return false
	}
	tok := &sc.tok
	if second := string(tok.word(1)); objectPronouns[second] || englishObjects[second] || demonstratives[second] ||
		requestOpener(string(tok.word(0))) {
		return false // a request: "Try it free: …", "Share this story …", "Comparte esta historia …"
	}
	if promoVoice(sc, t) || speaksAsSite(sc, t) || addressesReader(tok, t) {
		return false
	}
	if rhythmAfter(tok, run) {
		return false // a widget's or a newsletter's rhythm: "… is updated every hour."
	}
	if s.vocab == nil {
		return true
	}
	lo, _ := logOddsOver(tok, s.vocab, run, nil)
	return lo < anchoredLeadPerWord*float64(n-run)
}

// requestOpener reports a folded first word that is a request to the reader and no word a
// sentence of news opens with: the imperatives the families know (spanishImperatives,
// romanceImperatives, actionVerbs, germanDuImperatives, boxRequestWords) and a Polish
// button's (polishButtonVerbs).
func requestOpener(w string) bool {
	return spanishImperatives[w] || romanceImperatives[w] || actionVerbs[w] || germanDuImperatives[w] ||
		boxRequestWords[w] || polishButtonVerbs[w]
}

// polishButtonVerbs are folded Polish imperatives a site's buttons open with: share, follow,
// log in, sign up, download, click, listen.
var polishButtonVerbs = wordSet("podziel udostepnij obserwuj zaloguj zarejestruj pobierz kliknij posluchaj")

// demonstratives are folded demonstratives that, as a unit's second word, make its first a
// request's verb and them its object: "Share this story with …", "Deel dit verhaal met …". A
// label's noun phrase goes on with an adjective or a preposition.
var demonstratives = wordSet("this these questa questo questi queste diese dieses diesen diesem dieser",
	"cette cet ces esta este estos estas essa esse dit deze")

// englishObjects are the English object pronouns of a request's verb that objectPronouns
// leaves out: "Try it", "Get them".
var englishObjects = wordSet("it them")

// capitalFunctionWord reports a function word in capitals after the first field of t that
// no mark ending a sentence or a clause precedes: a sentence glued to a label ("Noticias
// relacionadas | El pleno aprobó …", "Czytaj także | W poniedziałek rada …").
func (s *Scorer) capitalFunctionWord(t string) bool {
	_, stop := nextField(t, 0)
	for start := 0; ; {
		prev := t[start:stop]
		if start, stop = nextField(t, stop); start == stop {
			return false
		}
		f := t[start:stop]
		if !capitalised(f) || strings.ContainsAny(prev[len(prev)-1:], ".!?:;") {
			continue
		}
		function := false
		foldEach(f, func(w []byte) { function = function || s.stop[string(w)] })
		if function {
			return true
		}
	}
}

// wordField returns where the field of t (cut at spaces) that holds folded word k starts and
// stops, and whether word k is that field's last word; start == stop == len(t) past the last
// word.
func wordField(t string, k int) (start, stop int, last bool) {
	seen := 0
	for start, stop = nextField(t, 0); start < stop; start, stop = nextField(t, stop) {
		foldEach(t[start:stop], func([]byte) { seen++ })
		if seen > k {
			return start, stop, seen == k+1
		}
	}
	return len(t), len(t), false
}

// fieldOfWord returns the field of t that holds folded word k (wordField), stripped of the
// punctuation before its first letter or digit, or "" past the last word.
func fieldOfWord(t string, k int) string {
	start, stop, _ := wordField(t, k)
	return strings.TrimLeftFunc(t[start:stop], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// markAfterWord reports punctuation between folded word k of t and the next word: a colon, a
// comma, a bar, a dash ("Leggi anche: …", "Zobacz również, jak …", "Mehr zum Thema | …").
func markAfterWord(t string, k int) bool {
	const marks = ":,;|-–—"
	start, stop, last := wordField(t, k)
	if !last {
		return false // word k and the next one share a field, or there is no word k
	}
	f := t[start:stop]
	if strings.ContainsAny(f[strings.LastIndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })+1:], marks) {
		return true
	}
	for start, stop = nextField(t, stop); start < stop; start, stop = nextField(t, stop) {
		words := 0
		foldEach(t[start:stop], func([]byte) { words++ })
		if words > 0 {
			return false // the next word
		}
		if strings.ContainsAny(t[start:stop], marks) {
			return true
		}
	}
	return false
}
