package spam

import "testing"

// A poll's buttons, share and comment counters, a live blog's refresh switch, source and
// caption credits and a deal of the day (kind_widgets3.rules, creditWords), written for this
// test, go as a line and glued to the end of a paragraph; news on polls and sources stays.
func TestPollsCountersAndSources(t *testing.T) {
	assertLinesGo(t, []string{
		"Ja Nein Ergebnis ansehen", "Oui Non Voir les résultats", "Tak Nie Zobacz wyniki",
		"Sondaggio: meglio il tram o il bus? Sì No Vedi i risultati",
		"1.500 Mal geteilt 212 Kommentare", "3,4 mil compartidos 98 comentarios",
		"Aggiorna la diretta", "Liveblog vernieuwen", "Actualiser le direct",
		"Fonte: Ansa", "Quelle: dpa/lnw", "Bron: ANP", "Fuente: Europa Press", "Image source, Reuters",
		"Okazja dnia: 30% taniej na laptopy",
	}, []string{
		"In the poll, 62 % said yes and 31 % said no, the institute reported on Monday.",
		"Quelle der Unruhe ist ein Streit um die Mieten, sagte der Bürgermeister am Abend.",
		"Fonte di preoccupazione resta il traffico in centro, ha detto il sindaco ai giornalisti.",
		"Umfrage: Mehrheit der Befragten für ein Tempolimit auf Autobahnen, wie das Institut am Montag mitteilte.",
		"The post was shared 1,500 times and drew 212 comments before it was deleted.",
	})
}
