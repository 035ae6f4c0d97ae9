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
	g := d.decide(&e, text)
	if g.Lang == "" || g.Lang == lang || g.Confidence < minConf {
		return g, false
	}
	other := t.byCode[g.Lang]
	if t.cluster[doc].has(other) {
		return g, false
	}
	if e.hitsOf(t, doc)*2 >= e.hitsOf(t, other) && e.hitsOf(t, other) > 0 {
		return g, false // as much of lang as of the other: mixed, not off-language
	}
	values := linguaFor(setOf(doc, other), 120).ComputeLanguageConfidenceValues(cut(text, linguaBytes))
	if len(values) == 0 || values[0].Language() != other || values[0].Value() < minConf {
		return g, false
	}
	return g, true
}

// hitsOf returns the frequent-word hits of l, 0 for a language without a word list.
func (e *evidence) hitsOf(t *tables, l lingua.Language) int {
	for i, p := range t.profiled {
		if p == l {
			return int(e.hits[i])
		}
	}
	return 0
}
