package spam

import "testing"

// A local site's buttons for its live radio and stream, its small ads, its death notices'
// condolences and its photo submissions (kind_live.rules), written for this test, go as a
// line and glued to the end of a paragraph; news of people listening, advertising and
// sending condolences stays.
func TestLiveAdsAndCondolenceButtons(t *testing.T) {
	assertLinesGo(t, []string{
		"Ascolta in diretta",
		"Watch live",
		"Jetzt live sehen",
		"Écoutez le direct",
		"Mira en directo",
		"Veja em direto",
		"Kijk live",
		"Oglądaj na żywo",
		"Pubblica il tuo annuncio",
		"Place your ad",
		"Kleinanzeige aufgeben",
		"Déposez une annonce",
		"Pon tu anuncio",
		"Anuncie grátis",
		"Plaats je advertentie",
		"Sign the guest book",
		"Kondolieren",
		"Déposez vos condoléances",
		"Deixe suas condolências",
		"Condoleren",
		"Przyślij nam zdjęcia",
	}, []string{
		"Thousands listened live as the council voted to close the library, the station said.",
		"Die Familie bat darum, statt Blumen eine Kondolenz im Internet zu hinterlassen, teilte die Gemeinde mit.",
		"Los vecinos pudieron ver en directo la llegada de la vuelta ciclista desde la plaza mayor.",
	})
}
