package spam

import (
	"iter"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/text"
)

// Lead looks for a promo glued to the start of sentence t with no sentence break between the
// two: "Follow us on Facebook to stay up to date The board of …", "SUIVEZ-NOUS SUR GOOGLE
// ACTUALITÉS Le gouvernement a …". Such a sentence is neither spam as a whole (most of it is
// the article's) nor clean; cutting the promo off keeps the sentence.
//
// It returns the byte offset in t where the promo ends (the rest, after white space, is the
// article's sentence) and the verdict on the promo, or 0 and the zero Verdict when there is
// none. The promo must open t, carry rule evidence and be spam as a unit of its own; the rest
// must read as a sentence (it starts a new clause with a capital, runs on for six words or
// more, ends like a sentence and holds no rule phrase or marker). Where the promo ends is read
// from the shape of the text: the first word after the last rule match that starts a clause
// (a capitalised article or other function word, a dateline "MÜNCHEN —", a word after
// sentence punctuation, a link or a glyph), or, right after the last match, any capitalised
// word. When in doubt it finds nothing: the sentence is kept whole.
func (s *Scorer) Lead(t string, ctx Context) (end int, v Verdict) {
	return onVisible(t, ctx, s.lead)
}

// onVisible runs cut, which returns an offset in t and a verdict, on t as the filter's output
// has it (see visible): bytes that are not text dropped, a space where words would join
// ("A\x15ice" is "A ice" there), so that a second pass over the output decides alike. The
// offset is mapped back to t.
func onVisible(t string, ctx Context, cut func(string, Context) (int, Verdict)) (int, Verdict) {
	if TextOnly(t) == t {
		return cut(t, ctx)
	}
	vis, at := visible(t)
	k, v := cut(vis, ctx)
	if k > 0 {
		k = at[k]
	}
	return k, v
}

// lead is Lead on text without bytes that are not text (see visible).
func (s *Scorer) lead(t string, ctx Context) (end int, v Verdict) {
	if end, v = s.ruleLead(t, ctx); end > 0 {
		return end, v
	}
	if end, v = s.datelineLead(t, ctx); end > 0 {
		return end, v
	}
	if end, v = s.framedLead(t, ctx); end > 0 {
		return end, v
	}
	return s.lineLead(t, ctx)
}

// FramedLabel is the evidence of a cut framedLead found.
const FramedLabel = "framed-label"

// framedLead cuts a label framed by dashes off the start of sentence t: "- Anzeige - | Endlich
// geschafft! …", "— Advertisement — | …". The closing dash ends the label surely, so the rest
// need not read as a long sentence (the splitter may have cut it short at an exclamation): two
// words or more, the first capitalised. The label, of at most labelMaxWords fields, must be
// spam as a glued unit on rule evidence.
func (s *Scorer) framedLead(t string, ctx Context) (int, Verdict) {
	start, stop := nextField(t, 0)
	if start == stop || !isDash(t[start:stop]) {
		return 0, Verdict{}
	}
	from := stop
	for k := 0; k <= labelMaxWords; k++ {
		if start, stop = nextField(t, stop); start == stop {
			return 0, Verdict{}
		}
		if !isDash(t[start:stop]) {
			continue
		}
		label := strings.TrimSpace(t[from:start])
		rest := t[stop:]
		if k == 0 || countFields(rest) < 2 || !capitalised(strings.TrimSpace(rest)) {
			return 0, Verdict{}
		}
		v := s.ScoreIn(label, Glued, Context{Doc: ctx.Doc, Para: ctx.Para, NextToSpam: ctx.NextToSpam})
		if !v.Spam || !RuleEvidence(v.Evidence) {
			return 0, Verdict{}
		}
		v.Evidence = append(v.Evidence, "glued-to-prose", FramedLabel)
		return stop, v
	}
	return 0, Verdict{}
}

// isDash reports a field that is a hyphen or a dash alone.
func isDash(f string) bool { return f == "-" || f == "–" || f == "—" }

// endsOnDash reports a field that ends on a hyphen or a dash, alone or joined to a word: a
// dateline's end ("Clube do leitor 12 –", "MÉRIDA.-").
func endsOnDash(f string) bool { return strings.TrimRight(f, "-–—") != f }

// DatelineAfter is the evidence of a cut datelineLead found.
const DatelineAfter = "dateline-after"

// datelineLead cuts a promo off sentence t when the rest of t is the article's dateline: one
// word in capitals and a full stop, as Italian local news opens ("Abbonati ora | MODENA."
// before "Il sindaco …"). The splitter ends the sentence at the dateline's full stop, so
// the article's first sentence is the next one, and the rest is too short to read as a
// sentence (restReads). The promo must be spam as a glued unit on rule evidence, at most
// labelMaxWords fields; the dateline's word four letters or more (not "DTO." nor "LLC."), no
// legal form, no function word and no rule's.
func (s *Scorer) datelineLead(t string, ctx Context) (int, Verdict) {
	body := strings.TrimRight(t, " ")
	word, ok := strings.CutSuffix(body[strings.LastIndexByte(body, ' ')+1:], ".")
	letters := strings.IndexFunc(word, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
	if !ok || !letters || utf8.RuneCountInString(word) < 4 || !allCaps(word) || legalForms[word] || legalForms[word+"."] {
		return 0, Verdict{}
	}
	head := strings.TrimRight(body[:len(body)-len(word)-1], " ")
	if head == "" || countFields(head) > labelMaxWords || inLower(s.stop, word) || s.phrasesIn(word, true) > 0 {
		return 0, Verdict{}
	}
	v := s.ScoreIn(head, Glued, Context{Doc: ctx.Doc, Para: ctx.Para, NextToSpam: ctx.NextToSpam})
	if !v.Spam || !RuleEvidence(v.Evidence) {
		return 0, Verdict{}
	}
	v.Evidence = append(v.Evidence, "glued-to-prose", DatelineAfter)
	return len(head), v
}

// LineBeforeProse is the evidence of a cut LineLead found.
const LineBeforeProse = "line-before-prose"

// LineLead is the part of Lead that needs no rule phrase in t: the first fields of sentence
// t, up to a field that surely opens a clause, would go as a line of their own in ctx's place
// ("Cryptocurrencies | The provincial government …"), and the rest reads as a sentence with
// no evidence. It returns where the promo ends (0 for no cut) and the promo's verdict.
func (s *Scorer) LineLead(t string, ctx Context) (end int, v Verdict) {
	if !capitalAfterFirst(t, labelMaxWords+1) {
		return 0, Verdict{} // nearly every sentence: no field that may open a clause
	}
	return onVisible(t, ctx, s.lineLead)
}

// capitalAfterFirst reports whether one of the second to the limit-th fields of t opens with
// a capital, after opening quotes and brackets: where lineLead may find a clause's start.
func capitalAfterFirst(t string, limit int) bool {
	_, stop := nextField(t, 0)
	for k := 1; k < limit; k++ {
		var start int
		if start, stop = nextField(t, stop); start == stop {
			return false
		}
		if capitalised(t[start:stop]) {
			return true
		}
	}
	return false
}

// lineLead cuts the first fields of t, up to a field that surely opens a clause, when they
// would go as a line of their own in ctx's place and the rest reads as a sentence with no
// evidence ("Cryptocurrencies | The provincial government …").
func (s *Scorer) lineLead(t string, ctx Context) (end int, v Verdict) {
	for b := range s.fieldBreaks(t, labelMaxWords+1) {
		opener := clauseOpener(b.field) || firstPerson(b.field)
		switch r, _ := utf8.DecodeRuneInString(b.field); {
		case b.at == clauseWeak && isQuoteMark(r):
			b.at = clauseHard // a quotation opens the article's sentence: "… | “Hopefully …"
		case b.at == clauseWeak && !legalForms[b.field] && datelineAfter(t[b.start+len(b.field):]):
			b.at = clauseHard // a dateline in title case: "… | Rostock - Die …"
		case b.at == clauseWeak && opener, b.at == clauseNone && firstPerson(b.field):
			b.at = clauseFunction // "Archivio newsletter | Sono stati …", "Comments 0 | I joined …"
		}
		if b.at == clauseNone || objectPronoun(b.field) || endsOnDash(b.prev) {
			// No clause opens, or an object pronoun goes on the label ("Follow | Us"), or a
			// dash ends the part before: a dateline's ("Clube do leitor 12 – | O prefeito …",
			// "… PORTO VELHO.- | Tras …").
			continue
		}
		if s.endsOnFunctionWord(b.prev) && !opener && !endsOnObject(b.prev) {
			// A capital after a preposition or an article goes on with its phrase ("Share
			// with | The Guardian"); not after an object pronoun ("Soutenez-nous | Le conseil …"),
			// nor when a conjunction or a pronoun opens the clause ("Share with | If …").
			continue
		}
		rest := t[b.start:]
		if countFields(rest) < leadMinRest || !terminated(rest) || s.phrasesIn(rest, false) > 0 {
			continue
		}
		if b.at == clauseFunction && !opener && endsOnObject(b.prev) && s.titleRun(b.prev, rest) && !s.clauseAfterName(rest) {
			continue // a label in title case goes on after its pronoun: "Follow Us | On If …"
		}
		head := strings.TrimRight(t[:b.start], " \t\n")
		// The head is asked about as a line over the rest of its paragraph (Context.head): a
		// label of a topic that neither that rest nor any other paragraph takes up is no
		// subheading ("Krypto Trader | Am Dienstag …").
		w := s.ScoreIn(head, Line, Context{Doc: ctx.Doc, Para: ctx.Para, head: true})
		switch {
		case !w.Spam, b.at == clauseWeak && !s.weakBreakOpens(b, head, rest, promoPhrase(w.Evidence)), s.apposition(t, b.start, w):
		case topicEvidence(w.Evidence) && !s.labelEnds(head):
			// A topic's word opens a kicker of the article's own ("Umfrage unter Lehrern: |
			// Viele sehen …"); as a line of its own it is the topic's word alone
			// ("Cryptocurrencies | The provincial government …").
		case s.ScoreIn(rest, Glued, Context{Doc: ctx.Doc, Para: ctx.Para}).Spam:
			// The rest is boilerplate too: the unit goes whole or not at all.
		default:
			w.Evidence = append(w.Evidence, LineBeforeProse)
			return len(head), w
		}
	}
	return 0, Verdict{}
}

// weakBreakOpens reports whether a capitalised word that is no function word (b, at byte
// start of rest) opens the article's sentence after head, a line of its own, rather than
// going on a name: the word after it is in lower case ("Offerte e abbonamenti |
// Chiusa da ieri …", not "… | Jo Watson"), the word before it is in lower case, or head in capitals
// ("MORE FROM NEWS | Residents …"), and
//   - a rule's match covers head's last word, or head holds no other capital, no dash or
//     colon after which a clause goes on, its last field is no figure and b's field no name
//     before a comma ("Code Promo 3 | 412 Belges", "… Painter Ann | Reed, from …", "Jetzt
//     kostenlos testen – mit diesem | Versprechen …", a German noun);
//   - head has two fields or more: a word alone may be a name's first ("Mira | Pérez
//     escribió …", "Facebook | Marketplace listings …").
func (s *Scorer) weakBreakOpens(b fieldBreak, head, rest string, promo bool) bool {
	// After a promo a rule's phrase explains, a name and its verb open the article's sentence
	// (nameSubject); after a role or a word of site furniture, the name is the role's ("Editor
	// in chief | Daniel Moore said …").
	subject := promo && nameSubject(rest)
	switch {
	case s.titleRun(b.prev, rest) && !subject, !lowerSecond(rest) && !subject:
		return false
	case germanSubject(head):
		// The head is a German clause, its finite verb in second place, not a label: the
		// capital after it is a noun of the clause ("Drittanbieter-Cookies sollen im
		// kommenden | Jahr verschwinden …").
		return false
	case capitalised(b.prev) && !allCaps(head) && !germanSubject(rest):
		// A name in title case goes on ("The Home | Secretary has …"); German writes its
		// nouns so, and its verb in second place shows where the clause opens.
		return false
	case !s.labelEnds(head) && (strings.ContainsAny(b.field, ",;:") || capitalAfterFirst(head, labelMaxWords) || isNumber([]byte(b.prev)) ||
		strings.ContainsAny(head, "–—:") || strings.Contains(head, " - ")):
		return false
	}
	return head != b.prev
}

// promoPhrase reports a rule's phrase among evidence (PhraseEvidence).
func promoPhrase(evidence []string) bool { return slices.ContainsFunc(evidence, PhraseEvidence) }

// PhraseEvidence reports whether evidence e (Verdict.Evidence) is a rule's phrase of a category
// other than site furniture's ("paywall:unlimited access", not "ui:editor").
func PhraseEvidence(e string) bool {
	cat, _, ok := strings.Cut(e, ":")
	return ok && cat != uiCategory
}

// nameSubject reports whether rest opens on a name of two capitalised fields, no punctuation
// between them, and a finite verb in lower case (nameVerbs): the article's sentence opens on
// its subject ("… a week | Greater Manchester has recorded …", "… | Anna Berg said …").
func nameSubject(rest string) bool {
	_, first := nextField(rest, 0)
	second, stop, ok := secondField(rest)
	if !ok || !capitalised(rest[:first]) || !capitalised(rest[second:stop]) || strings.ContainsAny(rest[second:stop], ",;:.!?") {
		return false
	}
	start, end := nextField(rest, stop)
	return start < end && nameVerbs[rest[start:end]]
}

// nameVerbs are finite verbs in the third person that follow a subject's name in the eight
// languages, none of them a word of a label or an article ("is", "said", "ha", "est",
// "dijo", "disse", "heeft", "jest").
var nameVerbs = wordSet("is was has had said says told will would",
	"è ha aveva era disse", "est était avait", "dijo fue había", "disse foi tinha",
	"heeft zei", "jest był była powiedział")

// germanSubject reports whether rest opens on a German clause's subject of one field and its
// finite verb in second place (germanFiniteVerbs): German writes every noun with a capital, so
// a capital after a label's capitalised word opens the article's sentence only where the verb
// says so ("Danke fürs Abonnieren | Bauarbeiter haben …").
func germanSubject(rest string) bool {
	second, stop, ok := secondField(rest)
	if !ok {
		return false
	}
	ws := foldWords(rest[second:stop])
	return len(ws) == 1 && germanFiniteVerbs[ws[0]]
}

// germanFiniteVerbs are common German verbs in the third person, folded, as a clause's second
// field after its subject: the modals and "werden" (germanModals), "sein" and "haben", verbs
// of reporting; none is a word of another of the eight languages ("will", "war", "stand" and
// "plant" are English too).
var germanFiniteVerbs = func() map[string]bool {
	m := wordSet("ist sind waren hat haben hatte hatten gibt geht gehen ging kommt kommen bleibt bleiben",
		"sagt sagen sagte sagten fordert fordern forderte planen plante droht drohen drohte")
	for w := range germanModals {
		m[w] = w != "will"
	}
	return m
}()

// lastPart returns the part of field f after its last hyphen: "nous" of "Soutenez-nous".
func lastPart(f string) string {
	return f[strings.LastIndexAny(f, "-‐")+1:]
}

// clauseOpener reports a field whose word opens a clause and does not go on a name or a
// label: a conjunction, a connective adverb, a subject pronoun, a common verb (an existential
// one too: "Hay", "Há", "C'è"), a quantifier or an English demonstrative, capitalised ("If",
// "Sono", "Während", "Según", "Pourtant", "Much", "Plusieurs", "This"). The function words
// are clauseStart's.
func clauseOpener(f string) bool {
	w := strings.TrimRightFunc(strings.TrimLeftFunc(f, openingMark), func(r rune) bool { return !unicode.IsLetter(r) })
	return inLower(clauseOpeners, w) || frenchInversion(w)
}

// frenchInversion reports a French verb with its subject pronoun after it, a question's
// opening ("Faut-il", "Peut-on", "Va-t-elle"): no label's word, nor a name's.
func frenchInversion(w string) bool {
	verb, pronoun, ok := strings.Cut(w, "-")
	if !ok || verb == "" || !unicode.IsUpper([]rune(verb)[0]) {
		return false
	}
	pronoun = strings.TrimPrefix(pronoun, "t-")
	switch pronoun {
	case "il", "elle", "on", "ils", "elles", "nous", "vous":
		return true
	}
	return false
}

// clauseOpeners are clauseOpener's words, in lower case.
var clauseOpeners = wordSet(
	// en
	"if when while after before since although though because but however he she they " +
		"there what who how why which despite during according following yesterday today meanwhile nobody nothing " +
		"much many most some several few both each every this these those " +
		// it
		"se quando mentre dopo poiché perché però ma lui lei loro sono è ha hanno era erano " +
		"secondo nonostante durante ieri oggi stamattina stasera intanto nessuno niente nulla molti molte alcuni alcune diversi c'è c’è " +
		"inoltre tuttavia infatti dunque eppure quindi " +
		// de
		"wenn als während nachdem bevor seit obwohl weil aber doch er man laut trotz schon " +
		"bereits zwar dabei damit gestern heute zuvor inzwischen derzeit bisher niemand nichts viele einige mehrere manche " +
		"außerdem dennoch trotzdem deshalb denn jedoch " +
		// fr
		"si quand lorsque pendant après avant depuis selon malgré mais ils elles c'est c’est hier aujourd'hui aujourd’hui lors désormais rien " +
		"plusieurs certains certaines chaque beaucoup alors ainsi pourtant cependant enfin car donc puis certes parmi dès outre face " +
		// es
		"cuando mientras después antes desde según aunque durante pero él ella ellos fue son ayer hoy tras ante anoche nadie nada pese " +
		"muchos muchas varios varias algunos algunas hay había habrá además entonces asimismo " +
		// pt
		"enquanto depois desde embora mas ele ela eles é foi são ontem hoje após nesta neste segundo ninguém apesar " +
		"muitos muitas vários várias alguns algumas há havia além porém contudo entretanto " +
		// nl
		"wanneer terwijl nadat voordat sinds volgens hoewel tijdens maar hij zij gisteren vandaag inmiddels niemand niets ondanks sommige enkele " +
		"bovendien toch daarom echter " +
		// pl
		"gdy kiedy podczas chociaż choć według jednak ale ona oni jest był są wczoraj dziś dzisiaj nikt nic mimo wiele kilka niektórzy niektóre " +
		"ponadto dlatego natomiast")

// datelineAfter reports text that opens with a dash between spaces and a capitalised word,
// as after a dateline, or with an agency in brackets before them: " - Die Fähre …", " (dpa)
// – Am Hafen …".
func datelineAfter(followed string) bool {
	if start, stop := nextField(followed, 0); strings.HasPrefix(followed[start:stop], "(") && strings.HasSuffix(followed[start:stop], ")") && stop-start <= 12 {
		followed = followed[stop:] // an agency: "Rostock (dpa) - …"
	}
	for _, d := range []string{" - ", " – ", " — "} {
		if rest, ok := strings.CutPrefix(followed, d); ok {
			start, stop := nextField(rest, 0)
			return capitalised(rest[start:stop])
		}
	}
	return false
}

// buttonNouns are the words for a button of the eight languages, after which a capitalised
// word is the button's name ("… en el botón | Aceptar"), not the article's first word.
var buttonNouns = wordSet("button botón bouton pulsante botão knop przycisk schaltfläche")

// articles are the articles of the eight languages, which no function word follows.
var articles = wordSet("the a an il lo la i gli le un uno una der die das den dem des ein eine einen einem einer " +
	"les une du el los las unos unas o os as um uma de het een")

// inLower reports whether w in lower case is in set, without allocating for a short word.
func inLower(set map[string]bool, w string) bool {
	var buf [48]byte
	b := buf[:0]
	for _, r := range w {
		b = utf8.AppendRune(b, unicode.ToLower(r))
		if len(b) > len(buf)-utf8.UTFMax {
			return set[strings.ToLower(w)]
		}
	}
	return set[string(b)]
}

// firstPerson reports a field that is the English pronoun "I", alone or contracted ("I’ve").
func firstPerson(f string) bool {
	w, _, _ := strings.Cut(strings.ReplaceAll(f, "’", "'"), "'")
	return w == "I"
}

// lowerSecond reports whether the second field of rest opens with a lower-case letter: the
// capitalised word before it opens a sentence, not a name.
func lowerSecond(rest string) bool {
	_, first := nextField(rest, 0)
	start, _ := nextField(rest, first)
	r, _ := utf8.DecodeRuneInString(rest[start:])
	return unicode.IsLower(r)
}

// ruleLead is Lead's walk from the rules' matches.
func (s *Scorer) ruleLead(t string, ctx Context) (end int, v Verdict) {
	if end, v := s.holderLead(t, ctx); end > 0 {
		return end, v // holder.go
	}
	if end, v := s.mediaLead(t, ctx); end > 0 {
		return end, v // mediateaser.go
	}
	if end, v := s.arrowLead(t, ctx); end > 0 {
		return end, v // mediateaser.go
	}
	if end, v := s.stampLead(t); end > 0 {
		return end, v // datestamp.go
	}
	if end, v := s.sponsorLead(t, ctx); end > 0 {
		return end, v // sitecredit.go
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.tok.fold(t)
	n := sc.tok.n()
	if n < leadMinWords+leadMinRest && !(n >= 1+minQuotationRest && dashField(t)) {
		return 0, Verdict{} // too short for a promo and a sentence, but for a quotation's
	}
	sc.startMatch()
	s.matchRules(sc, t)
	if s.opensWithAdLabel(t) {
		// An ad's label and its teasers run on before the article's sentence ("AnzeigeJetzt
		// Tagesgeld vergleichen … Beim Stadtrat stieß …"): the label's evidence covers no word.
		if end, v := s.adLead(t, ctx); end > 0 {
			return end, v
		}
	}
	first, last, trimmed := -1, -1, false
	for i, c := range sc.covered {
		if c {
			if first >= 0 && i-last > leadMaxGap && s.uiWordsFrom(&sc.tok, sc.covered, i) && proseBetween(t, last+1, i) {
				// Site-furniture words this far from the promo, after words of prose, are the
				// article's: "Leer más | El Ayuntamiento aprobó … para el próximo año." The
				// promo then ends only where a clause surely opens: German writes its nouns
				// with a capital ("Jetzt kostenlos testen – mit diesem Versprechen …").
				trimmed = true
				break
			}
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 && ctx.NextToSpam {
		return s.leadFragment(t, ctx)
	}
	if first < 0 {
		// A label whose rule matches it only as a unit of its own: a rule must be able to
		// start among the first words.
		for i := 0; i < min(n, labelMaxWords); i++ {
			if s.ruleMayStart(&sc.tok, i) || i == 0 && strings.HasPrefix(t, "©") {
				return s.labelLead(t, ctx, false)
			}
		}
		return 0, Verdict{}
	}
	if first == 0 && furnitureOnly(sc.sig) {
		// Words of site furniture open t: a label whose rule matches it only as a unit of its
		// own may hold them ("Abbonati | Intanto a Bologna …"). The walk below cuts a
		// single word only before a function word; a label a request's rule explains may
		// go before any capital.
		if end, v := s.labelLead(t, ctx, true); end > 0 {
			return end, v
		}
	}
	if first > leadMaxStart {
		return 0, Verdict{} // the evidence is not at the start: the sentence opens with prose
	}
	minWords := leadMinWords
	if ctx.NextToSpam {
		minWords = 2 // the tail of a promo removed before it: "… CLICK HERE The Home Secretary"
	}
	// Walk the fields (runs of non-space) of t, counting the folded words before each one.
	other := scratchPool.Get().(*scratch)
	defer scratchPool.Put(other)
	words := 0
	prev := ""
	// furniture says every field after the last rule match so far is a platform name or a
	// function word ("… na Facebooku i Instagramie"): the promo may end at any capital.
	furniture := true
	prevFunction := false // the last word of prev is a function word
	after := -1           // where the first field after the last rule match starts
	menu := false         // a separator of a menu came before prev
	prevNumber := false   // the field before prev is a figure
	for start := 0; start < len(t); {
		for start < len(t) && (t[start] == ' ' || t[start] == '\t' || t[start] == '\n') {
			start++
		}
		stop := start
		for stop < len(t) && t[stop] != ' ' && t[stop] != '\t' && t[stop] != '\n' {
			stop++
		}
		if start == stop {
			break
		}
		field := t[start:stop]
		if words > leadMaxWords {
			break
		}
		other.tok.fold(field)
		if words > last && after < 0 {
			after = start
		}
		if words > last && prev != "" && other.tok.n() > 0 {
			function := s.opensOnFunctionWord(&other.tok, field)
			at := clauseStart(prev, field, t[stop:], function)
			if at == clauseWeak && clauseOpener(field) && !endsOnDash(prev) {
				// A conjunction, a subject pronoun or a time adverb opens a clause as
				// surely as an article ("… newsletter from the Courier | Since the storm …");
				// not after a dateline ending on a dash ("… MÉRIDA.- | Tras …"), which the
				// clause goes with.
				at = clauseFunction
			}
			if at == clauseHard && menuSeparator(prev) && menu {
				at = clauseNone // the last item of a menu: "Impressum | Datenschutz | Kontakt | AGB"
			}
			if at == clauseWeak && words == last+1 && isQuoteMark(firstRune(field)) {
				at = clauseFunction // a quotation right after the match: "Register now | “Hopefully …"
			}
			if prevNumber && thousands(prev) {
				at = clauseNone // a figure split at its thousands: "… | 3 412 Belges ont …"
			}
			if at == clauseWeak && isNumber([]byte(strings.TrimRight(prev, ".,:;"))) && figureNouns[string(other.tok.word(0))] {
				at = clauseNone // a unit or a currency after a figure, capitalised in German: "25 | Euro Prämie"
			}
			if at == clauseNone && words == last+1 && sc.anchored && endsOnLetter(prev) && standaloneLabelOnly(sc.sig) &&
				figureOpens(field, t[stop:]) && !slices.Contains(sc.covered[:words], false) && !strings.ContainsAny(t[:start], "0123456789") {
				// A related-link, share or follow-us label a rule anchored to the start explains
				// whole, then a figure and a word in lower case: the article's sentence opens on
				// a count ("Read more | 12 people were injured …", "Partager l'article | 1 350
				// élèves ont …"). Only the label goes. Not other labels, which a figure goes on
				// ("Free returns within | 30 days", "Printed from | 1901 to 1955, …"), nor after
				// a dash ("Écouter cet article - | 4 min"), nor after a label with counts in it,
				// whose buttons' counts go on ("Like 88 Share | 140").
				if v, ok := s.leadSplit(t, start, false, ctx); ok {
					return len(strings.TrimRight(t[:start], " \t\n")), v
				}
			}
			// A capitalised word after a promo of site furniture, or after words that lean
			// apart from it, opens the article's clause; so may one after a promo of two rule
			// phrases or more (sure: the phrases are counted on the cut's verdict below).
			apart, sure, object := false, false, false
			if at == clauseWeak && !furniture {
				apart = s.leansApart(t, after, start, prev)
				sure = !apart && s.surePromoBreak(t, after, start, prev, field)
				object = !apart && !sure && s.labelObject(sc, t, ctx, last, words, prev, field, t[stop:])
			}
			switch {
			case at == clauseNone, at == clauseWeak && (trimmed || !furniture && !apart && !sure && !object):
			case at == clauseWeak && prevFunction && !(words == last+1 && objectPronoun(prev) && !s.titleRun(prev, t[start:])):
				// After a match ending on a pronoun ("Follow Us | Starmer told …"), not on a
				// preposition, which its object follows ("Scommetti sul | Giro d'Italia: …").
				// A capital right after an article or a preposition goes on with its phrase
				// (German writes nouns with a capital: "In Kooperation mit der | Universität").
			case at == clauseFunction && inLower(articles, prev) && !capitalised(prev):
				// An article in lower case, then a capitalised function word of another
				// language: a name ("… for the | Los Alamos laboratory …").
			case at == clauseWeak && stopSoon(t[start:], 3):
				// A name ending in a full stop the splitter took for an abbreviation:
				// "… our partner ViaggiSereni S.r.l. | Un escursionista …".
			default:
				need := minWords
				if at == clauseHard {
					need = min(need, 2) // "Riproduzione riservata © | ROMA — …"
				}
				if !slices.Contains(sc.covered[:words], false) {
					// The rules explain every word before the clause: a button or a label of
					// a word or two ("Read more | The council …", "Zobacz też | Przetestowaliśmy
					// …"); one word alone only before a clause that surely opens.
					need = 2
					if at != clauseWeak || verbLabel(sc.sig) && !s.titleRun(prev, t[start:]) {
						need = 1
					}
				}
				if words >= need {
					if v, ok := s.leadSplit(t, start, function, ctx); ok && (!sure || rulePhrases(v.Evidence) >= 2) {
						if k, w, ok := s.teaserTitle(t, start, v, ctx); ok {
							start, v = k, w
						}
						// Trim only the white space the fields are split at, so that the cut
						// falls on the break, not inside a field ending in other white space.
						return len(strings.TrimRight(t[:start], " \t\n")), v
					}
				}
				if at != clauseWeak && s.phrasesIn(firstFields(t[start:], 2), true) == 0 {
					// The article's clause opens here, and the cut failed: a capital
					// further on is inside that clause ("The Home Secretary"). Not when
					// the promo goes on past the break: "Deel dit artikel: | Facebook | X |
					// … | E-mail De oppositie …".
					return 0, Verdict{}
				}
			}
		}
		if words > last && furniture {
			for k := 0; k < other.tok.n(); k++ {
				// A figure right after the match is the promo's: a year after a ©, a price.
				if w := other.tok.word(k); !s.stop[string(w)] && !(isNumber(w) && words == last+1) && s.phrasesIn(field, true) == 0 {
					furniture = false
				}
			}
		}
		words += other.tok.n()
		prevNumber = prev != "" && isNumber([]byte(prev))
		prevFunction = other.tok.n() > 0 && s.stop[string(other.tok.word(other.tok.n()-1))] &&
			!labelAdverbs[string(other.tok.word(other.tok.n()-1))]
		menu = menu || menuSeparator(prev)
		prev = field
		start = stop
	}
	return 0, Verdict{}
}

// standaloneLabelOnly reports rule evidence among sig of the categories of labels that stand
// alone before the article, no count going on them, only: related links, share buttons and
// follow-us links, and words of site furniture.
func standaloneLabelOnly(sig []signal) bool {
	return onlyRules(sig, func(g signal) bool {
		switch g.reason {
		case "readalso-phrase", "share-phrase", "follow-phrase", "ui-phrase":
			return true
		}
		return false
	})
}

// endsOnLetter reports a field whose last rune is a letter.
func endsOnLetter(f string) bool {
	r, _ := utf8.DecodeLastRuneInString(f)
	return unicode.IsLetter(r)
}

// figureOpens reports a field that is a figure ("12", "1.500") followed by a word that opens
// in lower case, or by a capitalised one and then such a word: a sentence that opens on a
// count ("12 people were injured …", "12 Menschen wurden …"). A figure with a comma after it
// is a name's or a list's ("Read more on Channel 4, Sky …").
func figureOpens(field, followed string) bool {
	if !isNumber([]byte(field)) || strings.ContainsAny(field[len(field)-1:], ".,") {
		return false
	}
	start, stop := nextField(followed, 0)
	for start < stop && thousands(followed[start:stop]) {
		start, stop = nextField(followed, stop) // "1 350 élèves ont …"
	}
	if start == stop {
		return false
	}
	r, _ := utf8.DecodeRuneInString(followed[start:stop])
	if unicode.IsUpper(r) {
		// German writes the counted noun with a capital: "12 Menschen wurden …".
		start, stop = nextField(followed, stop)
		r, _ = utf8.DecodeRuneInString(followed[start:stop])
	}
	return start < stop && unicode.IsLower(r)
}

// thousands reports a field of three digits: a group of a figure written with spaces between
// its thousands ("1 350", "1 250 000").
func thousands(f string) bool { return len(f) == 3 && strings.Trim(f, "0123456789") == "" }

// labelLead looks for a label glued to the start of sentence t that a rule explains only as a
// unit of its own ("Commenti", "Werbung", "Comments (1)", "© Le Parisien"): the rules of such
// labels are anchored at both ends, so they find nothing in the longer sentence. Of the first
// labelMaxWords fields, a run that opens t, is spam as a glued unit of its own with the
// evidence of a label or a line of boilerplate, and is followed by a field that opens a clause
// goes; the rest must read as a sentence with no evidence (leadSplit). Of such runs, the one
// before the surest start of a clause wins, the shortest on a tie: a longer one may run into
// the article's words ("© Verlag 2020 | Die Entscheidung von …"). A subheading the
// scraper joined to its paragraph has no such evidence ("Die Reaktionen Der Bürgermeister …").
//
// With requests, a break at a capitalised word that is no function word (clauseWeak) takes a
// label a rule of requests explains (requestEvidence): a name may go on after a noun or a
// platform's name ("Pubblicità Progresso ha lanciato …", "Facebook Marketplace listings …").
func (s *Scorer) labelLead(t string, ctx Context, requests bool) (end int, v Verdict) {
	// The break that most surely opens a clause wins, the first of them on a tie: after a
	// ©, the holder's name runs on to a function word ("© Courrier du Sud | Le conseil …").
	best := clauseNone
	for b := range s.fieldBreaks(t, labelMaxWords) {
		// A label does not end on a function word, and a capital after one goes on with its
		// phrase ("© Verlag 2020 Die | Entscheidung …"). A rule's match must end the label
		// (labelEnds): a run that the article's first words made spam is no label ("Cookies
		// anpassen Beim Stichwort …").
		at := b.at
		if b.prev == "©" {
			at = clauseNone // a holder's name follows the sign
		}
		if at > best && !s.endsOnFunctionWord(b.prev) && s.labelEnds(t[:b.start]) {
			if w, ok := s.leadSplit(t, b.start, b.function, ctx); ok && labelEvidence(w) &&
				(at > clauseWeak || !s.nameAfter(t[b.start:]) && !(nounEvidence(w.Evidence) && s.titleRun(b.prev, t[b.start:])) &&
					!(requests && !requestEvidence(w.Evidence))) {
				best, end, v = at, len(strings.TrimRight(t[:b.start], " ")), w
			}
		}
	}
	return end, v
}

// fieldBreak is a place between two fields of a unit where a clause may open: the second
// field starts at start, prev is the field before it, function says the field's first word
// is a function word, and at how surely a clause opens there (clauseStart).
type fieldBreak struct {
	start       int
	prev, field string
	function    bool
	at          int
}

// fieldBreaks yields the breaks before the second to the limit-th field of t.
func (s *Scorer) fieldBreaks(t string, limit int) iter.Seq[fieldBreak] {
	return func(yield func(fieldBreak) bool) {
		other := scratchPool.Get().(*scratch)
		defer scratchPool.Put(other)
		start, prev := 0, ""
		for k := 0; k < limit; k++ {
			var stop int
			if start, stop = nextField(t, start); start == stop {
				return
			}
			field := t[start:stop]
			if prev != "" {
				other.tok.fold(field)
				function := s.opensOnFunctionWord(&other.tok, field)
				if !yield(fieldBreak{start, prev, field, function, clauseStart(prev, field, t[stop:], function)}) {
					return
				}
			}
			prev = field
			start = stop
		}
	}
}

// opensWithAdLabel reports a unit t that opens with an ad's label (adPrefix).
func (s *Scorer) opensWithAdLabel(t string) bool {
	if t == "" || !strings.ContainsRune(adLabelInitials+adLabelBullets, rune(t[0])) && t[0] < utf8.RuneSelf {
		return false // nearly every unit: not the first byte of a label
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.tok.fold(t)
	sc.startMatch()
	adPrefix(sc, t)
	return slices.ContainsFunc(sc.sig, func(g signal) bool { return g.reason == AdPrefixEvidence })
}

// adLead cuts a unit that opens with an ad's label (adPrefix) before the first field, among
// the maxAdPrefixWords the label's evidence reaches, that surely opens a clause (a capitalised
// function word, sentence punctuation, a dateline) after a word that is no function word, when
// the rest reads as a sentence with no evidence and the part before it is spam (leadSplit).
func (s *Scorer) adLead(t string, ctx Context) (end int, v Verdict) {
	for b := range s.fieldBreaks(t, maxAdPrefixWords+1) {
		if b.at >= clauseFunction && !s.endsOnFunctionWord(b.prev) {
			if w, ok := s.leadSplit(t, b.start, b.function, ctx); ok {
				return len(strings.TrimRight(t[:b.start], " ")), w
			}
		}
	}
	return 0, Verdict{}
}

// labelEnds reports whether a rule's match covers the last word of the label t, or t is a ©
// with at most a year and a holder's name after it ("© Le Parisien").
func (s *Scorer) labelEnds(t string) bool {
	t = strings.TrimSpace(t)
	if strings.HasPrefix(t, "©") && countFields(t) <= 2+maxHolderWords {
		return true
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.tok.fold(t)
	n := sc.tok.n()
	if n == 0 {
		return false
	}
	s.coverRules(sc, t)
	return sc.covered[n-1]
}

// coverRules matches the rules against t, folded in sc, from a clean slate: sc.covered then
// says which words a match covers, sc.sig holds the matches.
func (s *Scorer) coverRules(sc *scratch, t string) {
	sc.startMatch()
	s.matchRules(sc, t)
}

// nextField returns where the first run of non-space (spaces being ' ') of t[from:] starts and
// stops; start == stop past the last one.
func nextField(t string, from int) (start, stop int) {
	start = from
	for start < len(t) && t[start] == ' ' {
		start++
	}
	stop = start
	for stop < len(t) && t[stop] != ' ' {
		stop++
	}
	return start, stop
}

// labelObject reports whether the words after the last rule match (at word last of sc's
// unit) up to word words are a label's object: the match ends on a preposition, and a
// capitalised word, prev, after at most an article is all that follows it ("More from |
// Sports | Opposition councillors …", "More from the | Herald | Residents …"). Then field,
// followed by a word in lower case, opens the article's sentence. Not when a capital follows
// field ("More from Local | Sport The council …": the name goes on) or field ends on a comma
// (a name and its apposition: "Marta Ruiz, concejala de …"). A read-also label's object is
// a section's or a site's name; after a label of another kind, whose last word need have no
// object ("In partnership with | New Hampshire is …"), only when the whole of t is spam: the
// cut then keeps the article's words the whole unit's removal would take.
func (s *Scorer) labelObject(sc *scratch, t string, ctx Context, last, words int, prev, field, followed string) bool {
	tok := &sc.tok
	if last < 0 || words > tok.n() || !capitalised(prev) || strings.HasSuffix(field, ",") || !lowerSecond(field+followed) {
		return false
	}
	if w := string(tok.word(last)); !s.stop[w] || labelAdverbs[w] || objectPronouns[w] {
		return false
	}
	k := last + 1
	if k < words-1 && s.stop[string(tok.word(k))] {
		k++ // an article before the object
	}
	if k != words-1 {
		return false
	}
	return slices.ContainsFunc(sc.sig, func(g signal) bool { return g.reason == "readalso-phrase" }) ||
		s.ScoreIn(t, Glued, Context{Doc: ctx.Doc, Para: ctx.Para, NextToSpam: ctx.NextToSpam}).Spam
}

// uiWordsFrom reports whether every word from i on that covered marks is a site-furniture
// word of its own (a rule of one word in uiCategory).
func (s *Scorer) uiWordsFrom(tok *tokens, covered []bool, i int) bool {
	for ; i < len(covered); i++ {
		if covered[i] && !slices.ContainsFunc(s.byFirst.get(uint64(tok.w[i].hash)), func(c candidate) bool {
			p := &s.phrases[c.id]
			return len(p.words) == 1 && p.rule.Category == uiCategory && p.wordsMatch(tok, i)
		}) {
			return false
		}
	}
	return true
}

// proseBetween reports whether most fields of t that hold its folded words from to to (not
// included) open in lower case, as prose does; a menu's items are capitalised ("Impressum
// Abo Karriere … Datenschutz").
func proseBetween(t string, from, to int) bool {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	words, lower, all := 0, 0, 0
	for start, stop := nextField(t, 0); start < stop && words < to; start, stop = nextField(t, stop) {
		sc.tok.fold(t[start:stop])
		if words >= from && sc.tok.n() > 0 {
			all++
			if r, _ := utf8.DecodeRuneInString(t[start:stop]); unicode.IsLower(r) {
				lower++
			}
		}
		words += sc.tok.n()
	}
	return 3*lower >= 2*all
}

// labelEvidence reports a verdict whose evidence is that of a label or a line of boilerplate
// as a unit of its own.
func labelEvidence(v Verdict) bool {
	return slices.ContainsFunc(v.Evidence, func(e string) bool {
		return e == "short-label" || e == "boilerplate-line" || e == "label-line" || e == "copyright-sign"
	})
}

const (
	leadMinWords = 3  // words of a promo cut from the start of a sentence (2 after a promo)
	leadMinRest  = 6  // words of the sentence left after it
	leadMaxStart = 12 // the first rule match starts at most this many words in (a company name)
	leadMaxWords = 30 // words of a promo, at most
	leadMaxGap   = 6  // words between two rule matches of one promo, at most
)

// leadSplit checks a cut of t at byte at: the rest reads as a sentence with no evidence of its
// own, the part before it is spam. function says the rest opens with a function word.
func (s *Scorer) leadSplit(t string, at int, function bool, ctx Context) (Verdict, bool) {
	if !s.restReads(t[at:], function) && !s.quotationAfterDash(t, at) {
		return Verdict{}, false
	}
	head := strings.TrimRightFunc(t[:at], unicode.IsSpace)
	v := s.ScoreIn(head, Glued, Context{Doc: ctx.Doc, Para: ctx.Para, NextToSpam: ctx.NextToSpam})
	if !v.Spam || s.apposition(t, at, v) {
		return Verdict{}, false
	}
	v.Evidence = append(v.Evidence, "glued-to-prose")
	return v, true
}

// minQuotationRest is the fewest fields of a quotation's sentence quotationAfterDash takes.
const minQuotationRest = 3

// quotationAfterDash reports whether the rest of t from byte at is a quotation's first
// sentence that a dash alone opens, as Polish, Spanish and Portuguese news set a speaker's
// words ("Premium – | Nie zgodzimy się na to."): a capitalised field after the dash,
// minQuotationRest fields or more, the end of a sentence and no rule phrase. Shorter than
// restReads asks, as a speaker's first sentence often is.
func (s *Scorer) quotationAfterDash(t string, at int) bool {
	before := strings.TrimRight(t[:at], " ")
	rest := t[at:]
	start, stop := nextField(rest, 0)
	return isDash(before[strings.LastIndexByte(before, ' ')+1:]) && start < stop && capitalised(rest[start:stop]) &&
		countFields(rest) >= minQuotationRest && terminated(rest) && s.phrasesIn(rest, false) == 0
}

// dashField reports whether a dash alone stands among the fields of t.
func dashField(t string) bool {
	return strings.Contains(t, " – ") || strings.Contains(t, " — ") || strings.Contains(t, " - ")
}

// apposition reports whether t's head before byte at is the noun phrase an article's
// sentence opens with before a name (appositionHead): a promo of that shape ends on a word
// its rules explain, and names no topic alone ("Read more | Opposition councillors …",
// "Download our app | Police …"); a head whose last word no rule covers, or whose evidence is
// only a topic's (v), reads as the sentence's subject.
func (s *Scorer) apposition(t string, at int, v Verdict) bool {
	head := strings.TrimRightFunc(t[:at], unicode.IsSpace)
	if from, to := s.articleName(t); from > 0 && at >= from && at <= to && (rulePhrases(v.Evidence) == 0 || !s.labelEnds(t[:from])) {
		// "I commenti sulla pagina | Facebook del sindaco …", "A assinatura | Globoplay vai
		// …": the cut falls on the name of the thing the subject names. Not after a word a
		// rule's phrase explains, a word of site furniture aside: "Las más leídas | María
		// López fue …" is a label.
		return true
	}
	return s.appositionHead(t) == len(head) && (!s.labelEnds(head) || topicEvidence(v.Evidence))
}

// articleName returns where the name a sentence's subject gives opens and ends, in bytes of t,
// when t opens on a definite article, one to four words in lower case and a run of one to
// three capitalised words that are no function words, after which a word in lower case goes
// on: "La newsletter settimanale | Internazionale Extra | è stata sospesa …", "Los comentarios
// en la página | Facebook | del alcalde …", "L'application | Doctolib | a été visée …". A label
// run on into a sentence opens the sentence with a capitalised function word ("La newsletter
// | Il sindaco …") or has no article ("Newsletter | Roma …"). 0, 0 when t opens otherwise.
func (s *Scorer) articleName(t string) (from, to int) {
	start, stop := nextField(t, 0)
	first := t[start:stop]
	words := 0
	if a, rest, ok := strings.Cut(first, "'"); ok && definiteArticles[a] && lowerWord(rest) || strings.HasPrefix(first, "L’") && lowerWord(first[len("L’"):]) {
		words = 1 // "L'application"
	} else if !definiteArticles[first] {
		return 0, 0
	}
	for ; words < 5; words++ {
		if start, stop = nextField(t, stop); start == stop {
			return 0, 0
		}
		f := t[start:stop]
		if capitalised(f) {
			break
		}
		if !lowerWord(f) || strings.ContainsAny(f, ",.;:!?|") {
			return 0, 0 // a figure, a mark: no plain noun phrase
		}
	}
	if words == 0 || words == 5 {
		return 0, 0
	}
	from = start
	for k := 0; k < 3; k++ {
		f := t[start:stop]
		if r, _ := utf8.DecodeRuneInString(f); !unicode.IsUpper(r) || allCaps(f) || s.stop[strings.ToLower(strings.TrimRight(f, ",.;:!?"))] {
			return 0, 0 // a quotation opens a sentence: "… «Hemos …"
		}
		to = stop
		if strings.ContainsAny(f, ",.;:!?") {
			return 0, 0 // "Roma, il …": a dateline's comma
		}
		if start, stop = nextField(t, stop); start == stop {
			return 0, 0
		}
		if lowerWord(t[start:stop]) {
			return from, to
		}
	}
	return 0, 0
}

// definiteArticles are the capitalised definite articles that open a sentence's subject in the
// seven languages that have them.
var definiteArticles = map[string]bool{"The": true, "Il": true, "Lo": true, "La": true, "I": true, "Gli": true,
	"Le": true, "L": true, "Les": true, "El": true, "Los": true, "Las": true, "O": true, "A": true, "Os": true,
	"As": true, "De": true, "Het": true, "Der": true, "Die": true, "Das": true}

// appositionHead returns the length of the noun phrase that opens sentence t before a name,
// as English news writes it without an article (readsEnglish): "Crypto exchange | Coinvale said
// …", "Newsletter publisher | Letterly has …", "Casino operator | Silverbay will …"; 0 when t opens
// otherwise. The phrase is two or three words in sentence case, letters only; the name is a
// capitalised word that is no function word nor a dateline in capitals, with a word in lower
// case after it.
func (s *Scorer) appositionHead(t string) int {
	letters := func(f string) bool {
		return strings.IndexFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) < 0
	}
	start, stop := nextField(t, 0)
	if !capitalised(t[start:stop]) || !letters(t[start:stop]) || !readsEnglish(t) {
		return 0
	}
	for k := 1; k <= 3; k++ {
		end := stop
		if start, stop = nextField(t, stop); start == stop || !letters(t[start:stop]) {
			return 0
		}
		if f := t[start:stop]; capitalised(f) {
			if k < 2 || allCaps(f) || s.stop[strings.ToLower(f)] || !lowerSecond(t[start:]) {
				return 0
			}
			return end
		}
	}
	return 0
}

// readsEnglish reports whether t holds two words or more that only English uses among the
// eight languages: the apposition without an article is English news's ("Crypto exchange
// Kraken said …"); German and Dutch write a compound, the Romance languages an article, and a
// German label may end on a verb in lower case ("Privatsphäre-Einstellungen öffnen").
func readsEnglish(t string) bool { return twoWordsOf(t, englishWords, true) }

var englishWords = wordSet("the said says would its it their they has have had with from for of and which that this")

// topicEvidence reports whether every rule phrase of evidence is of a topic category
// (topicCategories), a site-furniture word aside, and there is one.
func topicEvidence(evidence []string) bool {
	topic := false
	for _, e := range evidence {
		if cat, _, ok := strings.Cut(e, ":"); ok && cat != uiCategory {
			if !topicCategories[cat] {
				return false
			}
			topic = true
		}
	}
	return topic
}

// restReads reports whether rest, after a promo cut off, reads as the article's sentence: it
// has leadMinRest fields or more, ends like a sentence and holds no rule phrase. function says
// it opens with a function word.
func (s *Scorer) restReads(rest string, function bool) bool {
	if countFields(rest) < leadMinRest || !terminated(rest) {
		return false
	}
	// The promo may go on ("Follow us on | Facebook, Instagram …", "… | Google News"): no cut
	// is safe. A function word opens a clause of its own ("The Home Secretary").
	return s.phrasesIn(rest, false) == 0 && (function || s.phrasesIn(firstFields(rest, 2), true) == 0)
}

// opensOnFunctionWord reports whether field, folded in tok, opens on a function word (the
// scorer's stopwords) standing alone: not the first part of a hyphenated name (hyphenName).
func (s *Scorer) opensOnFunctionWord(tok *tokens, field string) bool {
	return tok.n() > 0 && s.stop[string(tok.word(0))] && !hyphenName(field)
}

// hyphenName reports whether field opens with a word joined by a hyphen to the next one:
// a name's part ("Il-soo", "El-Amin"), not the function word it spells alone.
func hyphenName(field string) bool {
	body := strings.TrimLeftFunc(field, openingMark)
	i := strings.IndexFunc(body, func(r rune) bool { return !unicode.IsLetter(r) })
	if i <= 0 || !strings.HasPrefix(body[i:], "-") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(body[i+1:])
	return unicode.IsLetter(r)
}

// How surely a field opens a new clause after the promo (see clauseStart).
const (
	clauseNone     = iota
	clauseWeak     // a capitalised word, which may be a name inside the promo
	clauseFunction // a capitalised function word: "… up to date The board …"
	clauseHard     // after sentence punctuation, a link or a glyph; a dateline "MÜNCHEN —"
)

// clauseStart says whether and how surely field, after prev, opens a new clause. followed is
// the text after field; function says the field's first word is a function word.
func clauseStart(prev, field, followed string, function bool) int {
	body := strings.TrimLeftFunc(field, openingMark)
	r, _ := utf8.DecodeRuneInString(body)
	if !unicode.IsUpper(r) {
		if len(field) <= 4 && strings.Trim(field, "0123456789") == "" && datelineAfter(followed) {
			// A dateline that is a short figure, a site's name: "… | 24 – Segundo a …"; not a
			// number the promo gives (a VAT number: "IT 01234567890 – ROMA — …").
			return clauseHard
		}
		return clauseNone
	}
	word := strings.TrimRightFunc(body, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if germanFormalYou[word] || word == "I" {
		return clauseNone // pronouns written with a capital in mid-sentence
	}
	if discountCode(word) {
		return clauseNone // a code the promo gives: "Usa il codice | PRIMAVERA20 al …"
	}
	caps := allCaps(word)
	dl := dateline(word, followed) || caps && utf8.RuneCountInString(word) >= 3 && strings.HasSuffix(body, ".-")
	if caps && allCaps(prev) && !dl {
		// Inside a run of capitals ("SUIVEZ-NOUS SUR GOOGLE …") only a dateline opens
		// the article's sentence.
		return clauseNone
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	switch {
	case menuGoesOn(prev, followed):
		return clauseNone // an item of a menu: "Impressum | Datenschutz | Kontakt"
	case prev == "&" || prev == "+":
		return clauseNone // a name goes on after a sign that joins: "… in Trinidad & | Tobago"
	case ordinal(prev):
		// "zum 1. April", "in der 3. Liga": a day or a rank, not a sentence's end.
	case strings.ContainsRune(".!?:;…", last):
		return clauseHard
	case strings.Contains(prev, "/") || strings.Contains(prev, "@") || hasDomain(prev):
		return clauseHard // a link, handle or domain closes the promo
	case !unicode.IsLetter(last) && !unicode.IsDigit(last) && last != ',' && last != '-' && last != '&':
		return clauseHard // a glyph or emoji: "zobacz, zanim zniknie ▷ Mateusz …"
	case dl:
		return clauseHard
	case !caps && function:
		return clauseFunction // "… to stay up to date The board …", "… en X Le gouvernement …"
	case caps && allCaps(prev):
		return clauseNone
	}
	return clauseWeak
}

// leansApart reports whether a capitalised word after prev, at byte start of t, opens the
// article's sentence by the lean of the words on either side ("Sign up for our newsletter and
// get the top stories in your inbox every morning | Opposition councillors had argued …"):
//   - the promo up to it leans towards boilerplate throughout (vocabWholePerWord a word);
//   - so, if less, do the words after the last rule match (from byte after), none of them
//     capitalised: the article's sentence may open at a capital ("… every morning I joined |
//     Harbourside …"), also at a function word the match took ("Síguenos En ese
//     momento, | Morales …");
//   - the first leanWords words from start do not.
//
// prev must be a word in lower case: in a run of capitals or of title case the capital says
// nothing.
func (s *Scorer) leansApart(t string, after, start int, prev string) bool {
	if capitalised(prev) || after < 0 || after >= start {
		return false
	}
	stretch := t[after:start]
	if lo, n := s.logOddsOf(stretch); lo <= 0 || lo < leanStretchPerWord*float64(n) || strings.IndexFunc(stretch, unicode.IsLetter) < 0 {
		return false
	}
	for f := range strings.FieldsSeq(stretch) {
		if capitalised(f) {
			return false // the article's sentence may open there: "… every morning I joined | Harbourside …"
		}
	}
	if lastCovered := lastField(t[:after]); capitalised(lastCovered) && s.endsOnFunctionWord(lastCovered) {
		return false // the rule's match took the article's first word: "Síguenos En ese momento, | Morales …"
	}
	if lo, n := s.logOddsOf(t[:start]); !reaches(lo, n, vocabThroughoutFloor, vocabWholePerWord) {
		return false
	}
	lo, _ := s.logOddsOf(firstFields(t[start:], leanWords))
	return lo <= 0
}

// surePromoBreak reports whether a capitalised word after prev, at byte start of t, may open
// the article's sentence because the words before it are surely a promo, when the cut there
// finds them spam as a glued unit on two rule phrases or more of categories other than site
// furniture (rulePhrases of leadSplit's verdict: "Meet lonely singles in your area tonight,
// sign up free and start chatting | Opposition councillors …"). prev is a word in lower case
// and no function word, the word after the capital is in lower case, and the text is not
// German (nouns take a capital there): a name inside the promo ("… in | Berlin") leaves the
// promo's own phrases in the rest, which leadSplit then refuses. Words after the last rule
// match (from byte after) hold no capital, nor does the promo hold a capitalised function
// word after its first field: the article's sentence may have opened there.
func (s *Scorer) surePromoBreak(t string, after, start int, prev, field string) bool {
	if !lowerWord(prev) || strings.HasSuffix(prev, ",") || s.endsOnFunctionWord(prev) || !lowerSecond(t[start:]) ||
		acronym(field) || isQuoteMark(firstRune(field)) || readsGerman(t) || after < 0 || after >= start {
		return false
	}
	for f := range strings.FieldsSeq(t[after:start]) {
		if capitalised(f) {
			return false // the article's sentence may have opened there and gone on past a failed cut
		}
	}
	first := true
	for f := range strings.FieldsSeq(t[:after]) {
		if !first && capitalised(f) && s.endsOnFunctionWord(f) {
			return false // so it may at a capitalised function word the rules took: "Udostępnij Na …"
		}
		first = false
	}
	return true
}

// rulePhrases counts the rule matches of a verdict's evidence ("category:phrase") of a
// category other than site furniture.
func rulePhrases(evidence []string) int {
	n := 0
	for _, e := range evidence {
		if cat, _, ok := strings.Cut(e, ":"); ok && cat != uiCategory {
			n++
		}
	}
	return n
}

// leanStretchPerWord is the least lean a word of the words between the last rule match and
// the break that leansApart reads.
const leanStretchPerWord = 0.25

// lastField returns the last run of non-space of t.
func lastField(t string) string {
	t = strings.TrimRight(t, " \t\n")
	return t[strings.LastIndexAny(t, " \t\n")+1:]
}

// leanWords are the words after a break whose lean leansApart reads.
const leanWords = 4

// teaserTitle looks for the end of a teaser's title after a "read also" label that a cut at
// byte from of t took ("Czytaj też: | Nowy most na Wiśle otwarty W poniedziałek radni …"): the
// title is the link's text, which runs on to the article's sentence with no full stop. The
// title ends before the first field, teaserMinWords to teaserMaxWords fields in, that surely
// opens a clause, where the rest still reads as the article's sentence:
//   - a capitalised function word after a word that is none and not a dash ("München - Die
//     Stadt …" is a dateline);
//   - a word after a closing quotation mark or bracket. A colon or a dash may be the
//     article's own ("Aachen (Nordrhein-Westfalen): Dort …");
//   - a capitalised word that is no function word between two words in lower case, the one
//     before it no function word either ("… dopo la piena | Ripartono da lunedì …"): a
//     sentence's first word, not a name's.
//
// A title is a headline, not the label's promo: the label's verdict v stands for it, and the
// rest must read as a sentence with no evidence (restReads). That holds up to the first
// capitalised word after a word in lower case that opens no clause so surely (a name inside
// the title, or the article's first word before a name: "… riverside | Maria Lopez, 28, …");
// past it the end found may lie inside the article's sentence, and label and title must be
// spam together as a glued unit (leadSplit). When the first such field fails, the label alone
// goes.
// It returns that field's offset and the verdict on label and title.
func (s *Scorer) teaserTitle(t string, from int, v Verdict, ctx Context) (int, Verdict, bool) {
	// A label without a colon may stand right before the article's sentence ("Mehr zum
	// Thema | Iran hat …"). A teaser's arrow points at its title as a colon does.
	colon := strings.HasSuffix(strings.TrimRight(t[:from], " "), ":") || slices.Contains(v.Evidence, ArrowTeaserEvidence)
	return s.titleEnd(t, from, v, ctx, colon)
}

// TitleGoesOn looks for the end of a teaser's title that the splitter broke at a full stop
// inside it: label, a colon and the title's first words are the sentence before, spam with the
// related link's evidence v ("Lire aussi : Climat. | La Loire n'a jamais été aussi basse en
// juin Depuis lundi, …", "Voir aussi : Entretien. | « … » Selon la direction, …"), and
// sentence t opens with the rest of the title. The end is found as after the label (teaserTitle): it
// returns the offset in t where the article's sentence opens, or 0.
func (s *Scorer) TitleGoesOn(t string, v Verdict, ctx Context) (int, Verdict) {
	end, w, ok := s.titleEnd(t, 0, v, ctx, true)
	if !ok {
		return 0, Verdict{}
	}
	return end, w
}

// titleEnd is teaserTitle from byte from of t, the label ending on a colon or not.
func (s *Scorer) titleEnd(t string, from int, v Verdict, ctx Context, colon bool) (int, Verdict, bool) {
	if !slices.ContainsFunc(v.Evidence, func(e string) bool {
		return strings.HasPrefix(e, "readalso:") || e == MediaTeaserEvidence || e == ArrowTeaserEvidence
	}) {
		return 0, Verdict{}, false
	}
	other := scratchPool.Get().(*scratch)
	defer scratchPool.Put(other)
	prev := ""
	start := from
	// unsure: a capital went by that opened no clause so surely, or the label does not end
	// on a colon.
	unsure := !colon
	german := readsGerman(t)
	for k := 0; k <= teaserMaxWords; k++ {
		var stop int
		if start, stop = nextField(t, start); start == stop {
			break
		}
		field := t[start:stop]
		other.tok.fold(field)
		// A capital after a function word or a conjunction goes on its clause, inside
		// the title ("… seguirá cerrado “mientras | Bruselas no pague …"): it opens no sentence.
		if k >= teaserMinWords && other.tok.n() > 0 && !s.endsOnFunctionWord(prev) && !clauseOpener(prev) {
			function := s.opensOnFunctionWord(&other.tok, field)
			at := clauseStart(prev, field, t[stop:], function)
			surely := at == clauseFunction && !acronym(field) && (hasWord(prev) || isNumber([]byte(strings.TrimLeft(prev, "£$€")))) ||
				at == clauseHard && closesQuote(prev)
			weak := at == clauseWeak && lowerWord(prev) && lowerSecond(t[start:]) && !acronym(field) && !isQuoteMark(firstRune(field)) && !german
			if (surely || weak) && !unsure && !strings.HasSuffix(prev, ",") && (s.restReads(t[start:], function) || s.shortClause(t[start:], field)) {
				w := v
				w.Evidence = append(slices.Clip(w.Evidence), TeaserTitle)
				return start, w, true
			}
			if surely {
				if w, ok := s.leadSplit(t, start, function, ctx); ok {
					return start, w, true
				}
				return 0, Verdict{}, false
			}
			unsure = unsure || at == clauseHard || at != clauseNone && !capitalised(prev)
		}
		prev = field
		start = stop
	}
	return 0, Verdict{}, false
}

// minClauseRest is the fewest fields of the article's short sentence shortClause takes.
const minClauseRest = 3

// shortClause reports whether rest, after a teaser's title, is the article's short sentence
// that opens on a clause's opener (clauseOpener: a subject pronoun, a conjunction, "C'est"):
// minClauseRest fields or more, ending like a sentence, with no rule phrase ("… de la Loire |
// Il pleut enfin."). A shorter rest than restReads takes, which a name's article does not open
// ("… told | The Guardian on Sunday.").
func (s *Scorer) shortClause(rest, field string) bool {
	return clauseOpener(field) && countFields(rest) >= minClauseRest && terminated(rest) && s.phrasesIn(rest, false) == 0
}

// TeaserTitle is the evidence of a cut that took a teaser's title with its "read also" or
// media label.
const TeaserTitle = "teaser-title"

// readsGerman reports whether t holds two words or more that only German of the eight
// languages writes ("der", "und", "ist", "nicht"): German writes its nouns with a capital, so
// a capital between two words in lower case opens no sentence there ("… im alten | Rathaus
// die …").
func readsGerman(t string) bool { return twoWordsOf(t, germanWords, false) }

// twoWordsOf reports whether two fields of t or more are words of set, their trailing
// punctuation aside (and in lower case, with lower).
func twoWordsOf(t string, set map[string]bool, lower bool) bool {
	n := 0
	for f := range strings.FieldsSeq(t) {
		if f = strings.TrimRight(f, ",.;:!?"); lower {
			f = strings.ToLower(f)
		}
		if set[f] {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

// figureNouns are the folded units and currencies German writes with a capital after a figure
// ("25 Euro", "80 Prozent", "3 Millionen"): no clause opens there.
var figureNouns = wordSet("euro eur prozent millionen milliarden dollar franken pfund kilo gramm liter meter kilometer",
	"minuten stunden tage wochen monate jahre punkte stuck")

// germanWords are readsGerman's words, as written in the middle of a sentence.
var germanWords = wordSet("der dem und ist im vom zum zur nicht sich auch wird wurde hat haben fand eine einen einem einer")

// discountCode reports a word of four capitals or more and a figure, as shops' codes are
// ("SPRING20", "WIOSNA20"); an article's sentence does not open with one ("G7" has one
// letter).
func discountCode(w string) bool {
	letters, digits := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		default:
			return false
		}
	}
	return letters >= 4 && digits > 0
}

// acronym reports a field whose first word is two capitals or more: "AI" of "AI-powered".
func acronym(f string) bool {
	w := strings.TrimLeftFunc(f, openingMark)
	if k := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		w = w[:k]
	}
	return utf8.RuneCountInString(w) >= 2 && allCaps(w)
}

// lowerWord reports a field that opens with a letter in lower case.
func lowerWord(f string) bool {
	r, _ := utf8.DecodeRuneInString(f)
	return unicode.IsLower(r)
}

// closesQuote reports a field that ends on a closing quotation mark or bracket.
func closesQuote(f string) bool {
	r, _ := utf8.DecodeLastRuneInString(f)
	return isQuoteMark(r) || r == ')' || r == ']' || r == '\''
}

const (
	teaserMinWords = 2  // fields of a teaser's title, at least
	teaserMaxWords = 20 // fields of a teaser's title, at most
)

// verbLabel reports a rule match among sig other than a word of site furniture, an ad's label
// or a topic's word: those are nouns, which a name may go on ("Pubblicità Progresso ha lanciato
// …", "Sondaggio Ipsos: …").
func verbLabel(sig []signal) bool {
	return slices.ContainsFunc(sig, func(g signal) bool {
		return g.reason != uiCategory+"-phrase" && g.reason != "adlabel-phrase" &&
			!topicCategories[strings.TrimSuffix(g.reason, "-phrase")]
	})
}

// nounEvidence reports a verdict whose rule evidence is all site furniture or an ad's label:
// the label is a noun (see verbLabel).
func nounEvidence(evidence []string) bool {
	noun := false
	for _, e := range evidence {
		if cat, _, ok := strings.Cut(e, ":"); ok {
			if cat != uiCategory && cat != "adlabel" {
				return false
			}
			noun = true
		}
	}
	return noun
}

// requestEvidence reports a verdict with a rule match of a category other than site
// furniture, an ad's label, or a share or follow button: those name a platform or a thing,
// which a name may go on ("Facebook Marketplace"); the others ask the reader for something
// ("Abbonati", "Anmelden", "Commenti").
func requestEvidence(evidence []string) bool {
	for _, e := range evidence {
		if cat, _, ok := strings.Cut(e, ":"); ok && !nameCategories[cat] {
			return true
		}
	}
	return false
}

// nameCategories are the rule categories of requestEvidence's names.
var nameCategories = map[string]bool{uiCategory: true, "adlabel": true, "share": true, "follow": true}

// objectPronoun reports a field that is a pronoun a label may end on, "us" of "Follow us" or
// "you" of "… at no extra cost to you", in the eight languages.
func objectPronoun(f string) bool {
	return inLower(objectPronouns, strings.Trim(f, ",.;:!?"))
}

var objectPronouns = wordSet("us uns nous ci nos ons nas się",
	"you vous dich dir ihnen te ti vos você voce jou cię")

// endsOnObject reports whether field f ends on an object pronoun (objectPronoun), standing
// alone or attached by a hyphen, including the Portuguese reflexive "se" of a sign-up button
// ("Inscreva-se | A polícia …", "Cadastre-se"), which alone is the conjunction "if" of
// Italian and Portuguese and so is no object pronoun of its own.
func endsOnObject(f string) bool {
	p := lastPart(f)
	return objectPronoun(p) || len(p) < len(f) && strings.EqualFold(strings.Trim(p, ",.;:!?"), "se")
}

// labelAdverbs are the folded function words a label may end on that take no object, so that
// a capital after them opens the article's sentence, not their phrase: "Read more | Opposition
// councillors …", "Czytaj więcej | Opozycja …", "Leer más | El Ayuntamiento …", and English
// "off" at a label's end ("Get 20% off | Residents …", "Comments are switched off | …"); and
// "also", which ends a related link's label ("Leggi anche | Marco Rossi è stato …", "Lees
// ook | Anna de Vries is …").
var labelAdverbs = wordSet("more piu mehr plus mas mais meer wiecej", "now here ora qui jetzt maintenant ici ahora aqui agora nu teraz tutaj", "off",
	"also anche auch aussi tambien tambem ook takze tez rowniez")

// titleRun reports whether a label ending on prev begins a name that runs on in rest: the
// label's word, the first field of rest and the word after it all capitalised with no
// punctuation between ("Advertising | Standards Authority ruled …"), or, whatever the label,
// the first field of rest followed by a function word and a capitalised word ("Boletín |
// Oficial del Estado publicó …"). A capitalised field after a label is otherwise a name that
// opens the article's sentence ("Seguici | Mattarella ha firmato …").
func (s *Scorer) titleRun(prev, rest string) bool {
	next, nextStop, ok := secondField(rest)
	return ok && (capitalised(prev) && capitalised(rest[next:]) || s.nameGoesOn(rest[next:nextStop], rest[nextStop:]))
}

// nameAfter reports whether the first field of rest goes on as a name after a function word
// (nameGoesOn): "Oficial del Estado".
func (s *Scorer) nameAfter(rest string) bool {
	next, nextStop, ok := secondField(rest)
	return ok && s.nameGoesOn(rest[next:nextStop], rest[nextStop:])
}

// secondField returns where the second field of rest starts and stops; ok is false when the
// first ends on punctuation, which ends a name.
func secondField(rest string) (start, stop int, ok bool) {
	_, first := nextField(rest, 0)
	if strings.ContainsAny(rest[:first], ",;:.!?") {
		return 0, 0, false
	}
	start, stop = nextField(rest, first)
	return start, stop, true
}

// maxNameRun is the most capitalised fields clauseAfterName reads as a name.
const maxNameRun = 3

// clauseAfterName reports whether rest, after its first field (a function word), names someone
// or something in at most maxNameRun capitalised fields and goes on in a word of lower case
// that is no function word: a sentence that opens on an article or a preposition and a name
// ("Inscreva-se | A Polícia Federal prendeu …", "Abonnez-vous | Pour Marie Dupont, maire …"),
// not a label that goes on in title case ("Follow Us | On Facebook and Twitter").
func (s *Scorer) clauseAfterName(rest string) bool {
	_, stop := nextField(rest, 0)
	for k := 0; k <= maxNameRun; k++ {
		start, end := nextField(rest, stop)
		if start == end {
			return false
		}
		if f := rest[start:end]; !capitalised(f) {
			ws := foldWords(f)
			return k > 0 && len(ws) == 1 && !s.stop[ws[0]]
		}
		stop = end
	}
	return false
}

// nameGoesOn reports a word f that joins the parts of a name, in lower case, followed in rest
// by a capitalised word: "del | Estado", "of | England".
func (s *Scorer) nameGoesOn(f, rest string) bool {
	if f == "" || !inLower(nameJoins, strings.TrimRight(f, "'’")) {
		return false
	}
	start, _ := nextField(rest, 0)
	return capitalised(rest[start:])
}

// nameJoins are the words that join the parts of a name in the eight languages: "of", "and"
// and their kin ("Bank of England", "Oficial del Estado", "Ministerium für Umwelt und Energie").
// A preposition of place or time is not among them: after a label, "Intanto a Bologna …" and
// "Gestern im Rathaus …" open the article's sentence. Articles are ("Teatro la Fenice"), and
// "en" is Dutch "and" (it is also Spanish and French "in", which joins few names).
var nameJoins = map[string]bool{
	"of": true, "and": true, "for": true, "&": true,
	"di": true, "del": true, "della": true, "dello": true, "dei": true, "degli": true, "delle": true, "e": true, "per": true,
	"de": true, "des": true, "du": true, "la": true, "le": true, "les": true, "et": true, "pour": true,
	"von": true, "vom": true, "der": true, "für": true, "und": true,
	"y": true, "los": true, "las": true, "el": true,
	"do": true, "da": true, "dos": true, "das": true,
	"van": true, "voor": true, "en": true, "het": true,
	"i": true, "z": true, "ze": true, "dla": true,
}

// openingMark reports a rune that may come before a word's first letter: an opening quote or
// bracket, or an invisible format character a scraper leaves in ("\ufeffCouncil …", a byte-order
// mark or a zero-width space before a title).
func openingMark(r rune) bool {
	return isQuoteMark(r) || r == '(' || r == '\'' || unicode.Is(unicode.Cf, r)
}

// capitalised reports a field whose first letter, after opening quotes and brackets, is a
// capital.
func capitalised(f string) bool {
	body := strings.TrimLeftFunc(f, openingMark)
	r, _ := utf8.DecodeRuneInString(body)
	return unicode.IsUpper(r)
}

// menuGoesOn reports whether prev is a separator of a menu ("|", "·", "•") that comes again
// within the menuItemFields fields of followed (the text after the field that follows it).
func menuGoesOn(prev, followed string) bool {
	if !menuSeparator(prev) {
		return false
	}
	for k, f := 0, followed; k < menuItemFields; k++ {
		start, stop := nextField(f, 0)
		if start == stop {
			return false
		}
		if f[start:stop] == prev {
			return true
		}
		f = f[stop:]
	}
	return false
}

// menuSeparator reports a field that separates the items of a menu.
func menuSeparator(f string) bool { return f == "|" || f == "·" || f == "•" }

// menuItemFields is the most fields an item of a menu holds after its first.
const menuItemFields = 3

// ordinal reports a field of one or two digits and a full stop: "1.", "24.".
func ordinal(f string) bool {
	d := strings.TrimSuffix(f, ".")
	return len(d) < len(f) && len(d) >= 1 && len(d) <= 2 && strings.Trim(d, "0123456789") == ""
}

// dateline reports a word in capitals followed by a dash or comma: "MÜNCHEN —", "ROMA,", or
// by the place's other words and the ".-" of Spanish-language datelines ("MANAGUA,
// NICARAGUA.-"). clauseStart also takes a word in capitals that ends on ".-" itself.
func dateline(word, followed string) bool {
	if utf8.RuneCountInString(word) < 3 || !allCaps(word) {
		return false
	}
	followed = strings.TrimLeft(followed, " ")
	// A place of up to three words in capitals and the agency in brackets before a dash:
	// "NEW YORK (AP) —".
	for k := 0; k < 3; k++ {
		start, stop := nextField(followed, 0)
		f := followed[start:stop]
		if strings.HasSuffix(f, ".-") && (k < 2 && allCaps(f) || strings.HasPrefix(f, "(")) {
			return true // the Spanish dateline's end: "MANAGUA, NICARAGUA.-", "LIMA (EFE).-"
		}
		if !(k < 2 && allCaps(f) || strings.HasPrefix(f, "(") && strings.HasSuffix(f, ")") && len(f) <= 12) {
			break
		}
		followed = strings.TrimLeft(followed[stop:], " ")
	}
	return strings.HasPrefix(followed, "—") || strings.HasPrefix(followed, "–") || strings.HasPrefix(followed, "- ") ||
		strings.HasPrefix(followed, ",")
}

// allCaps reports a field with two or more letters, all of them capitals.
func allCaps(f string) bool {
	letters := 0
	for _, r := range f {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// phrasesIn counts the rules that match in t, site-furniture words only when ui is set ("cerca"
// is the Italian "search" and the Spanish "near": in prose it means nothing).
func (s *Scorer) phrasesIn(t string, ui bool) int {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.tok.fold(t)
	sc.startMatch()
	s.matchRules(sc, t)
	n := 0
	for _, g := range sc.sig {
		if ui || g.reason != uiCategory+"-phrase" {
			n++
		}
	}
	return n
}

// firstFields returns the first n runs of non-space of t.
func firstFields(t string, n int) string {
	i := 0
	for ; n > 0; n-- {
		for i < len(t) && t[i] == ' ' {
			i++
		}
		for i < len(t) && t[i] != ' ' {
			i++
		}
	}
	return t[:i]
}

// Tail looks for a promo glued to the end of sentence t after a full stop the sentence
// splitter did not break on, because the promo starts in lower case or the stop follows an
// abbreviation: "… les attendent. les plus lus", "… (3,5 proc.). Zaloguj się, by …". It
// returns the byte offset in t where the promo starts and the verdict on it, or 0 and the zero
// Verdict when there is none. The promo must be spam as a glued unit of its own (so it needs
// rule evidence), and what is left before it must be a sentence of four words or more.
func (s *Scorer) Tail(t string, ctx Context) (start int, v Verdict) {
	return onVisible(t, ctx, s.tail)
}

// visible returns t as the filter's output has it: without the bytes that are not text
// (text.NotText), with a space where dropping them would join two words; at[i] is the offset
// in t of byte i of vis.
func visible(t string) (vis string, at []int) {
	var b strings.Builder
	b.Grow(len(t))
	at = make([]int, 0, len(t)+1)
	cut := -1 // where the last run of bytes that are not text began, or -1
	for i := 0; i < len(t); {
		r, size := utf8.DecodeRuneInString(t[i:])
		if text.NotText(r, size) {
			if cut < 0 {
				cut = i
			}
			i += size
			continue
		}
		if cut >= 0 && b.Len() > 0 {
			before, _ := utf8.DecodeLastRuneInString(b.String())
			if text.JoinsWords(before, r) {
				b.WriteByte(' ')
				at = append(at, cut)
			}
		}
		cut = -1
		b.WriteString(t[i : i+size])
		for k := 0; k < size; k++ {
			at = append(at, i+k)
		}
		i += size
	}
	at = append(at, len(t))
	return b.String(), at
}

// tail is Tail on text without bytes that are not text (see visible): what it judges, the
// promo and what would stay, is already as the output has it.
func (s *Scorer) tail(t string, ctx Context) (start int, v Verdict) {
	ctx.Tail, ctx.NextToSpam = true, false
	minHead := nthGap(t, tailMinHead-1) // a break before it has fewer fields before it, as the output has them
	// From the last break to the first: the promo may run over several of them.
	for i, j := range gapsBack(t) {
		if (!sentenceEnd(t[:i]) || i < minHead) && !Credit(t[:i]) {
			// A credit in brackets that opens t ends the paragraph before it as surely as a
			// full stop: "(Jean Dupont) | Gérer les cookies".
			continue
		}
		w := s.ScoreIn(t[j:], Glued, ctx)
		if start > 0 && (!w.Spam || s.ScoreAs(t[j:start], Glued).Candidates == 0) {
			// The promo runs on to the left only over pieces with evidence of their own:
			// a sentence of prose before it is not part of it because the two together
			// still score as spam.
			break
		}
		if !w.Spam {
			continue
		}
		start, v = j, w
	}
	if start == 0 {
		start, v = s.caseTail(t, ctx)
	}
	if start == 0 {
		if start, v = s.softTail(t, ctx); start > 0 {
			v.Evidence = append(v.Evidence, NoStop)
			// A row of labels ("… | Twitter | WhatsApp | Email"): what is left may end in
			// another such promo, which a second pass over the output would cut. Take it
			// now, so the cut is whole; a row longer than maxSoftRuns more is no safe cut.
			for k := 0; ; k++ {
				more, _ := s.softTail(strings.TrimRightFunc(t[:start], unicode.IsSpace), ctx)
				if more == 0 {
					break
				}
				if k == maxSoftRuns {
					start, v = 0, Verdict{}
					break
				}
				start = more
			}
		}
	}
	if start > 0 {
		v.Evidence = append(v.Evidence, "glued-to-prose")
	}
	return start, v
}

// caseTail looks for a promo glued after a paragraph whose last sentence the scraper left
// without its full stop, where the promo opens like a sentence: "… sagte ein Sprecher der
// Stadt Dieser Artikel ist nur für Abonnenten verfügbar.", "… tornerà in poche ore Iscriviti
// alla nostra newsletter per ricevere le notizie". With no full stop, the break is where a
// sentence starts after a word of prose (no function word, no punctuation after it): a
// function word in capitals ("Unser Newsletter …", "Il tuo account …"), or a rule's match in
// capitals that runs on past its first field in a promo of caseRuleWords words or more whose
// words lean towards boilerplate a unit a word; and the promo must be spam as a glued unit of
// its own with a rule's evidence. Of the breaks that qualify, the one whose promo leans
// furthest towards boilerplate in the model's words wins (the words of the article's clause
// lean towards news), the shortest promo on a tie. What is left must be a sentence of
// caseMinHead words or more with no evidence of its own.
func (s *Scorer) caseTail(t string, ctx Context) (start int, v Verdict) {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	minHead := nthGap(t, caseMinHead-1)
	best := math.Inf(-1)
	seen := 0
	for i, j := range gapsBack(t) {
		if seen++; seen > caseMaxWords || i < minHead {
			break
		}
		last, _ := utf8.DecodeLastRuneInString(t[:i])
		r, _ := utf8.DecodeRuneInString(t[j:])
		if !unicode.IsUpper(r) || !unicode.IsLetter(last) && !unicode.IsDigit(last) {
			continue
		}
		promo := t[j:]
		first, _, _ := strings.Cut(promo, " ")
		sc.tok.fold(first)
		firstWords := sc.tok.n()
		function := firstWords == 1 && s.stop[string(sc.tok.word(0))]
		lo, n := s.logOddsOf(promo)
		if !function && (countFields(promo) < caseRuleWords || !reaches(lo, n, vocabThroughoutFloor, vocabWholePerWord) ||
			!s.ruleFromStart(sc, promo, firstWords)) {
			// A rule's match in capitals may be a noun in the article's clause ("… einen
			// neuen lokalen Newsletter an, der …") or in the promo's ("Um mehr darüber zu
			// erfahren, wie man Cookies kontrolliert, …"): it must run on past its first
			// field, and the words from it on must lean towards boilerplate a unit a word.
			continue
		}
		if s.endsOnFunctionWord(t[:i]) {
			continue
		}
		w := s.ScoreIn(promo, Glued, ctx)
		if !w.Spam || !labelled(w) || topicWords(w.Evidence) {
			continue
		}
		if lo > best {
			best, start, v = lo, j, w
		}
	}
	if start > 0 && s.ScoreAs(t[:start], Line).Score > 0 {
		return 0, Verdict{} // what would stay has evidence too: the break is elsewhere
	}
	return start, v
}

// ruleFromStart reports whether a rule's match or a request to the reader (readerImperative)
// covers the first word of t and runs on past its first field, whose folded words are the
// first firstWords: one word of the rules in capitals is as often a noun of the article's
// clause ("… nur noch als E-Paper") as the start of a promo. It folds t in sc.
func (s *Scorer) ruleFromStart(sc *scratch, t string, firstWords int) bool {
	sc.tok.fold(t)
	if sc.tok.n() <= firstWords {
		return false
	}
	if !s.matchesFromStart(sc, t) {
		readerImperative(sc, t) // imperative.go: "Geben Sie Ihre E-Mail-Adresse an, um …"
	}
	return sc.covered[0] && sc.covered[firstWords]
}

// caseMinHead is the fewest words of the sentence left before a promo caseTail cuts, and
// caseMaxWords the most words of the promo.
const (
	caseMinHead   = 6
	caseMaxWords  = 40
	caseRuleWords = 4
)

// NoStop is the evidence of a promo Tail cut off a sentence at no full stop (see softTail).
const NoStop = "glued-without-stop"

// softTail looks for a short promo glued after a paragraph that does not end with a full stop:
// after a colon, a closing bracket, a byline or a clause the scraper left open ("… my top
// five: Subscribe now!", "… (Jean Dupont) Partager sur Facebook"). With no full stop to go by,
// it takes more: the promo opens with a capital, a glyph or a ©, holds at most
// maxCoverageWords+1 words, is spam as a glued unit, and a rule match or marker covers its
// first word, so the cut falls where the boilerplate starts, not inside the article's words.
func (s *Scorer) softTail(t string, ctx Context) (start int, v Verdict) {
	minHead := nthGap(t, tailMinHead-1)
	seen := 0
	for i, j := range gapsBack(t) {
		if seen++; seen > maxCoverageWords+1 {
			break
		}
		if sentenceEnd(t[:i]) {
			continue // the full-stop breaks are Tail's own
		}
		r, _ := utf8.DecodeRuneInString(t[j:])
		if unicode.IsLower(r) || unicode.IsDigit(r) || isQuoteMark(r) || i < minHead {
			continue
		}
		if !unicode.IsUpper(r) && !strings.ContainsRune(bulletGlyphs, r) && !isEmoji(r) && r != '©' {
			continue
		}
		if closingNoun(t[j:]) {
			continue // "… über jede Spende.": the noun ends the article's sentence (imperative.go)
		}
		w := s.ScoreIn(t[j:], Glued, ctx)
		if w.Spam && !topicWords(w.Evidence) && hasWord(t[j:]) &&
			(labelled(w) && (s.opensWithEvidence(t[j:]) || labelHeadline(t[j:], w)) || s.menuOpens(t[j:], w)) { // gluedtail.go
			start, v = j, w // go on: the promo may start further left
		}
	}
	head := t[:start]
	if start > 0 && (s.phrasesIn(head, true) > 0 || s.endsOnFunctionWord(head) || s.ScoreAs(head, Line).Score > 0) {
		// What would stay holds boilerplate too, even a site-furniture word ("Privacy
		// Cookie … | Site Map") or the shape of a menu, or ends on a function word ("… es
		// handelt sich um | Affiliate Links"): the promo may start further left, where no
		// capital shows it, or be the end of the article's clause. Not a safe cut.
		return 0, Verdict{}
	}
	return start, v
}

// gapsBack yields the runs of spaces, tabs and zero-width spaces inside t, from the last to
// the first, each as the offset where it starts and where the text after it starts; a run at
// either end of t is none. The filter's output collapses each run to one space: cutting at
// runs, not at single spaces, cuts the input and the output alike. Tail reads the last few
// runs of a paragraph of any length, so they are found from the end, not listed.
func gapsBack(t string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		p := len(t)
		for n := gapLenBefore(t, p); n > 0; n = gapLenBefore(t, p) {
			p -= n // a run that ends t is none
		}
		for p > 0 {
			n := gapLenBefore(t, p)
			if n == 0 {
				_, size := utf8.DecodeLastRuneInString(t[:p])
				p -= size // never inside a character: its continuation bytes are no gap
				continue
			}
			end := p
			for ; n > 0; n = gapLenBefore(t, p) {
				p -= n
			}
			if p == 0 || !yield(p, end) {
				return
			}
		}
	}
}

// nthGap returns where the run of gapsBack with n runs before it starts, counting from the
// start of t, or len(t)+1 when t has no such run.
func nthGap(t string, n int) int {
	for i := 0; i < len(t); {
		g := gapLen(t, i)
		if g == 0 {
			_, size := utf8.DecodeRuneInString(t[i:])
			i += size
			continue
		}
		start := i
		for ; g > 0; g = gapLen(t, i) {
			i += g
		}
		if start > 0 && i < len(t) {
			if n == 0 {
				return start
			}
			n--
		}
	}
	return len(t) + 1
}

// gapLenBefore returns the length of the space, tab or zero-width space that ends at t[p], or 0.
func gapLenBefore(t string, p int) int {
	switch {
	case p <= 0:
		return 0
	case t[p-1] == ' ' || t[p-1] == '\t':
		return 1
	case strings.HasSuffix(t[:p], "\u200b"):
		return 3
	}
	return 0
}

// gapLen returns the length of the space, tab or zero-width space at t[i], or 0. (Bytes that
// are not text never reach it: Tail decides on the text as the output has it.)
func gapLen(t string, i int) int {
	switch {
	case i >= len(t):
		return 0
	case t[i] == ' ' || t[i] == '\t':
		return 1
	case strings.HasPrefix(t[i:], "\u200b"):
		return 3
	}
	return 0
}

// endsOnFunctionWord reports whether the last word of t is a function word. A German clause
// that ends on its verb ("… wie groß das Problem tatsächlich ist") ends there: see
// clauseFinalVerbs (imperative.go).
func (s *Scorer) endsOnFunctionWord(t string) bool {
	// Only the last word matters: the fields are folded from the end, one at a time, until
	// one holds a word.
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	for t = strings.TrimRightFunc(t, unicode.IsSpace); t != ""; t = strings.TrimRightFunc(t, unicode.IsSpace) {
		k := strings.LastIndexFunc(t, unicode.IsSpace)
		sc.tok.fold(t[k+1:])
		if n := sc.tok.n(); n > 0 {
			w := string(sc.tok.word(n - 1))
			return s.stop[w] && !clauseFinalVerbs[w]
		}
		t = t[:k+1]
	}
	return false
}

// labelled reports a verdict with evidence stronger than a platform name: a rule of a
// category other than site furniture, or a marker.
func labelled(v Verdict) bool {
	for _, e := range v.Evidence {
		if strings.Contains(e, ":") && !strings.HasPrefix(e, uiCategory+":") || pointMarkers[e] {
			return true
		}
	}
	return false
}

// topicWords reports evidence of rules of topics news also reports on (casinos, crypto, loans:
// topicCategories) and of no other rule but site-furniture words, nor a marker: with no full
// stop to go by, a capital before them starts a noun ("… eines illegalen Online-Casinos."), not
// a promo.
func topicWords(evidence []string) bool {
	topic := false
	for _, e := range evidence {
		cat, _, ok := strings.Cut(e, ":")
		switch {
		case pointMarkers[e], ok && !topicCategories[cat] && cat != uiCategory:
			return false
		case ok && topicCategories[cat]:
			topic = true
		}
	}
	return topic
}

// opensWithEvidence reports whether t reads as a promo from its first word on: a rule match
// covers its first word, a rule other than a site-furniture word matches in its first three
// fields ("Folge uns auf", not "Cookies kontrolliert …": German writes nouns with a capital),
// and after the last rule match at most softMaxRest words are left unexplained (a name, not a
// clause of the article); or t opens with a © or a glyph and is that short (a © with a year
// may name its holder in maxHolderWords more).
func (s *Scorer) opensWithEvidence(t string) bool {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.tok.fold(t)
	n := sc.tok.n()
	r, _ := utf8.DecodeRuneInString(t)
	sign := r == '©'
	if sign && hasYearNearCopyright(t) && n <= softMaxRest+1+maxHolderWords {
		return true // "© 2022 Name of the Publisher Ltd": the year, then the holder's name
	}
	if (sign || strings.ContainsRune(bulletGlyphs, r) || isEmoji(r)) && n <= softMaxRest+1 {
		return true
	}
	if n == 0 || !sign && !s.ruleOpens(t) { // gluedtail.go
		return false
	}
	if first := s.matchesFromStart(sc, t); !sign && !first {
		return false
	}
	// A © opens the promo as a rule match would; then it may run on to a rule match of the
	// footer ("© 2024 Editorial X — Todos los derechos reservados").
	last := n - 1
	rest := 0 // twice the words after the last rule match; a function word weighs half
	for last >= 0 && !sc.covered[last] {
		if rest += 2; s.stop[string(sc.tok.word(last))] {
			rest--
		}
		last--
	}
	// "… sur | les réseaux sociaux" passes, "… Newsletter | sind Sie bestens informiert" not.
	return last >= 0 && rest <= 2*softMaxRest+1
}

// matchesFromStart reports whether a rule's match covers the first word of t, folded in sc,
// or the word right after an article ("Le club des lecteurs"); the matches are left in sc.
func (s *Scorer) matchesFromStart(sc *scratch, t string) bool {
	n := sc.tok.n()
	if n == 0 {
		return false
	}
	s.coverRules(sc, t)
	return sc.covered[0] || n > 1 && s.stop[string(sc.tok.word(0))] && sc.covered[1]
}

// TextOnly returns t as the filter's output has it (see visible): without the bytes that are
// not text, with a space where that would join two words. What is judged on the input is
// judged alike on the output.
func TextOnly(t string) string {
	for i := 0; i < len(t); {
		if c := t[i]; c >= 0x20 && c < 0x7f {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		if text.NotText(r, size) {
			v, _ := visible(t)
			return v
		}
		i += size
	}
	return t
}

// hasWord reports a run of three letters or more: a promo says something, a code alone ("C 0")
// is no promo to cut at no full stop.
func hasWord(t string) bool {
	n := 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			if n++; n >= 3 {
				return true
			}
		} else if !unicode.Is(unicode.Mn, r) {
			n = 0
		}
	}
	return false
}

// maxHolderWords is how many more words a © with a year may take at no full stop: the
// copyright holder's name.
const maxHolderWords = 3

// maxSoftRuns is how many more promos softTail may find before one it found (see tail).
const maxSoftRuns = 4

// softMaxRest is how many words may follow the last rule match of a promo cut at no full
// stop.
const softMaxRest = 2

// Credit reports a name or an agency in brackets, all of t: "(Jean Dupont)", "(AFP)",
// "[dpa/Reuters]". News closes a paragraph so, and a sentence splitter leaves it at the start of
// whatever is glued after the paragraph: a promo cut off after it leaves it whole, however short.
func Credit(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) < 3 {
		return false
	}
	open, close := t[0], t[len(t)-1]
	if !(open == '(' && close == ')' || open == '[' && close == ']') {
		return false
	}
	inner := t[1 : len(t)-1]
	return !strings.ContainsAny(inner, "()[]") && hasWord(inner) && countFields(inner) <= maxCreditWords
}

// maxCreditWords is the most words of a credit in brackets (see Credit).
const maxCreditWords = 6

// tailMinHead is the fewest words of the sentence left before a promo cut from its end.
const tailMinHead = 4

// sentenceEnd reports whether t ends with a full stop, question or exclamation mark or an
// ellipsis, possibly followed by closing quotation marks or brackets.
func sentenceEnd(t string) bool {
	// Closing quotes and brackets, and the space French puts before "»": "… alimentaire. »".
	t = strings.TrimRightFunc(t, func(r rune) bool { return strings.ContainsRune("\"'”’»)]", r) || unicode.IsSpace(r) })
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "…")
}

// leadFragment cuts the tail of a promo removed just before t that the splitter left at the
// start of t: a few fields of codes and figures with no word in lower case ("… VAT No. | GB 123
// 4567 89 The Court of Appeal …"), up to a capitalised function word or a dateline.
func (s *Scorer) leadFragment(t string, ctx Context) (int, Verdict) {
	fields := 0
	prev := ""
	for start := 0; start < len(t); {
		var stop int
		if start, stop = nextField(t, start); start == stop {
			break
		}
		field := t[start:stop]
		if fields > 0 {
			f := foldWords(field)
			at := clauseNone
			if len(f) > 0 {
				at = clauseStart(prev, field, t[stop:], s.stop[f[0]])
			}
			if at == clauseFunction || at == clauseHard {
				rest := t[start:]
				if countFields(rest) < leadMinRest || !terminated(rest) || s.phrasesIn(rest, false) > 0 {
					return 0, Verdict{}
				}
				// The fields are split at spaces only: trim those, so that the cut falls on
				// the break, not inside a field that ends in other white space ("0\v A…").
				return len(strings.TrimRight(t[:start], " ")),
					Verdict{Spam: true, Score: 0.5, Reason: "after-glued-promo", Evidence: []string{"after-glued-promo", "glued-to-prose"}}
			}
		}
		if fields >= leadMaxFragment || strings.IndexFunc(field, unicode.IsLower) >= 0 || dateline(field, t[stop:]) {
			return 0, Verdict{} // a word in lower case or a dateline: the article's, not a code
		}
		fields++
		prev = field
		start = stop
	}
	return 0, Verdict{}
}

// leadMaxFragment is the most fields of a code fragment cut after a promo.
const leadMaxFragment = 5

// stopSoon reports a sentence stop (. ! ? followed by a space and a capital) within the first n
// fields of t.
func stopSoon(t string, n int) bool {
	fields := strings.Fields(firstFields(t, n+1))
	for i := 0; i+1 < len(fields) && i < n; i++ {
		f := fields[i]
		r, _ := utf8.DecodeRuneInString(fields[i+1])
		if strings.ContainsAny(f[len(f)-1:], ".!?") && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
