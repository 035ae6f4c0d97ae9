package spam

import "testing"

// A page's buttons around the article: add to a calendar, open the gallery, download the
// PDF, take the quiz (kind_buttons.rules), written for this test, go as a line and glued to
// the end of a paragraph; news on calendars, photos, documents and quizzes stays.
func TestPageButtons(t *testing.T) {
	assertLinesGo(t, []string{
		"Aggiungi a Google Calendar",
		"Add to my calendar",
		"In den Kalender eintragen",
		"Ajouter à mon agenda",
		"Agregar al calendario",
		"Adicionar à agenda",
		"Zet in je agenda",
		"Dodaj do kalendarza",
		"View all photos",
		"Alle Fotos ansehen",
		"Voir la galerie",
		"Bekijk de fotoserie",
		"Zobacz galerię",
		"Download PDF",
		"Descarga el PDF",
		"Baixe o PDF",
		"Take our quiz",
		"Répondez au quiz",
		"Rozwiąż quiz",
		"Mostrar mais",
	}, []string{
		"Add to that the calendar of roadworks, and the summer looks difficult for drivers, the report said.",
		"Il sindaco ha chiesto di aggiungere al calendario delle celebrazioni una giornata per le vittime.",
		"La fiscalía pidió descargar el PDF del contrato desde la web municipal para comprobar las cifras.",
	})
}
