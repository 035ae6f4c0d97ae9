package spam

import "testing"

// A comment's praise and its link to the commenter's site, followers and essays for sale,
// hackers and "recovery experts" for hire, a prize to collect and a small ad for a flat
// (kind_selfpromo.rules), written for this test, go as a line and glued to the end of a
// paragraph; news on bought followers, essay mills and refund fraud stays.
func TestSelfPromotionAndServiceSpam(t *testing.T) {
	assertLinesGo(t, []string{
		"Really useful, thank you. Visit my blog for more tips on saving money every month.",
		"Ottimo articolo! Visita il mio sito per altri consigli sul giardinaggio.",
		"Muy buen artículo. Visita mi web para más recetas fáciles.",
		"Bezoek mijn website voor meer tips over tuinieren!",
		"Odwiedź moją stronę, znajdziesz tam więcej porad.",
		"Cheap followers and likes for every platform, delivered in minutes!",
		"Seguidores baratos para tu Instagram en menos de una hora.",
		"Hire a professional hacker today: any account back in 12 hours or your money back.",
		"Suche Nachmieter für schöne 3-Zimmer-Wohnung zum 1. März",
		"Hai vinto! Ritira subito il premio entro oggi.",
	}, []string{
		"The report said the agency had been paid to buy followers for the minister's accounts.",
		"Le università denunciano i siti che vendono tesi su commissione agli studenti.",
		"Die Polizei warnt: Wer Betrugsopfern verspricht, wir holen Ihr Geld zurück, will oft nur neue Vorkasse.",
		"Los estafadores se hacían pasar por expertos y prometían a las víctimas recuperar su dinero.",
		"Great article, said the professor, but the numbers in the second table are wrong.",
	})
}
