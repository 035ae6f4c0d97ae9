package spam

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A site's note on how the article was made, in word orders the rules do not hold
// (editornote.go), written for this test: as a line, glued to the end of a paragraph, and
// as a candidate in a paragraph it ends. News on translation and artificial intelligence,
// and a note's opening without its words, stay.
func TestEditorNote(t *testing.T) {
	notes := []string{
		"This story was translated from the French by machine and checked by an editor.",
		"Questo articolo è stato tradotto automaticamente dall'inglese.",
		"Dieser Beitrag wurde teilweise mit KI erstellt und von der Redaktion geprüft.",
		"Cet article a été entièrement traduit par un outil automatique.",
		"Este texto fue escrito con ayuda de inteligencia artificial y revisado por la redacción.",
		"Este artigo foi traduzido do inglês por uma ferramenta automática.",
		"Deze tekst is deels met AI gemaakt en door een redacteur nagekeken.",
		"Ten artykuł został automatycznie przetłumaczony z języka angielskiego.",
	}
	assertLinesGo(t, notes, []string{
		"This article was read by more than a million people and translated into twelve languages, the agency said on Monday.",
		"Questo articolo è stato citato dal giudice come prova nel processo contro l'azienda.",
		"Dieser Artikel wurde am Montag aktualisiert.",
		"The chatbot translated the minister's speech automatically, and the errors went viral.",
	})
	for _, note := range notes {
		para := "The harbour board met on Tuesday evening and approved next year's budget after a long debate. " + note
		assert.Positive(t, Default().ScoreIn(para, Line, Context{}).Candidates, "note at the end of %q", para)
	}
}
