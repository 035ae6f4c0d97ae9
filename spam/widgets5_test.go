package spam

import "testing"

// Ticket buttons, a translation switch, an accessibility statement's link and the Italian
// print edition's note (kind_widgets5.rules), written for this test, go as a line and glued to
// the end of a paragraph; sentences on tickets and accessibility stay.
func TestTicketsAndStatements(t *testing.T) {
	assertLinesGo(t, []string{
		"Buy tickets", "Tickets kaufen", "Comprar entradas", "Acquista biglietti", "Kup bilety",
		"Select Language ▼", "Erklärung zur Barrierefreiheit", "Accessibility statement",
		"Questo articolo è stato pubblicato sull'edizione cartacea del 3 marzo 2024.",
	}, []string{
		"Fans queued for six hours to buy tickets for the final, the club said.",
		"Wer Tickets kaufen will, muss sich ab Montag online registrieren.",
		"La legge impone una dichiarazione di accessibilità a tutti i siti pubblici.",
	})
}
