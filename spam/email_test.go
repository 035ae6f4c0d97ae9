package spam

import "testing"

// A scraped newsletter's e-mail furniture, a button to report an ad, a site's AI assistant,
// its rules for comments and its paper's delivery (kind_email.rules), written for this test,
// go as a line and glued to the end of a paragraph; news on newsletters, ads, AI assistants
// and comment rules stays.
func TestEmailFurnitureAndWidgets(t *testing.T) {
	assertLinesGo(t, []string{
		"Problemi a leggere? Visualizza questa email nel browser.",
		"Having trouble viewing this email? Click here.",
		"Wird diese E-Mail nicht richtig angezeigt? Hier klicken.",
		"Afficher la version en ligne de cette newsletter",
		"¿No ves bien este correo? Haz clic aquí.",
		"Não consegue ver este email? Clique aqui.",
		"Bekijk deze e-mail in uw browser.",
		"Nie widzisz poprawnie tej wiadomości? Kliknij tutaj.",
		"You are receiving this email because you are a subscriber.",
		"Recibes este correo porque te registraste en nuestra web.",
		"Unsubscribe",
		"Afmelden",
		"Wypisz się",
		"Segnala questo annuncio",
		"Anzeige melden",
		"Zgłoś reklamę",
		"Frag unseren KI-Assistenten alles zum Thema Wahl.",
		"Pergunte ao nosso assistente de IA sobre a notícia.",
		"Please keep comments civil and respectful.",
		"Merci de rester courtois et bienveillant.",
		"Houd het netjes in de reacties, alstublieft.",
		"Luister onze podcast elke vrijdag.",
		"Ricevi il giornale direttamente a casa ogni mattina.",
	}, []string{
		"The newsletter told readers they were receiving the message because they had once bought a ticket, the regulator found.",
		"Secondo il garante, gli utenti non potevano segnalare gli annunci falsi in modo semplice.",
		"Der Verlag will seinen KI-Assistenten bis zum Sommer in allen Regionalausgaben einführen, sagte ein Sprecher.",
		"Selon la direction, la version en ligne du journal a dépassé pour la première fois l'édition papier.",
		"Volgens de krant moeten reageerders zich voortaan aan strengere huisregels houden.",
	})
}
