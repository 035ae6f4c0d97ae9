package spam

import "slices"

// A site's note on how the article was made: translated by a machine or written with
// artificial intelligence ("This article was translated automatically.", "Dieser Artikel
// wurde maschinell aus dem Englischen übersetzt.", "Dit artikel is met behulp van AI
// geschreven …"). The rules hold the commonest wordings; the family reads the shape, so that
// word order and the words between do not matter: the unit opens with the article naming
// itself and a past auxiliary ("this article was", "questo testo è stato", "dit artikel
// is"), and a word of translation or of machine authorship follows within a few words. News
// on translation or on artificial intelligence names other things first ("The ministry's
// report was translated …", "Der Chatbot hat …").

// EditorNoteEvidence names a site's note on how the article was made in a Verdict.
const EditorNoteEvidence = "editor-note"

// editorNoteWeight is the note's evidence: as sure as the rules' wordings of it.
const editorNoteWeight = 0.6

// Bounds of a note: the most words it has, and the most words between its opening and the
// word of translation or machine authorship.
const (
	maxEditorNoteWords = 24
	maxEditorNoteGap   = 5
)

// editorNoteLangs holds, for each of the eight languages, the folded openings of such notes
// (the article naming itself and a past auxiliary; Italian "è stato" folds to "e stato") and
// the words of translation or machine authorship that may follow, of one word or two. Each
// language's words go only with its openings: Italian "ai" is "to the".
var editorNoteLangs = []struct {
	openings, words [][]string
}{
	{wordLists("this article was", "this article has been", "this story was", "this story has been",
		"this text was", "this text has been", "this content was", "this content has been",
		"this piece was", "this report was"),
		wordLists("translated", "automatically", "machine", "ai", "chatgpt", "artificial intelligence")},
	{wordLists("questo articolo e stato", "questo testo e stato", "questo contenuto e stato"),
		wordLists("tradotto", "automaticamente", "ia", "intelligenza artificiale")},
	{wordLists("dieser artikel wurde", "dieser artikel ist", "dieser beitrag wurde", "dieser text wurde",
		"dieser inhalt wurde"),
		wordLists("ubersetzt", "maschinell", "automatisch", "ki", "kunstlicher intelligenz", "kunstliche intelligenz")},
	{wordLists("cet article a ete", "ce texte a ete", "ce contenu a ete", "cet article est"),
		wordLists("traduit", "automatiquement", "ia", "intelligence artificielle")},
	{wordLists("este articulo fue", "este articulo ha sido", "este texto fue", "este texto ha sido",
		"este contenido fue", "este contenido ha sido"),
		wordLists("traducido", "automaticamente", "ia", "inteligencia artificial")},
	{wordLists("este artigo foi", "este texto foi", "este conteudo foi"),
		wordLists("traduzido", "automaticamente", "inteligencia artificial")},
	{wordLists("dit artikel is", "dit artikel werd", "deze tekst is", "deze tekst werd", "dit stuk is"),
		wordLists("vertaald", "automatisch", "ai", "kunstmatige intelligentie")},
	{wordLists("ten artykul zostal", "ten tekst zostal", "ten artykul byl"),
		wordLists("przetlumaczony", "automatycznie", "ai", "sztucznej inteligencji")},
}

// editorNoteFirsts holds one bit per hash of the first words of editorNoteLangs' openings, as
// fold computes them: a word without its bit opens no note.
var editorNoteFirsts = func() *[bitsetWords]uint64 {
	b := new([bitsetWords]uint64)
	for _, l := range editorNoteLangs {
		for _, open := range l.openings {
			setBit(b, fnv(open[0]))
		}
	}
	return b
}()

// editorNote adds the evidence of a unit that is a site's note on how the article was made.
// In a longer unit, a note that opens it or one of its last maxEditorNoteWords words is a
// candidate: glued to the article's first or last sentence, the filter scores that sentence.
func editorNote(sc *scratch) {
	tok := &sc.tok
	n := tok.n()
	if n < 4 || tok.sets&setEditor == 0 {
		return // nearly every unit: no word opens a note
	}
	if n <= maxEditorNoteWords {
		if editorNoteAt(tok, 0) {
			sc.labelWhole(signal{EditorNoteEvidence, "copyright-phrase", editorNoteWeight, classRule})
		}
		return
	}
	if editorNoteAt(tok, 0) {
		sc.candidates++
		return
	}
	for i := n - maxEditorNoteWords; i <= n-4; i++ {
		if editorNoteAt(tok, i) {
			sc.candidates++
			return
		}
	}
}

// editorNoteAt reports whether a note opens at word i of tok: an opening of editorNoteLangs,
// and one of its language's words within maxEditorNoteGap words after it.
func editorNoteAt(tok *tokens, i int) bool {
	if tok.w[i].sets&setEditor == 0 {
		return false
	}
	n := tok.n()
	for _, l := range editorNoteLangs {
		for _, open := range l.openings {
			if !wordsAt(tok, i, open) {
				continue
			}
			for k := i + len(open); k < n && k <= i+len(open)+maxEditorNoteGap; k++ {
				if slices.ContainsFunc(l.words, func(ws []string) bool { return wordsAt(tok, k, ws) }) {
					return true
				}
			}
			return false
		}
	}
	return false
}
