package spam

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// QuotedSlogan is the evidence of a unit kept because it opens with the words of a banner, a
// button or a notice and goes on to report them (see quotedSlogan).
const QuotedSlogan = "quoted-slogan"

// sloganMaxWords is the most words of the opening a sentence quotes: a button's or a notice's
// words are short.
const sloganMaxWords = 5

// quotedSlogan reports a sentence that quotes a call to action or a notice in its opening
// clause and then says who showed it or what came of it:
//
//	"Sign up now, the banner urged, but the offer had expired weeks earlier."
//	"Alle Rechte vorbehalten, heißt es auf dem Filmmaterial, doch der Clip …"
//	"Jetzt kostenlos testen – mit diesem Versprechen lockte der Anbieter Tausende …"
//
// The opening holds the evidence; what follows is the reporter's: a short clause naming the
// speaker (a reporting or a showing verb among its first words, sloganInset), or, after a colon
// or a dash, a long clause that points back at the slogan with a demonstrative (sloganBackRef).
// A banner that goes on speaks to the reader ("Subscribe now: this offer ends Sunday, don't miss
// it!"): no second person, no "we" or "our", no exclamation or address after the opening.
func quotedSlogan(sc *scratch, t string, n int, ctx Context) bool {
	if n < lonePhraseMinWords || ctx.NextToSpam || strings.ContainsAny(t, "!*") || hasDomain(t) {
		return false
	}
	t, covered := sentenceOfEvidence(sc, t, sc.covered)
	if t == "" || !reportedSentence(t) || len(covered) < lonePhraseMinWords {
		return false
	}
	cut, sep := sloganCut(t)
	if cut < 0 {
		return false
	}
	head := wordCount(sc, t[:cut])
	if head == 0 || head > sloganMaxWords || !coveredIn(covered, head) {
		return false
	}
	sc.aux.fold(t[cut:])
	rest := &sc.aux
	if head+rest.n() != len(covered) {
		return false
	}
	for i := 0; i < rest.n(); i++ {
		if w := string(rest.word(i)); youAt(rest, i) || siteWe[w] || sellersOur[w] {
			return false
		}
	}
	if AddressesReader(t[cut:]) {
		return false
	}
	if sep == ',' {
		return sloganInset(sc, t[cut:])
	}
	return rest.n() >= 8 && sloganBackRef(rest)
}

// wordCount returns the number of folded words of s, as the unit's words are counted.
func wordCount(sc *scratch, s string) int {
	sc.aux.fold(s)
	return sc.aux.n()
}

// sentenceOfEvidence returns the sentence of t in which the unit's evidence (covered, by
// word) lies and its part of covered, or "" when other sentences hold evidence too. A short
// paragraph is scored whole: "Der Rat tagte am Dienstag. Jetzt abonnieren, forderte das
// Banner, doch …" quotes the slogan in its second sentence.
func sentenceOfEvidence(sc *scratch, t string, covered []bool) (string, []bool) {
	k := 0 // the index of the sentence's first word
	for from := 0; from < len(t); {
		end := nextSentenceEnd(t, from)
		m := k + wordCount(sc, t[from:end])
		if m > len(covered) {
			return "", nil
		}
		in, out := false, false
		for i, c := range covered {
			if c && i >= k && i < m {
				in = true
			} else if c {
				out = true
			}
		}
		if in {
			if out {
				return "", nil
			}
			return strings.TrimSpace(t[from:end]), covered[k:m]
		}
		from, k = end, m
	}
	return "", nil
}

// nextSentenceEnd returns the offset just after the first full stop, question or exclamation
// mark in t from offset from that is followed by a space and a capital letter or a quotation
// mark, or len(t).
func nextSentenceEnd(t string, from int) int {
	for i := from; i+2 < len(t); i++ {
		if c := t[i]; (c == '.' || c == '?' || c == '!') && t[i+1] == ' ' {
			r, _ := utf8.DecodeRuneInString(t[i+2:])
			if unicode.IsUpper(r) || isQuoteMark(r) {
				return i + 2
			}
		}
	}
	return len(t)
}

// sloganCut returns the byte offset where the opening clause of t ends (its first comma, colon
// or spaced dash) and the separator: ',' for a comma, ':' for a colon or a dash; -1 without one.
func sloganCut(t string) (int, byte) {
	best, sep := -1, byte(0)
	for _, s := range []struct {
		mark string
		sep  byte
	}{{", ", ','}, {": ", ':'}, {" : ", ':'}, {" – ", ':'}, {" — ", ':'}, {" - ", ':'}} {
		if i := strings.Index(t, s.mark); i >= 0 && (best < 0 || i < best) {
			best, sep = i, s.sep
		}
	}
	return best, sep
}

// coveredIn reports evidence that starts within the first k words and leaves at most one
// covered word after them (a word of the topic later in the report: "… choć promocja dawno
// wygasła").
func coveredIn(covered []bool, k int) bool {
	first, after := -1, 0
	for i, c := range covered {
		if !c {
			continue
		}
		if first < 0 {
			first = i
		}
		if i >= k {
			after++
		}
	}
	return first >= 0 && first < k && after <= 1
}

// sloganInset reports that rest (from the comma after the opening) starts with a clause of at
// most six words with a reporting or a showing verb among its first three ("…, the banner
// urged, but …", "…, proclamait la bannière, alors que …", "…, głosił baner, choć …").
func sloganInset(sc *scratch, rest string) bool {
	rest = strings.TrimPrefix(rest, ", ")
	inset, after, _ := strings.Cut(rest, ", ")
	sc.aux.fold(after)
	if sc.aux.n() > 0 && andWords[string(sc.aux.word(0))] {
		// "Subscribe now, says the editor, and get full access": the call goes on.
		return false
	}
	sc.aux.fold(inset)
	ws := &sc.aux
	if ws.n() == 0 || ws.n() > 6 {
		return false
	}
	for i := 0; i < min(ws.n(), 3); i++ {
		if w := string(ws.word(i)); reportingWords[w] || showingWords[w] {
			return true
		}
	}
	return false
}

// andWords are the folded words for "and": one carries a call to action on after an inset
// (slogan.go), or joins an authors' note to its denial (authorsnote.go).
var andWords = wordSet("and und et y e en i oraz")

// showingWords are folded verbs that say what a banner, a sign or an ad showed or promised,
// past and present: "read", "urged", "lautete", "proclamait", "rezaba", "dizia", "recitava",
// "riep", "głosił". (Reporting verbs are reportingWords.)
var showingWords = wordSet(
	"read reads urged urges proclaimed promised promises",
	"forderte fordert heist hiess lautete lautet lockte verspricht versprach",
	"proclamait proclame promettait promet affichait affiche",
	"decia rezaba reza prometia promete advierte",
	"dizia prometia promete avisa",
	"recitava recita prometteva promette avverte",
	"riep roept stond staat stelt belooft beloofde",
	"glosil glosila glosi obiecywal obiecuje zastrzega",
)

// backRefWords are folded demonstratives that point back at what came before: "this promise",
// "diesem Versprechen", "cette promesse", "esa promesa", "questa promessa", Dutch "die
// belofte". They count after a preposition (backRefPrepositions): "with this promise". A
// banner goes on to name its offer as the subject ("Try it free: this offer ends Sunday").
var backRefWords = wordSet(
	"this that these those such",
	"diesem diesen dieser dieses diese jenem solchen",
	"cette cet ces ce",
	"esa ese esas esos esta este estas estos",
	"essa esse essas esses",
	"questa questo queste questi quella quel",
	"deze die dat",
	"tym tej tego takim",
)

// backRefPrepositions are folded prepositions of means and cause before a demonstrative that
// points back ("with this promise", "mit diesem Versprechen", "avec cette promesse", "met die
// belofte"). Polish says it with the instrumental alone ("tą obietnicą"): "tym", "tą" are
// left to the next round.
var backRefPrepositions = wordSet(
	"with by through after mit durch nach avec par apres con com met door na z ze przez po",
)

// sloganBackRef reports a preposition and a demonstrative among the first four words of rest
// (see backRefWords).
func sloganBackRef(rest *tokens) bool {
	for i := 1; i < min(rest.n(), 4); i++ {
		if backRefWords[string(rest.word(i))] && backRefPrepositions[string(rest.word(i-1))] {
			return true
		}
	}
	return false
}
