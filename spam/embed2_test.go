package spam

import "testing"

// What embeds, players and blockers leave (kind_embed2.rules, postSignature, timeCodes),
// written for this test, goes as a line and glued to the end of a paragraph; news that says
// who posted what, reviews a film's sound, or gives a score stays.
func TestEmbedRemnantsAndBlockers(t *testing.T) {
	assertLinesGo(t, []string{
		"— Harbour Police (@harbourpolice) March 3, 2024",
		"Posted by Riverside Rowing Club on Monday, March 3, 2024",
		"Pubblicato da Comune di Borgoalto il 3 marzo 2024",
		"@riversiderowing ♬ original sound - Riverside Rowing",
		"0:00 / 3:45", "Image may contain: 2 people, people smiling, outdoor",
		"Sie haben einen Adblocker aktiviert.", "Sembra che tu stia usando un ad blocker.",
		"Dieses Video ist nicht mehr verfügbar.", "Questo video non è più disponibile.",
		"Este video ya no está disponible.",
	}, []string{
		"Posted by the mayor on Monday, the video was viewed 20,000 times by Friday.",
		"Publicado por el Ministerio de Sanidad el 3 de marzo de 2024, el informe señala un aumento de casos.",
		"A versão restaurada do filme mantém o som original da estreia de 1954.",
		"The match ended 2:1 after extra time, with the winner scored at 118:30.",
		"The bridge over the river, closed since the flood, opened again in 2024.",
	})
}
