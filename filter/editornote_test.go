package filter

import "testing"

// TestEditorNoteGlued: a site's note on how the article was made (spam/editornote.go), written
// for this test in word orders the rules do not hold, goes when the scraper glued it to the
// end or the start of a paragraph, and the paragraph's sentences stay.
func TestEditorNoteGlued(t *testing.T) {
	for _, c := range []struct{ lang, note string }{
		{"en", "This story was translated from the French by machine and checked by an editor."},
		{"it", "Questo articolo è stato tradotto automaticamente dall'inglese."},
		{"de", "Dieser Beitrag wurde teilweise mit KI erstellt und von der Redaktion geprüft."},
		{"fr", "Cet article a été entièrement traduit par un outil automatique."},
		{"es", "Este texto fue escrito con ayuda de inteligencia artificial y revisado por la redacción."},
		{"pt", "Este artigo foi traduzido do inglês por uma ferramenta automática."},
		{"nl", "Deze tekst is deels met AI gemaakt en door een redacteur nagekeken."},
		{"pl", "Ten artykuł został automatycznie przetłumaczony z języka angielskiego."},
	} {
		h := newsVoiceHosts[c.lang]
		assertGoneFromHosts(t, c.lang, c.note,
			h[0]+"\n\n"+h[1]+" "+c.note+"\n\n"+h[2], // glued to the end of a paragraph
			h[0]+"\n\n"+c.note+" "+h[1]+"\n\n"+h[2], // glued to the start of one
		)
	}
}
