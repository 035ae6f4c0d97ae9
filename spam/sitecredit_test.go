package spam

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A site's credit and a footer's reservation notices (sitecredit.go, kind_footer.rules),
// written for this test, go as a line and glued to the end of a paragraph; news sentences
// that open with the same words and go on with their own stay.
func TestSiteCreditsAndFooterNotices(t *testing.T) {
	assertLinesGo(t, []string{
		"Powered by Streamcast.", "Proudly powered by WordPress", "Made with love by Pixelhaus studio.",
		"Site by Studio Nine & Partners", "Website design by Harbour Digital Ltd",
		"Sviluppato da Officina Web", "Sito realizzato da Studio Blu - Bergamo",
		"Webdesign: Atelier Brun", "Entwickelt von Nordweb GmbH",
		"Site réalisé par Agence Lumière.", "Desarrollado por Estudio Norte",
		"Desenvolvido por Agência Sul", "Ontwikkeld door Webbureau Kade",
		"Projekt i realizacja: Agencja Kreatywna Wilk",
		"All Right Reserved.", "Unauthorized distribution, transmission or republication strictly prohibited.",
		"Keine Vervielfältigung, Verbreitung oder Nutzung für kommerzielle Zwecke.",
		"Przedruk tylko za zgodą redakcji.",
	}, []string{
		"Developed by two engineers in Turin, the probe will reach the Moon in March.",
		"Realizzato da un gruppo di studenti, il murale è stato inaugurato ieri.",
		"Sviluppato da una startup milanese, il sistema sarà provato in tre ospedali.",
		"Entwickelt von einem Team der Universität, soll der Impfstoff im Herbst zugelassen werden.",
		"Desarrollado por la NASA, el telescopio fue lanzado en diciembre.",
		"Diseñado por un equipo de la universidad, el puente abrirá en mayo.",
		"Powered by wind and sun, the island's grid has run without diesel since May.",
		"Ontwikkeld door de gemeente, moet het plan de wijk leefbaarder maken.",
	})
	// The credit's evidence names it; the wording alone with an article's words after it
	// gets none.
	v := Default().ScoreAs("Desenvolvido por Agência Sul", Glued)
	assert.True(t, slices.Contains(v.Evidence, SiteCreditEvidence), v.Evidence)
	for _, s := range []string{
		"Powered by Streamcast. The council met on Monday.",
		"Developed by Nordweb Studio in three months",
		"Powered by",
	} {
		v := Default().ScoreAs(s, Glued)
		assert.False(t, slices.Contains(v.Evidence, SiteCreditEvidence), "%q: %v", s, v.Evidence)
	}
}

// An appeal to support a named cause (sitecredit.go), written for this test, goes as a line
// and glued to the end of a paragraph; sentences that open with the same verbs and go on
// stay, and a subheading that opens with a noun of support gets no appeal's evidence.
func TestSupportAppeals(t *testing.T) {
	assertLinesGo(t, []string{
		"Donate to Riverside Food Bank", "Sostieni Emergenza Alpi",
		"Unterstützen Sie Kinderhilfe Nord", "Jetzt spenden für Kinderhilfe Nord", "Soutenez Secours Alpin",
		"Apoya a Banco de Alimentos Sur", "Apoie o Banco Alimentar Serra", "Steun Voedselbank Oost",
		"Wesprzyj Fundację Pomocna Dłoń",
	}, []string{
		"Support for the new harbour plan grew among councillors over the summer.",
		"Unterstützen Sie die Forderung der Gewerkschaft, Frau Ministerin?",
		"Steun voor het plan groeit in de gemeenteraad, zegt de wethouder.",
	})
	v := Default().ScoreAs("Steun Voedselbank Oost", Glued)
	assert.True(t, slices.Contains(v.Evidence, SupportAppealEvidence), v.Evidence)
	for _, s := range []string{"Support Grows for Harbour Plan", "Spenden für Flutopfer", "Steun voor Voedselbank Oost"} {
		v := Default().ScoreAs(s, Glued)
		assert.False(t, slices.Contains(v.Evidence, SupportAppealEvidence), "%q: %v", s, v.Evidence)
	}
}
