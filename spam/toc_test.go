package spam

import "testing"

// A table of contents' label and switches (kind_toc.rules), written for this test, go as a
// line and glued to the end of a paragraph; sentences that name a report's contents stay.
func TestTableOfContentsLabels(t *testing.T) {
	assertLinesGo(t, []string{
		"Table of contents", "Indice dei contenuti", "Inhaltsverzeichnis ausblenden", "Sommaire de l'article",
		"Índice de contenidos", "Índice de conteúdos", "Inhoudsopgave", "Spis treści",
	}, []string{
		"L'indice dei contenuti del rapporto elenca dodici capitoli sulla sanità.",
		"Das Inhaltsverzeichnis des Berichts umfasst zwölf Kapitel zur Pflege.",
		"Le sommaire du rapport compte douze chapitres consacrés à la santé.",
	})
}
