package spam

import "testing"

// A site's notice of an outdated browser, a newsroom's job ad, its contest, its tip line and
// a lone "let us know" (kind_notices.rules, kind_widgets.rules), written for this test, go as
// a line and glued to the end of a paragraph; news on browsers, hiring, contests and tips
// stays.
func TestNoticesAndContests(t *testing.T) {
	assertLinesGo(t, []string{
		"Il tuo browser non è aggiornato: alcune funzioni del sito potrebbero non funzionare.",
		"Your browser is out of date and some features of this page may not work.",
		"Dein Browser ist veraltet, einige Inhalte werden nicht richtig angezeigt.",
		"Votre navigateur n'est pas à jour : certaines fonctions du site sont indisponibles.",
		"Su navegador no es compatible con algunas funciones de esta página.",
		"O seu navegador está desatualizado e algumas funções podem falhar.",
		"Uw browser is verouderd, waardoor niet alle onderdelen werken.",
		"Twoja przeglądarka nie jest obsługiwana przez tę stronę.",
		"Ti consigliamo di aggiornare il browser per una navigazione migliore.",
		"Wir suchen Verstärkung für unser Sportressort in Köln.",
		"Nous recrutons un journaliste pour notre édition de Lille.",
		"Únete a nuestra redacción como becario este verano.",
		"Dołącz do naszej redakcji w Krakowie.",
		"Partecipa al nostro concorso fotografico dedicato all'estate.",
		"Participe no nosso passatempo de verão.",
		"Une info à nous signaler dans votre quartier ?",
		"Heeft u een tip voor de redactie over uw buurt?",
		"Let us know.",
		"Sagen Sie es uns.",
		"Avísanos.",
		"Daj nam znać.",
	}, []string{
		"The bank said customers whose browser is out of date would be asked to upgrade it before logging in.",
		"Die Polizei sucht Verstärkung und will im nächsten Jahr 300 neue Beamte einstellen.",
		"Il ministero ha pubblicato il bando del concorso per 500 insegnanti, ha spiegato la ministra.",
		"Der Verlag teilte mit, man suche Verstärkung für die Lokalredaktion in Bonn.",
		"La empresa confirmó que está contratando a 200 personas para su nueva planta de Vigo.",
	})
}

// A Portuguese log-in form's buttons (kind_account.rules), written for this test, go as a line
// and glued to the end of a paragraph.
func TestPortugueseLoginButtons(t *testing.T) {
	assertLinesGo(t, []string{"Continuar com o Facebook", "Manter sessão iniciada", "Mostrar senha", "Lembrar-me"}, []string{
		"O banco explicou que os clientes podem continuar com o Google Pay até ao fim do ano.",
	})
}
