package spam

import "testing"

// TestAdContinueRemove: the label of the gap an ad box leaves in an article, in the orders its
// words come in, is spam as a line and glued.
func TestAdContinueRemove(t *testing.T) {
	s := Default()
	for _, line := range []string{
		"PUBLICIDAD - SIGUE LEYENDO DEBAJO",
		"Publicidade - Continua depois do anúncio",
		"Continua a leer después",
		"Pubblicità: l'articolo continua sotto",
		"Anuncio · La nota sigue abajo",
	} {
		assertSpamBoth(t, s, line, true)
	}
}

// TestAdContinueNewsKept: what goes on after a break, named, is kept as a line and glued.
func TestAdContinueNewsKept(t *testing.T) {
	s := Default()
	for _, line := range []string{
		"La reunión continúa después del almuerzo",
		"La sesión sigue después de la pausa",
		"Il processo continua dopo l'estate",
		"A publicidade continua depois das eleições",
	} {
		assertSpamBoth(t, s, line, false)
	}
}
