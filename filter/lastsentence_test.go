package filter

import (
	"strings"
	"testing"
)

// TestPromoOpeningLastSentence: a teaser's question to the reader and the promo after it,
// glued to the start of a paragraph's only sentence (the splitter ends the question at its
// question mark and runs the promo on into the article's sentence), go; the article's
// sentence stays whole. Written for the test.
func TestPromoOpeningLastSentence(t *testing.T) {
	assertGoneBeforeLastSentence(t, []langLine{
		{"es", "¿Tienes una historia que contar? Escríbenos a redaccion@example.es"},
		{"de", "Du hast einen Hinweis für uns? Schreib uns an hinweis@example.de"},
		{"en", "Got a story for us? Email the newsroom at tips@example.com"},
		{"fr", "Vous avez une info ? Écrivez-nous à infos@example.fr"},
	})
}

// TestButtonAfterQuestionBeforeLastSentence: a teaser's question and a button of one word
// glued to the start of a paragraph's only sentence, which opens on a word that is no
// function word ("Segundo", "Según"), so no clause word shows where it starts: the button's
// words go by the last resort cut (RescueLead), the question with them, and the article's
// sentence stays whole. Written for the test.
func TestButtonAfterQuestionBeforeLastSentence(t *testing.T) {
	for _, c := range []struct{ lang, line, last string }{
		{"pt", "Ainda não tem conta? Registe-se", "Segundo o presidente da Câmara, as obras na ponte vão começar em março e durar um ano."},
		{"es", "¿Aún no tienes cuenta? Regístrate", "Según el alcalde, las obras del puente empezarán en marzo y durarán un año."},
		{"pt", "Ainda não tem conta? Registe-se", "Segundo o vereador das finanças, a maior parte do dinheiro vai para a repavimentação de ruas do centro e para obras em duas escolas até ao fim do próximo ano."},
	} {
		h := newsVoiceHosts[c.lang]
		in := h[0] + "\n\n" + c.line + " " + c.last + "\n\n" + h[2] + "\n"
		res := Clean(in)
		checkInvariants(t, in, res)
		if leftOf(c.line, res.Text) {
			t.Errorf("%s: %q kept in %q", c.lang, c.line, res.Text)
		}
		for _, p := range []string{h[0], c.last, h[2]} {
			if !strings.Contains(foldedRuns(res.Text), foldedRuns(p)) {
				t.Errorf("%s: %q took the article's %q", c.lang, c.line, p)
			}
		}
	}
}

// TestReadAlsoCitationGoesWhole: a read-also teaser that cites an article, its title in
// quotation marks and the periodical after it, glued to the end of a paragraph, goes whole:
// the title is no sentence of the article, though it reads as prose. Written for the test.
func TestReadAlsoCitationGoesWhole(t *testing.T) {
	h := newsVoiceHosts["fr"]
	for _, line := range []string{
		"Lire aussi Jean Dupont & Kim Il-soo, « La paix par le commerce, une vieille idée », Revue du Nord, mars 2019.",
		"Lire aussi Claire Martin, « Les communes face à la baisse des dotations de l'État », Le Courrier des maires, mai 2021.",
	} {
		assertGoneFromHosts(t, "fr", line, h[0]+"\n\n"+h[1]+" "+line+"\n\n"+h[2])
	}
}

// TestReaderQuestionBeforeLastSentencePromo: in the languages that drop the pronoun, the
// teaser's question speaks to the reader by its verb ("Hai assistito …?", "¿Tienes …?");
// it goes with the promo cut off the start of the paragraph's last sentence.
// Written for the test.
func TestReaderQuestionBeforeLastSentencePromo(t *testing.T) {
	assertGoneBeforeLastSentence(t, []langLine{
		{"it", "Hai assistito a un incidente o a un fatto di cronaca? Scrivi alla redazione a cronaca@example.it"},
		{"es", "¿Tienes una denuncia o una historia que contar? Escríbenos a redaccion@example.es"},
		{"pl", "Masz temat? Napisz do redakcji na adres kontakt@example.pl"},
	})
}

// langLine is a line written for a test and its language.
type langLine struct{ lang, text string }

// assertGoneBeforeLastSentence glues each line to the start of the last paragraph of
// newsVoiceHosts[lang], a paragraph of one sentence, and checks that the line went and the
// paragraphs stayed whole (assertGoneFromHosts).
func assertGoneBeforeLastSentence(t *testing.T, lines []langLine) {
	t.Helper()
	for _, l := range lines {
		h := newsVoiceHosts[l.lang]
		assertGoneFromHosts(t, l.lang, l.text, h[0]+"\n\n"+h[1]+"\n\n"+l.text+" "+h[2])
	}
}
