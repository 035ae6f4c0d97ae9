package spam

import "testing"

// An error page, an expired session and a robot check a scraper kept instead of the article
// (kind_errors.rules), written for this test, go as a line and glued to the end of a
// paragraph; news on broken websites, sessions and bots stays.
func TestErrorPagesSessionsAndRobotChecks(t *testing.T) {
	assertLinesGo(t, []string{
		"Error 404: this page does not exist.",
		"The page you were looking for is no longer available.",
		"Die von Ihnen gesuchte Seite ist leider nicht verfügbar.",
		"Page non trouvée",
		"La página que buscas ya no está disponible.",
		"A página que procura não existe.",
		"De pagina die u zoekt is verplaatst.",
		"Deine Sitzung ist abgelaufen.",
		"Su sesión ha caducado.",
		"Uw sessie is verlopen.",
		"Please log in again.",
		"Verify that you are not a robot.",
		"Bestätige, dass du kein Roboter bist.",
		"Bevestig dat u geen robot bent.",
	}, []string{
		"Visitors to the council's website were met with a page not found error for most of Monday, officials said.",
		"Laut Polizei hatten die Betrüger geprüft, dass die Opfer keine Roboter sind, bevor sie Geld forderten.",
		"Según la empresa, muchos usuarios vieron que su sesión había caducado durante la caída del servicio.",
	})
}
