package spam

import "testing"

// What forms print when they fail, written for this test, goes; news that reports a failed
// sign-up or quotes advice to try again stays.
func TestFormStatus(t *testing.T) {
	assertLinesGo(t, []string{
		"Your subscription could not be completed.", "Ihre Anmeldung zum Newsletter ist fehlgeschlagen.",
		"L'iscrizione non è andata a buon fine.", "No se ha podido completar la suscripción.",
		"L'inscription n'a pas pu aboutir.", "Não foi possível concluir a inscrição.", "Je aanmelding is niet gelukt.",
		"Nie udało się zapisać do newslettera.", "Ein Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.",
		"Please try again later.", "Inténtalo de nuevo más tarde.", "Riprova più tardi.", "Teilen erwünscht!",
		"Usuario creado correctamente. Revisa tu correo para activar la cuenta.",
	}, []string{
		"The bank told customers whose transfers failed to try again later in the day.",
		"Die Anmeldung für die Kita-Plätze ist fehlgeschlagen, weil der Server überlastet war, sagte die Stadt.",
		"Bei vielen Eltern ist die Anmeldung fehlgeschlagen, weil der Server am Morgen überlastet war, sagte ein Sprecher der Stadt.",
		"Secondo il Comune, l'iscrizione alle mense non è andata a buon fine per circa duecento famiglie.",
		"Los vecinos que no pudieron completar la inscripción podrán hacerlo el lunes en el ayuntamiento.",
	})
}
