package langdetect

import "github.com/pemistahl/lingua-go"

// OffLanguage reports whether text, a paragraph of a document in language lang (an ISO 639-1
// code), is confidently written in another language, and which. It answers false when in
// doubt: text with too few letters, text lingua is less than minConf sure of, text in a close
// relative of lang (Danish in a Norwegian article), and text where lang's own frequent words
// are about as common as the other language's (a quote inside prose). A true answer needs both
// passes to agree: the first pass or lingua names the other language, and lingua, choosing
// between that language and lang alone, gives it at least minConf.
func (d *Detector) OffLanguage(text, lang string, minConf float64) (Guess, bool) {
	t := theTables()
	doc, ok := t.byCode[lang]
	if !ok || lang == "" {
		return Guess{}, false
	}
	var e evidence
	e.scan(t, text)
	if e.letters < MinLetters {
		return Guess{}, false
	}
	v := e.judge(t, d.allowed)
	var g Guess
	switch {
	case v.lang == doc:
		return guess(v.lang, v.conf), false
	case v.lang != lingua.Unknown:
		g = guess(v.lang, v.conf)
	case v.top == doc, t.cluster[doc].has(v.top), e.dom == t.scriptOf(doc) && v.topHits < minHits:
		// Unsettled, but the words lean to lang or tell nothing: keep without asking lingua.
		return Guess{}, false
	case v.among.len() < 2:
		return Guess{}, false
	default:
		g = d.ask(text, v.among)
	}
	if g.Lang == "" || g.Lang == lang || g.Confidence < MinConfidence {
		return g, false
	}
	other := t.byCode[g.Lang]
	if t.cluster[doc].has(other) {
		return g, false
	}
	if e.mixed(t, other, doc) {
		return g, false // about as much of lang as of the other: mixed, not off-language
	}
	values := linguaFor(setOf(doc, other)).ComputeLanguageConfidenceValues(cut(text, linguaBytes))
	if len(values) == 0 || values[0].Language() != other || values[0].Value() < minConf {
		return g, false
	}
	return g, true
}

// mixed reports whether the words that tell language other from doc are at least half for doc.
func (e *evidence) mixed(t *tables, other, doc lingua.Language) bool {
	io, id := t.index(other), t.index(doc)
	switch {
	case io < 0 || id < 0:
		return false // one of them has no word list: nothing to weigh
	default:
		no, nd := e.distinct(io, id)
		return nd > 0 && 2*nd >= no
	}
}

// index returns the bit of profiled language l, or -1.
func (t *tables) index(l lingua.Language) int {
	for i, p := range t.profiled {
		if p == l {
			return i
		}
	}
	return -1
}

// scriptOf returns the main script of language l.
func (t *tables) scriptOf(l lingua.Language) script {
	for s := scriptLatin; s < numScripts; s++ {
		if t.scripts[s].has(l) {
			return s
		}
	}
	return scriptOther
}
