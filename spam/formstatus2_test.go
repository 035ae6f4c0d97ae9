package spam

import "testing"

// What a form prints when it fails or needs the reader (kind_formstatus2.rules), written for
// this test: a failure and a retry, a required field, a subscription already made, the choice
// of newsletters. They go as a line and glued to the end of a paragraph; news that reports a
// failure or a retry stays.
func TestFormMessagesMore(t *testing.T) {
	assertLinesGo(t, []string{
		"Oops, something went wrong. Try again later.",
		"Si è verificato un errore durante l'invio. Riprova più tardi.",
		"Algo salió mal al enviar el formulario. Inténtalo de nuevo.",
		"Er is iets misgegaan met je bestelling. Probeer het opnieuw.",
		"Coś poszło nie tak. Spróbuj ponownie za chwilę.",
		"Dieses Feld ist erforderlich.",
		"Questo campo è obbligatorio.",
		"Você já está inscrito na nossa lista.",
		"Sei già iscritto a questa newsletter.",
	}, []string{
		"Something went wrong at the plant on Friday night, the operator said, and the reactor was shut down.",
		"The ministry told applicants to try again later after the website crashed on the first morning.",
		"Algo salió mal en la final, admitió el entrenador, que pidió perdón a los aficionados.",
	})
}
