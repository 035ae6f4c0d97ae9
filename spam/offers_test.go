package spam

import "testing"

// A site's live-scores label, a partner's label, its newsletter's archive and its gift and
// business subscriptions (kind_offers.rules), written for this test, go as a line and glued to
// the end of a paragraph; news on scores, partnerships and subscriptions stays.
func TestSiteOffersAndLabels(t *testing.T) {
	assertLinesGo(t, []string{
		"Risultati live",
		"Ergebnisse live",
		"Resultados en vivo",
		"Resultados em direto",
		"In collaboration with the Harbour Trust",
		"Read past issues",
		"Lees eerdere edities",
		"Give the gift of a subscription",
		"Business subscriptions",
		"Abos für Firmen",
		"Abonnements entreprises",
		"Suscripciones para empresas",
		"Prenumerata dla firm",
	}, []string{
		"The club said live scores would be shown on a big screen in the town square during the final.",
		"In collaboration with the university, the council will plant two thousand trees this winter.",
		"Le journal a lancé des abonnements pour les entreprises de la région, selon son directeur.",
	})
}
