package spam

import "testing"

// A switch to another language's edition, a notice that the article is old and a
// subscription offer for today only (kind_age.rules), written for this test, go as a line and
// glued to the end of a paragraph; news that names languages, old articles and one-day
// offers stays.
func TestLanguageSwitchAgeNoticeAndOneDayOffer(t *testing.T) {
	assertLinesGo(t, []string{
		"Leggi l'articolo in tedesco",
		"Read this story in Ukrainian",
		"Diesen Artikel auf Polnisch lesen",
		"Lire cet article en espagnol",
		"Leer en catalán",
		"Leia este artigo em inglês",
		"Lees dit artikel in het Frans",
		"Przeczytaj po niemiecku",
		"Questo articolo ha più di 2 anni",
		"This article is over a year old.",
		"Dieser Beitrag ist älter als zwei Jahre.",
		"Cet article a plus de 5 ans.",
		"Esta noticia tiene más de un año.",
		"Esta notícia tem mais de um ano.",
		"Dit artikel is ouder dan een jaar.",
		"Ten artykuł ma więcej niż rok.",
		"Offer ends at midnight.",
	}, []string{
		"The mayor said the leaflets would be printed in English, Spanish and Arabic for the first time.",
		"Laut dem Archiv ist der Artikel älter als die Zeitung selbst, ein Rätsel für die Historiker.",
		"El ministerio explicó que la web permitirá leer en catalán todas las resoluciones del consejo.",
	})
}
