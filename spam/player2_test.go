package spam

import "testing"

// A pre-roll ad's skip button, a loader's word, the video tag's fallback, a promotional
// feature's label and the translation widget's credit (kind_player2.rules), written for this
// test, go as a line and glued to the end of a paragraph; news on ads, loading and browsers
// stays.
func TestPlayerLoaderAndFallbacks(t *testing.T) {
	assertLinesGo(t, []string{
		"Skip ad in 3 seconds", "Salta la pubblicità", "Werbung überspringen", "Saltar anuncio", "Pomiń reklamę",
		"Loading...", "Chargement en cours…", "Carregando...", "Bezig met laden...",
		"Sorry, your browser does not support the video tag.", "Il tuo browser non supporta il tag video.",
		"Uw browser ondersteunt de videotag niet.", "Promotional feature", "Powered by Google Translate",
	}, []string{
		"Viewers could skip the ad after five seconds, the broadcaster said in its annual report.",
		"Loading of the grain ships resumed on Monday after the strike ended.",
		"Older browsers do not support the new video format, the developers admitted.",
		"Das Laden der Akkus dauert an öffentlichen Säulen oft länger als eine Stunde.",
	})
}
