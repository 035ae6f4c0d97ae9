package spam

import "testing"

// A site's notes around an article and its other sections' teasers (kind_notes.rules),
// written for this test: first published elsewhere, a column's disclaimer, no investment
// advice, puzzles, horoscopes and "advertise with us". They go as a line and glued to the
// end of a paragraph; news that shares their words stays.
func TestSiteNotesAndSectionTeasers(t *testing.T) {
	assertLinesGo(t, []string{
		"This story was originally published by Coastline Review and is republished with permission.",
		"Questo articolo è stato pubblicato originariamente su Valle Notizie.",
		"Dieser Beitrag erschien zuerst auf dem Blog des Vereins.",
		"Les opinions exprimées dans ce texte n'engagent que leur auteur.",
		"The opinions in this piece are solely those of the author and do not necessarily reflect the paper's.",
		"Las opiniones son responsabilidad exclusiva de sus autores.",
		"Dieser Text dient ausschließlich der Information und stellt keine Anlageberatung dar.",
		"Rozwiąż krzyżówkę dnia i wygraj nagrody!",
		"Horóscopo de hoy: lo que dicen los astros para tu signo",
		"Adverteren bij ons? Bekijk onze tarieven.",
	}, []string{
		"The views expressed at the hearing were divided, and the judge adjourned the case.",
		"The survey, first published last spring, found that the figures do not necessarily reflect rural areas.",
		"Das Kreuzworträtsel der Zeitung wird seit 1950 von derselben Familie gestaltet.",
		"Le opinioni espresse dai sindacati non hanno convinto il ministro.",
	})
}
