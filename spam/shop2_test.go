package spam

import "testing"

// A shop box's review counter and a German topic list (kind_shop2.rules), written for this
// test, go as a line and glued to the end of a paragraph; sentences that open with "Mehr zu"
// or report on reviews stay.
func TestReviewCountersAndTopicLists(t *testing.T) {
	assertLinesGo(t, []string{
		"Customer reviews (12)", "Kundenbewertungen (12)", "Avis clients (8)", "Opinie klientów (5)",
		"Mehr zu: Haushalt, Stadtrat, Verkehr",
	}, []string{
		"Mehr zu tun gibt es für die Feuerwehr im Winter, sagte der Kommandant.",
		"Mehr zu den Hintergründen erläuterte der Minister am Dienstag im Landtag.",
		"Customer reviews of the new bus app averaged two stars, the operator admitted.",
	})
}
