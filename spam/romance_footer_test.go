package spam

import "testing"

// TestCopyBanForms: a footer bans copying the site's content with an impersonal verb ("Se
// prohíbe", "Si vieta", "Proíbe-se"), a negated permit ("Non è consentita"), grants it when
// the source is cited, or says the content is protected by copyright: spam as a line and
// glued, in Spanish, Italian and Portuguese.
func TestCopyBanForms(t *testing.T) {
	s := Default()
	for _, line := range []string{
		"Se prohíbe la copia, distribución o comunicación pública de estos contenidos sin consentimiento previo.",
		"Proíbe-se a reprodução dos conteúdos sem autorização.",
		"Non è consentita la riproduzione dei contenuti senza autorizzazione.",
		"Si vieta la copia dei testi e delle immagini di questo sito.",
		"La reproducción de este artículo está permitida citando la fuente.",
		"È consentita la riproduzione degli articoli citando la fonte.",
		"Tutti i contenuti sono protetti dalla legge sul diritto d'autore.",
		"Todos os conteúdos estão protegidos por direitos autorais.",
	} {
		assertSpamBoth(t, s, line, true)
	}
}

// TestCopyBanNewsKept: news on a law's or a court's ban on copying, on copyright and on
// paywalls that someone complained of, with the same words, is kept as a line and glued: a
// ban with a subject, a permit that is the law's, rights that go on to their terms, a
// provision or a complaint reported.
func TestCopyBanNewsKept(t *testing.T) {
	s := Default()
	for _, line := range []string{
		"La ley prohíbe la copia de contenidos sin autorización del autor.",
		"El juez dijo que la reproducción de artículos está permitida citando la fuente.",
		"Il giudice ha stabilito che non è consentita la riproduzione dei contenuti.",
		"Desde hoy no se permite la reproducción de contenidos de la agencia en redes sociales sin pagar una licencia.",
		"Si vieta la riproduzione dei contenuti a scopo commerciale, prevede la nuova legge.",
		"A nova lei não permite a reprodução de conteúdos jornalísticos sem autorização.",
		"Los artículos científicos están protegidos por derechos de autor durante 70 años tras la muerte del autor.",
		"Los usuarios se quejaron de que el límite de artículos gratuitos del diario se redujo a cinco al mes.",
		"I lettori hanno lamentato che gli articoli gratuiti sono scesi a cinque al mese.",
		"Os leitores reclamaram que o limite de artigos gratuitos caiu para cinco por mês.",
	} {
		assertSpamBoth(t, s, line, false)
	}
}
