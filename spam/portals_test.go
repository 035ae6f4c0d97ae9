package spam

import "testing"

// A local site's portals promoted in its articles: jobs, homes, games, hotels, death notices
// (kind_portals.rules), written for this test, go as a line and glued to the end of a
// paragraph; news on jobs, housing, games, hotels and deaths stays.
func TestPortalPromos(t *testing.T) {
	assertLinesGo(t, []string{
		"Trova lavoro nella tua città",
		"Find a job near you",
		"Stellenangebote entdecken",
		"Trouvez un emploi en Bretagne",
		"Encuentra trabajo en Valencia",
		"Encontre trabalho perto de si",
		"Vind een baan bij jou in de buurt",
		"Znajdź pracę w Poznaniu",
		"Gioca al cruciverba",
		"Play today's crossword",
		"Jouez aux mots croisés",
		"Zagraj w sudoku",
		"Book your hotel in Lisbon",
		"Search obituaries",
		"Traueranzeigen durchsuchen",
		"Consultez les avis de décès",
		"Case in vendita e in affitto nella tua zona",
		"Mieszkania na sprzedaż i wynajem w Twojej okolicy",
	}, []string{
		"Trova lavoro solo un laureato su tre entro un anno dalla laurea, secondo il rapporto dell'Istat.",
		"Encuentra empleo uno de cada cuatro parados de larga duración, según el informe del ministerio.",
		"The council said fewer homes for sale and to rent had come on the market since the spring.",
	})
}
