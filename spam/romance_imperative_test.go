package spam

import "testing"

// TestRomanceImperativeRemove: Italian and Portuguese requests to the reader about the site's
// furniture (its channel, newsroom, app, video, "our" site), in wordings the phrase lists do
// not hold, are spam as a line and glued.
func TestRomanceImperativeRemove(t *testing.T) {
	s := Default()
	for _, line := range []string{
		"Iscriviti al nostro canale Telegram per restare sempre aggiornato.",
		"Segui la diretta",
		"Scrivici alla redazione per segnalare un disservizio.",
		"Acesse nosso site e confira mais notícias.",
		"Assista ao vídeo completo no nosso canal.",
		"Baixe o aplicativo e receba as notícias no celular.",
		"Saiba tudo sobre o assunto no nosso especial.",
	} {
		assertSpamBoth(t, s, line, true)
	}
}

// TestRomanceImperativeNewsKept: news that opens with the same forms as a third person, a noun
// or a guide's advice about an institution's site is kept as a line and glued.
func TestRomanceImperativeNewsKept(t *testing.T) {
	s := Default()
	for _, line := range []string{
		"Guarda la Costa Azzurra il nuovo progetto del gruppo alberghiero.",
		"Resta il nodo delle pensioni nella trattativa tra governo e sindacati.",
		"Clicca su un link sospetto e perde 5 mila euro: la truffa dello sms.",
		"Visita del presidente al nostro ospedale: i medici chiedono più personale.",
		"Visita del presidente a nuestro hospital: los médicos piden más personal.",
		"Acompanhe a sessão do Senado, pediu o líder do governo aos deputados.",
		"Acesse o site da Receita Federal para consultar a restituição.",
		"Toque de recolher é decretado na cidade após onda de violência.",
		"Veja como declarar o Imposto de Renda sem erros.",
	} {
		assertSpamBoth(t, s, line, false)
	}
}
