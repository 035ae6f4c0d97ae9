package spam

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// RescueEvidence is the evidence of a cut RescueLead found.
const RescueEvidence = "rescue-cut"

// rescueMinRest is the fewest fields of the sentence RescueLead keeps; rescueObjectRest, of
// the object's name and the sentence after it, after a preposition.
const (
	rescueMinRest    = 4
	rescueObjectRest = 8
)

// RescueLead is the last resort before a sentence that is spam as a whole goes: when the rule
// evidence opens sentence t and stops, and a field after it opens with a capital (or is the
// pronoun "I") from which the rest is a sentence with no evidence of its own, only the part
// before it goes ("Tweet this | I never said that.", "Espace abonnés | Marie, elle, n'a rien
// dit.", "Assine já | O prefeito nunca respondeu."). Lead's cuts want the rest to run on for
// six words and the break to open a clause surely; this one takes the first capital after the
// evidence, so that a name the promo ends on may stay with the article's sentence ("Newsletter
// | Nordwest Marek prowadził …"): it errs towards keeping. The rest must end on a full stop (a
// question after a label is a teaser's title) with two words in lower case or more; not in
// German, whose nouns are capitalised, nor after a footer's notice, whose holder's name runs
// on, nor after an article or a possessive, nor after a preposition when the rest speaks as the
// site ("Abonnez-vous au | Courrier Alpin pour lire tous nos …"). The caller uses it only where
// the whole sentence would go otherwise. It returns where the promo ends (0 for no cut) and the
// promo's verdict. First, the article's dateline after the promo is kept (datelineLead).
func (s *Scorer) RescueLead(t string, ctx Context) (end int, v Verdict) {
	return onVisible(t, ctx, s.rescueLead)
}

func (s *Scorer) rescueLead(t string, ctx Context) (end int, v Verdict) {
	if end, v := s.datelineLead(t, ctx); end > 0 {
		return end, v // the article's dateline after the promo stays: "Abbonati ora | CARPI."
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.tok.fold(t)
	n := sc.tok.n()
	if n < 1+rescueMinRest {
		return 0, Verdict{}
	}
	if readsGerman(t) {
		return 0, Verdict{} // German writes its nouns with a capital: no break to read
	}
	s.coverRules(sc, t)
	if !sc.covered[0] || slices.ContainsFunc(sc.sig, func(g signal) bool { return g.reason == "copyright-phrase" }) {
		// The evidence does not open the sentence; or a footer's notice does, whose
		// holder's name and fragments run on after it.
		return 0, Verdict{}
	}
	last := 0
	for last+1 < n && sc.covered[last+1] {
		last++
	}
	if last+rescueMinRest >= n || slices.Contains(sc.covered[last+1:], true) {
		return 0, Verdict{} // evidence further in: the promo goes on, or the sentence is one
	}
	other := scratchPool.Get().(*scratch)
	defer scratchPool.Put(other)
	words, prev := 0, ""
	for start, stop := nextField(t, 0); start < stop; start, stop = nextField(t, stop) {
		other.tok.fold(t[start:stop])
		k := other.tok.n()
		if words > last && k > 0 {
			f := t[start:stop]
			r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(f, openingMark))
			if !unicode.IsUpper(r) {
				words += k
				prev = f
				continue
			}
			if w := strings.ToLower(strings.TrimRight(prev, ",;:")); articles[w] || sellersOur[w] {
				return 0, Verdict{} // a capital after an article or a possessive goes on its phrase: "… die unser | Angebot …"
			}
			if inLower(buttonNouns, prev) {
				return 0, Verdict{} // a button's name: "Haz clic en el botón | Aceptar …"
			}
			if prev != "" && s.endsOnFunctionWord(prev) && !endsOnObject(prev) && !labelAdverbs[strings.ToLower(prev)] {
				// After a preposition the capital opens its object, a name the promo may
				// run on with ("Przekaż darowiznę na | Hospicjum Nadzieja | Opozycja …"):
				// kept with the article's sentence when a sentence follows the name (the
				// rest is rescueObjectRest fields or more), unless the rest speaks as the
				// site ("Abonnez-vous au | Courrier Alpin pour lire tous nos articles.").
				other.tok.fold(t[start:])
				if countFields(t[start:]) < rescueObjectRest || sitesOwnWords(other) {
					return 0, Verdict{}
				}
			}
			rest := t[start:]
			head := strings.TrimRightFunc(t[:start], unicode.IsSpace)
			if countFields(rest) < rescueMinRest || !fullStopEnd(rest) || lowerWords(rest) < 2 ||
				s.ScoreAs(rest, Glued).Score > 0 {
				return 0, Verdict{}
			}
			w := s.ScoreIn(head, Glued, Context{Doc: ctx.Doc, Para: ctx.Para, NextToSpam: ctx.NextToSpam})
			if !w.Spam {
				return 0, Verdict{}
			}
			w.Evidence = append(w.Evidence, RescueEvidence)
			return len(head), w
		}
		words += k
		prev = t[start:stop]
	}
	return 0, Verdict{}
}

// lowerWords counts the fields of s that open with a letter in lower case.
func lowerWords(s string) int {
	n := 0
	for f := range strings.FieldsSeq(s) {
		if lowerWord(f) {
			n++
		}
	}
	return n
}
