package spam

import "testing"

// An author's box label with its short bio and a live page's request to reload it
// (kind_author.rules), written for this test, go as a line and glued to the end of a
// paragraph; news that opens on "about the author" of something, or reports a reload, stays.
func TestAuthorBoxAndReload(t *testing.T) {
	assertLinesGo(t, []string{
		"About the author",
		"Über die Autorin",
		"À propos de l'auteur",
		"Sobre la autora",
		"Sobre o autor",
		"Over de auteur",
		"O autorce",
		"Sull'autore",
		"Refresh the page to see new posts.",
		"Aggiorna la pagina per leggere gli ultimi aggiornamenti.",
		"Aktualisieren Sie die Seite für neue Beiträge.",
		"Actualisez la page pour suivre le direct.",
		"Actualice la página para ver nuevas entradas.",
		"Atualize a página para ver as novidades.",
		"Ververs de pagina voor de laatste berichten.",
	}, []string{
		"About the author of the leaked report, the ministry said only that he no longer worked there.",
		"Sobre el autor del disparo, la policía no ha dado más detalles, según fuentes del caso.",
		"The agency said users had to refresh the page several times before the form loaded.",
	})
}
