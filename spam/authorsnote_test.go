package spam

import "testing"

// TestAuthorsNoteRemove: a site's note that its signed texts are their authors'
// responsibility, in wordings the phrase lists do not hold, and the Italian blog's notice,
// are spam as a line and glued.
func TestAuthorsNoteRemove(t *testing.T) {
	s := Default()
	for _, line := range []string{
		"As opiniões expressas nos artigos são de inteira responsabilidade dos seus autores.",
		"Le opinioni espresse negli articoli sono di esclusiva responsabilità dei rispettivi autori.",
		"Los textos firmados son de entera responsabilidad de sus autores y no reflejan necesariamente la opinión del medio.",
		"Questo blog non rappresenta una testata giornalistica in quanto viene aggiornato senza alcuna periodicità.",
		"Queda rigurosamente prohibida cualquier forma de reproducción, distribución o transformación de esta obra.",
	} {
		assertSpamBoth(t, s, line, true)
	}
}

// TestAuthorsNoteNewsKept: news on whose responsibility something is, with "their authors",
// is kept as a line and glued: no texts disclaimed, or the sentence goes on, or says who said
// it.
func TestAuthorsNoteNewsKept(t *testing.T) {
	s := Default()
	for _, line := range []string{
		"O tribunal definiu a responsabilidade dos seus autores no crime.",
		"O tribunal definiu a responsabilidade dos seus autores.",
		"El juez atribuyó la responsabilidad de los hechos a sus autores materiales, según la sentencia.",
		"Os textos do livro são de responsabilidade dos seus autores, diz a editora.",
		"La responsabilità dei testi ricade sui rispettivi autori e sull'editore, ha stabilito la Cassazione.",
	} {
		assertSpamBoth(t, s, line, false)
	}
}

// TestRomanceWidgetPhrases: a comment form's note on moderation, a gallery's button, the
// share button's e-mail, a consent banner's buttons, a comment counter, a browser note and an
// advertiser's content labelled by the editor, as a line and glued.
func TestRomanceWidgetPhrases(t *testing.T) {
	s := Default()
	for _, line := range []string{
		"Tu comentario será publicado tras ser revisado por el moderador.",
		"Pincha en la imagen para ampliarla.",
		"Envie para um amigo",
		"Solo las necesarias",
		"Esta nota tiene 14 comentarios",
		"Sitio optimizado para Chrome y Firefox.",
		"Contenuto a cura di Agenzia Esempio",
		"Redazionale sponsorizzato",
		"Apenas necessários",
	} {
		assertSpamBoth(t, s, line, true)
	}
	for _, line := range []string{
		"Pincha en la imagen un alfiler y verás cómo se deforma, explicó el artista.",
		"Ela pediu que ele envie para um amigo as fotos do acidente.",
		"Contenuto a cura della redazione sportiva: le pagelle della partita.",
		"Solo las necesarias reformas permitirán cumplir el objetivo de déficit, dijo el ministro.",
	} {
		assertSpamBoth(t, s, line, false)
	}
}
