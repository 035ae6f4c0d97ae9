package spam

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRescueLead: where a sentence that is spam as a whole would go, and Lead finds no cut
// (the rest is short, or opens on a name), RescueLead cuts the promo's words off at the first
// capital after its evidence; a teaser's question, German, a footer's notice and a capital
// after an article or a possessive get no cut. Sentences written for this test.
func TestRescueLead(t *testing.T) {
	s := Default()
	for _, c := range []struct{ text, keep string }{
		{"Newsletter Nordwest Marek prowadził przez lata rodzinną piekarnię.", "Nordwest Marek prowadził przez lata rodzinną piekarnię."},
		{"Assine já O prefeito nunca respondeu às perguntas.", "O prefeito nunca respondeu às perguntas."},
		{"Subscribe now Mary Quinn never came back.", "Mary Quinn never came back."},
		// After a preposition the cause's name stays with the article's sentence.
		{"Przekaż darowiznę na Hospicjum Nadzieja Opozycja przekonywała, że podwyżka nie wystarczy.",
			"Hospicjum Nadzieja Opozycja przekonywała, że podwyżka nie wystarczy."},
	} {
		assert.True(t, s.ScoreAs(c.text, Glued).Spam, "%q is spam as a whole", c.text)
		end, v := s.RescueLead(c.text, Context{})
		if assert.NotZero(t, end, "%q", c.text) {
			assert.Equal(t, c.keep, strings.TrimSpace(c.text[end:]))
			assert.True(t, v.Spam)
			assert.Contains(t, v.Evidence, RescueEvidence)
		}
	}
	// The article's dateline after a promo stays with the article (datelineLead).
	dated := "Abbonati al giornale digitale CARPI."
	assert.True(t, s.ScoreAs(dated, Glued).Spam, "%q is spam as a whole", dated)
	if end, v := s.RescueLead(dated, Context{}); assert.NotZero(t, end, dated) {
		assert.Equal(t, "CARPI.", strings.TrimSpace(dated[end:]))
		assert.Contains(t, v.Evidence, DatelineAfter)
	}
	for _, text := range []string{
		"SEE ALSO: Where to swim this summer?",
		"Auf dieser Seite helfen Cookies, damit unser Angebot besser wird.",
		"Lesen Sie auch Die Stadt hat am Montag den Haushalt beschlossen.",
		"Todos los derechos reservados Editora del Valle S.A. - Ciudad del Este 2022.",
		"Subscribe to our Premium plan and read every story without ads.",
		"Abonnez-vous au Courrier Alpin pour lire tous nos articles.",
		"Acconsento a ricevere offerte commerciali dalla Gazzetta e dai suoi partner.",
		"Téléchargez gratuitement l'application de La Voix du Lac pour recevoir les infos du jour.",
	} {
		end, _ := s.RescueLead(text, Context{})
		assert.Zero(t, end, "%q", text)
	}
}
