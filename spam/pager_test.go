package spam

import "testing"

// A page's pagers, gallery counters, embed buttons, "load more" buttons and language switches
// (kind_pager.rules), written for this test, go as a line and glued to the end of a paragraph;
// sentences that cite a page of a report or a video stay.
func TestPagerAndEmbedButtons(t *testing.T) {
	assertLinesGo(t, []string{
		"Page 3 of 7", "Showing page 3 of 7", "Pagina 3 di 7", "Seite 3 von 7", "Page 3 sur 7", "Página 3 de 7", "Strona 3 z 7",
		"Foto 5 di 20", "Bild 5 von 20", "Photo 5 sur 20", "Zdjęcie 5 z 20", "Afbeelding 5 van 20",
		"Watch on YouTube", "Auf YouTube ansehen", "Regarder sur YouTube", "Assista no YouTube", "Bekijk op YouTube",
		"Load more stories", "Weitere Artikel laden", "Carica altre notizie", "Cargar más comentarios", "Meer artikelen laden",
		"Read this article in Ukrainian", "Lire cet article en espagnol", "Leer este artículo en catalán", "Lees dit artikel in het Frans",
	}, []string{
		"Page 3 of the report shows that rents in the harbour district rose by 4 % a year.",
		"Watch the video on the council's website, the spokesman told reporters on Monday.",
		"Seite 3 des Berichts zeigt, dass die Mieten im Hafenviertel um 4 Prozent gestiegen sind.",
		"Read the article in full and you will see that the minister never promised a bridge, she said.",
	})
}
