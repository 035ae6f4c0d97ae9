package text

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func spans(s string, sp []Span) []string {
	if len(sp) == 0 {
		return nil
	}
	out := make([]string, len(sp))
	for i, x := range sp {
		out[i] = x.Of(s)
	}
	return out
}

func TestParagraphs(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"  \n\t\n", nil},
		{"one", []string{"one"}},
		{" a b \n\n c \r\n d\r e ", []string{"a b", "c", "d", "e"}},
		{"\ufeffTitle\u200b\n\nBody.", []string{"Title", "Body."}},
		{"bad\xffbyte\n", []string{"bad\xffbyte"}},
	} {
		assert.Equal(t, tc.want, spans(tc.in, Paragraphs(tc.in)), "%q", tc.in)
		assert.GreaterOrEqual(t, MaxParagraphs(tc.in), len(tc.want), "%q", tc.in)
	}
	// The bound is exact when no line holds only Unicode spaces.
	in := "a\n\n\u2028b\u2029c\r\n\v\fd \t\n \xe2\x80\n e"
	assert.Equal(t, len(Paragraphs(in)), MaxParagraphs(in))
	assert.Equal(t, 6, MaxParagraphs(in)) // a, b, c, d, the invalid bytes, e
	// ParagraphSeq stops when asked to.
	n := 0
	for range ParagraphSeq("a\nb\nc") {
		n++
		break
	}
	assert.Equal(t, 1, n)
}

func TestSentences(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Uno. Due! Tre? Quattro", []string{"Uno.", "Due!", "Tre?", "Quattro"}},
		{"Il dott. Rossi è arrivato. Poi è andato via.", []string{"Il dott. Rossi è arrivato.", "Poi è andato via."}},
		{"Mr. Smith went to the U.S. Army base. It was late.", []string{"Mr. Smith went to the U.S. Army base.", "It was late."}},
		{"Der Umsatz stieg um 1.5 Prozent. Das ist z. B. gut.", []string{"Der Umsatz stieg um 1.5 Prozent.", "Das ist z. B. gut."}},
		{"Am 3. Oktober feiert Deutschland. Alle sind frei.", []string{"Am 3. Oktober feiert Deutschland.", "Alle sind frei."}},
		{"Il PIL è cresciuto dell'1,2%. Bene.", []string{"Il PIL è cresciuto dell'1,2%.", "Bene."}},
		{"Aspetta... poi parla. «Basta!» Disse lui.", []string{"Aspetta... poi parla.", "«Basta!»", "Disse lui."}},
		{"He said “Stop.” Then he left.", []string{"He said “Stop.”", "Then he left."}},
		{"legato al gruppo . Il rifiuto è chiaro.", []string{"legato al gruppo .", "Il rifiuto è chiaro."}},
		{"J. K. Rowling wrote it. ¿Qué pasó? Nada.", []string{"J. K. Rowling wrote it.", "¿Qué pasó?", "Nada."}},
		{"Domanda? Risposta lunga.", []string{"Domanda?", "Risposta lunga."}},
		{"etc. this continues", []string{"etc. this continues"}},
		// A footnote's marker opens its note; a row of stars is no sentence.
		{"Prices rose. *Disclosure: we earn a commission.", []string{"Prices rose.", "*Disclosure: we earn a commission."}},
		{"Der Preis stieg. * = Affiliate-Link", []string{"Der Preis stieg.", "* = Affiliate-Link"}},
		{"Ende. * * * weiter", []string{"Ende. * * * weiter"}},
		// A German quotation opens on „ or ‚, whatever closes it.
		{"Er ist tot. „Sein Werk bleibt\", sagte sie. Dann ging sie.", []string{"Er ist tot.", "„Sein Werk bleibt\", sagte sie.", "Dann ging sie."}},
		{"Er ist tot. ‚Ein Verlust‘, hieß es.", []string{"Er ist tot.", "‚Ein Verlust‘, hieß es."}},
		// X is the platform, not an initial.
		{"Das schrieb sie auf X. Copyright © Verlag.", []string{"Das schrieb sie auf X.", "Copyright © Verlag."}},
		{"Er postete es auf X. Die Partei schwieg.", []string{"Er postete es auf X.", "Die Partei schwieg."}},
	} {
		assert.Equal(t, tc.want, spans(tc.in, Sentences(tc.in, Span{0, len(tc.in)})), "%q", tc.in)
	}
}

func TestWords(t *testing.T) {
	assert.Equal(t, []string{"l", "episodio", "è", "finito"}, Words("L’episodio è  finito!"))
	assert.Equal(t, Words("l'episodio"), Words("l’episodio"))
	assert.Equal(t, []string{"crescita", "dell", "1,2"}, Words("crescita dell'1,2%"))
	assert.NotEqual(t, Words("1,2%"), Words("1,4%"))
	assert.Equal(t, "clicca qui piu", Fold("CLICCA QUI — più!"))
	assert.Equal(t, "zurich lodz", Fold("Zürich Łódź"))
	assert.Equal(t, []string{"bad", "byte"}, Words("bad\xffbyte"))
	// NFC and NFD spellings give the same words.
	assert.Equal(t, Words("caf\u00e9"), Words("cafe\u0301"))
}

func TestLineBreaks(t *testing.T) {
	assert.Equal(t, 0, LineBreaks("  "))
	assert.Equal(t, 2, LineBreaks("\r\n\r\n"))
	assert.Equal(t, 3, LineBreaks("\n\r\n\r"))
}
