package spam

import "testing"

// An Italian paper's court registration (kind_masthead.rules), written for this test, goes
// as a line and glued to the end of a paragraph; news that opens on a masthead's role before
// a name stays.
func TestMastheadRegistration(t *testing.T) {
	assertLinesGo(t, []string{
		"Registrazione presso il Tribunale di Padova n. 987 del 1999",
		"Registrazione presso il Tribunale di Bari, n. 12/2004",
	}, []string{
		"Director Luis Gómez said the film would open the festival in September after two years of work.",
		"Chefredakteur Thomas Keller kündigte an, die Zeitung werde ab Januar nur noch digital erscheinen.",
		"Hoofdredacteur Pieter de Jong zei dat de krant volgend jaar twintig banen schrapt.",
	})
}
