package spam

import "testing"

// Prize scams, pharmacy spam, dating lures, sponsored-link labels, skip links and reading
// times (kind_scam.rules), written for this test, go as a line and glued to the end of a
// paragraph; news on prizes, medicines and prescriptions stays.
func TestScamsAndPageFurniture(t *testing.T) {
	assertLinesGo(t, []string{
		"Congratulations, you have been selected to win a £1,000 gift card! Claim your reward today.",
		"Sie wurden ausgewählt, um ein E-Bike zu gewinnen – jetzt Gewinn abholen!",
		"¡Has sido seleccionado para ganar un viaje a Cancún! Reclama tu premio aquí.",
		"Viagra generico online senza ricetta, spedizione discreta in 48 ore",
		"Kup Cialis online bez recepty – dyskretna wysyłka w 24 godziny",
		"Ontmoet singles bij jou in de buurt en meld je vandaag nog gratis aan",
		"Lekarze są w szoku! Ten prosty trik odmładza skórę o 10 lat",
		"Gesponserte Links", "Enlaces patrocinados", "Contenuti sponsorizzati",
		"Zum Hauptinhalt springen", "Aller au contenu principal", "Przejdź do treści głównej", "Vai al contenuto principale",
		"Tiempo de lectura: 6 minutos", "Czas czytania: 7 minut", "Leestijd: 2 minuten",
	}, []string{
		"Pharmacies may sell some painkillers without a prescription, the regulator said on Monday.",
		"Il Viagra è stato brevettato nel 1996 e da allora le vendite sono cresciute ogni anno.",
		"Médicaments sans ordonnance : les prix ont augmenté de 4 % en un an, selon l'Insee.",
		"Three readers have been selected to win the paper's annual photo prize, the jury said.",
		"Nach oben korrigierte Prognosen belasteten am Dienstag die Börse in Frankfurt.",
		"Los médicos no lo pueden creer, dijo la madre del niño tras la operación en el hospital.",
	})
}
