package spam

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestQuotedSlogan checks that a sentence quoting a banner's or a notice's words in its
// opening and then saying who showed them, or pointing back at them, stays, also as the
// second sentence of a short paragraph; the banner that goes on to sell or to ask the reader
// still goes.
func TestQuotedSlogan(t *testing.T) {
	s := Default()
	for _, news := range []string{
		"Sign up now, the banner urged, but the offer had expired weeks earlier.",
		"Jetzt abonnieren, forderte das Banner, doch das Angebot war längst abgelaufen.",
		"Abonnez-vous maintenant, proclamait la bannière, alors que l'offre avait expiré.",
		"Suscríbete ahora, decía el anuncio, aunque la oferta había caducado.",
		"Zapisz się teraz, głosił baner, choć promocja dawno wygasła.",
		"Alle Rechte vorbehalten, heißt es auf dem Filmmaterial, doch der Clip verbreitete sich trotzdem.",
		"Todos os direitos reservados, avisa a emissora, mas o vídeo circulou na mesma.",
		"Jetzt kostenlos testen – mit diesem Versprechen lockte der Anbieter Tausende in ein teures Abo.",
		"Provalo gratis: con questa promessa il servizio ha intrappolato migliaia di utenti in un abbonamento caro.",
		"Der Stadtrat tagte am Dienstag. Jetzt abonnieren, forderte das Banner, doch das Angebot war längst abgelaufen.",
	} {
		for _, kind := range []Kind{Line, Glued} {
			v := s.ScoreAs(news, kind)
			assert.False(t, v.Spam, "%q as %v: %+v", news, kind, v)
		}
	}
	for _, banner := range []string{
		"Subscribe now, says the editor, and get full access to every article.",
		"Try it free: this offer ends on Sunday for all new customers who sign up.",
		"Abonnez-vous maintenant : cette offre est réservée aux nouveaux abonnés jusqu'à dimanche.",
		"Jetzt kostenlos testen: Mit diesem Angebot sparen Sie die Hälfte im ersten Jahr.",
		"Sign up now, says our editor, and never miss a story again.",
		"Jetzt abonnieren, sagt der Verlag, und unabhängigen Journalismus unterstützen!",
	} {
		assert.True(t, s.ScoreAs(banner, Line).Spam, banner)
	}
}
