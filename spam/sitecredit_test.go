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
		"Projekt i realizacja: Agencja Kreatywna Wilk", "Site design and development by Northlight Studio",
		"Realizzazione sito web: Officina Digitale Srl", "Umsetzung und Design: Pixelwerk GmbH",
		"All Right Reserved.", "Unauthorised redistribution of this page is prohibited.",
		"Keine Vervielfältigung ohne Zustimmung des Verlags.",
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

// A sponsor's lead-in ending on a colon (sitecredit.go), written for this test, goes as a
// line, glued to the end of a paragraph (whose line counts it a candidate) and cut off the
// start of one; sentences that name a sponsor and go on stay.
func TestSponsorLeadIn(t *testing.T) {
	leadIns := []string{
		"Live traffic updates are presented by:", "Il meteo è offerto da:", "Das Stadtfest wird präsentiert von:",
		"La météo vous est présentée par :", "El tiempo está patrocinado por:", "A previsão do tempo é oferecida por:",
		"Het weerbericht wordt mogelijk gemaakt door:", "Prognoza pogody sponsorowane przez:",
		"Cette rubrique est proposée par :", "Serwis sponsorowany przez:",
	}
	assertLinesGo(t, leadIns, []string{
		"The award was presented by the mayor at a ceremony in the town hall on Friday.",
		"Die Ausstellung wird präsentiert von der Stadt und dem Land gemeinsam.",
		"Le rapport a été présenté par la ministre : il prévoit trois réformes.",
	})
	s := Default()
	para := "The county council approved its budget for next year on Tuesday evening after a long debate. " + leadIns[0]
	assert.NotZero(t, s.ScoreIn(para, Line, Context{}).Candidates, "a paragraph ending on a lead-in is a candidate")
	article := "Opposition councillors had argued that the increase was too small to make up for a decade of cuts."
	for _, l := range leadIns[:3] {
		// The sentence with the lead-in glued to its start is a candidate, so that the
		// filter tries the cut.
		assert.NotZero(t, s.ScoreAs(l+" "+article, Glued).Candidates, "%q", l)
		end, v := s.Lead(l+" "+article, Context{})
		assert.Equal(t, len(l), end, "%q", l)
		assert.Contains(t, v.Evidence, SponsorLeadInEvidence)
	}
	end, _ := s.Lead("Le rapport a été présenté par : la ministre, qui prévoit trois réformes pour le pays.", Context{})
	assert.Zero(t, end, "the rest opens in lower case: no sentence of the article")
}
