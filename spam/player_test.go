package spam

import "testing"

// What players, scripts, author boxes and ads leave in the text (kind_player.rules), written
// for this test, goes as a line and glued to the end of a paragraph; news that reports on a
// video, a tag or a follower stays.
func TestPlayerAndAuthorBox(t *testing.T) {
	assertLinesGo(t, []string{
		"The video could not be loaded.", "Das Video konnte nicht geladen werden.", "Non è stato possibile caricare il video.",
		"No se ha podido cargar el vídeo.", "La vidéo n'a pas pu être chargée.", "Não foi possível carregar o vídeo.",
		"De video kon niet worden geladen.", "Nie udało się załadować wideo.",
		"Follow her on X.", "Folgen Sie ihm auf Instagram.", "Síguela en X.", "Suivez-le sur X.", "Volg haar op Instagram.",
		"Activez JavaScript pour afficher les commentaires.", "Włącz JavaScript, aby zobaczyć komentarze.",
		"Anzeige - Scrollen Sie weiter, um mehr zu lesen", "Publicité - faites défiler pour continuer la lecture",
		"Advertentie - scroll verder om te lezen", "Poursuivre la lecture avec un abonnement",
		"Schlagwörter: Stadtrat, Haushalt, Verkehr", "Tagi: Rada miasta, Budżet, Transport",
	}, []string{
		"The video shows the driver leaving the scene before the police arrived.",
		"Das Video zeigt, wie der Fahrer vom Unfallort flieht.",
		"Temas como la vivienda y el transporte dominaron el debate en el pleno.",
		"Tags found on the stolen bikes led the police to a garage in the harbour district.",
		"Follow him on his daily round and you will see how much the town has changed, the mayor said.",
		"Schlagwörter wie Nachhaltigkeit fehlen in keinem Wahlprogramm, sagt der Politologe.",
	})
}
