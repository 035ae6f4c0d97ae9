package spam

import "testing"

// What forms print when they fail or succeed, written for this test, goes; news that reports a failed
// sign-up or quotes advice to try again stays.
func TestFormStatus(t *testing.T) {
	assertLinesGo(t, []string{
		"Your subscription could not be completed.", "Ihre Anmeldung zum Newsletter ist fehlgeschlagen.",
		"L'iscrizione non è andata a buon fine.", "No se ha podido completar la suscripción.",
		"L'inscription n'a pas pu aboutir.", "Não foi possível concluir a inscrição.", "Je aanmelding is niet gelukt.",
		"Nie udało się zapisać do newslettera.", "Ein Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.",
		"Please try again later.", "Inténtalo de nuevo más tarde.", "Riprova più tardi.", "Teilen erwünscht!",
		"Usuario creado correctamente. Revisa tu correo para activar la cuenta.",
		// What they print when the sign-up worked, and their question which letters to send.
		"You have successfully subscribed to the Morning Briefing.", "Which newsletters would you like to receive?",
		"Sie haben sich erfolgreich für den Newsletter angemeldet.", "Ti sei iscritto correttamente alla newsletter del mattino.",
		"Te has suscrito correctamente al boletín de la mañana.", "Vous êtes bien inscrit à la newsletter du matin.",
		"Você se inscreveu com sucesso na newsletter da manhã.", "Obrigado, sua inscrição na newsletter foi confirmada.",
		"Je bent ingeschreven voor de ochtendnieuwsbrief.", "Welke nieuwsbrieven wil je ontvangen?",
		"Zapisałeś się do porannego newslettera.", "Które newslettery chcesz otrzymywać?",
		// Their word that the reader has just signed up.
		"You've just subscribed to the Evening Digest.", "Sie haben sich soeben für unseren Wochenbrief angemeldet.",
		"Ti sei appena iscritto alla lettera del venerdì.", "Acabas de suscribirte al boletín del fin de semana.",
		"Vous venez de vous inscrire à la lettre du soir.", "Você acaba de se inscrever no boletim da tarde.",
		"Je hebt je zojuist ingeschreven voor de weekbrief.", "Właśnie zapisałeś się na wieczorny biuletyn.",
		// A subscription read on one device at a time.
		"Your account is in use on another device.", "This article can be read on one device at a time.",
		"Ihr Konto wird auf einem anderen Gerät genutzt.", "Sua conta está em uso em outro dispositivo.",
		"Je account is in gebruik op een ander apparaat.", "Twoje konto jest używane na innym urządzeniu.",
	}, []string{
		"The bank told customers whose transfers failed to try again later in the day.",
		"Die Anmeldung für die Kita-Plätze ist fehlgeschlagen, weil der Server überlastet war, sagte die Stadt.",
		"Bei vielen Eltern ist die Anmeldung fehlgeschlagen, weil der Server am Morgen überlastet war, sagte ein Sprecher der Stadt.",
		"Secondo il Comune, l'iscrizione alle mense non è andata a buon fine per circa duecento famiglie.",
		"Los vecinos que no pudieron completar la inscripción podrán hacerlo el lunes en el ayuntamiento.",
		"More than five thousand residents have successfully subscribed to the council's flood alerts, officials said.",
		"Mais de dez mil leitores se inscreveram na newsletter da prefeitura, segundo a secretaria de comunicação.",
		"Ruim duizend inwoners zijn ingeschreven voor de nieuwsbrief van de gemeente, zei de wethouder dinsdag.",
		"Ponad tysiąc mieszkańców zapisało się do newslettera urzędu miasta, poinformował w poniedziałek rzecznik.",
		"Vizinhos que acabam de se inscrever no programa de hortas urbanas receberão as sementes na segunda-feira.",
		"Les habitants qui viennent de s'inscrire au covoiturage recevront leur badge lundi, selon la mairie.",
		"The hackers kept the stolen account in use on another device for weeks before the bank noticed it.",
	})
}
