package spam

import "testing"

// A call to action told as the way to do something, with a gerund or "by" (kind_cta2.rules),
// written for this test, goes as a line and glued to the end of a paragraph; news on what
// readers did with a link stays.
func TestGerundCallsToAction(t *testing.T) {
	assertLinesGo(t, []string{
		"Scarica la guida gratuita cliccando qui",
		"Puoi rinnovare l'abbonamento cliccando su questo link.",
		"Descarga el suplemento haciendo clic aquí",
		"Inscrivez-vous à la lettre en cliquant ici",
		"Baixe o guia completo clicando aqui",
		"Meld je aan door hier te klikken",
		"Pobierz poradnik, klikając tutaj",
	}, []string{
		"According to the police, the victims lost their savings by clicking on a link in a text message.",
		"La polizia ha spiegato che le vittime, cliccando sul link ricevuto via sms, hanno perso i risparmi.",
	})
}
