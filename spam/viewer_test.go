package spam

import "testing"

// A page's viewer switches (a live blog's pinned post and key events, a map's larger view, an
// image's enlarge button, a new window; kind_viewer.rules), written for this test, go as a
// line and glued to the end of a paragraph; news that names pinned posts, maps and windows
// stays.
func TestViewerSwitches(t *testing.T) {
	assertLinesGo(t, []string{
		"Post in evidenza",
		"Fixierter Beitrag",
		"Post épinglé",
		"Entrada fijada",
		"Show key events only",
		"Größere Karte anzeigen",
		"Voir le plan en grand",
		"Ver mapa más grande",
		"Wyświetl większą mapę",
		"Enlarge this image",
		"Bild vergrößern",
		"Afbeelding vergroten",
		"Abrir en una nueva ventana",
		"Openen in een nieuw venster",
	}, []string{
		"The mayor's pinned post on social media was removed after a complaint from the opposition, the council said.",
		"Die größere Karte der Hochwassergebiete zeigt, dass drei Dörfer bedroht sind, sagte die Sprecherin.",
		"La publicación fijada por el alcalde en sus redes provocó cientos de comentarios de vecinos.",
	})
}
