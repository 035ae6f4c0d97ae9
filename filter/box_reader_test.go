package filter

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The paragraphs around the boxes of these tests, and the article's sentences a box is glued
// to: all must stay.
const (
	readerBefore  = "Der Stadtrat hat am Montagabend über den Haushalt für das kommende Jahr beraten."
	readerAfter   = "Die Sitzung endete kurz vor Mitternacht ohne Abstimmung über die neuen Regeln."
	readerArticle = "Die Stadt will im kommenden Jahr rund zwölf Millionen Euro in die Sanierung der Schulen stecken. Die Opposition hält das für zu wenig."
)

// cleanBox cleans a document of three paragraphs, para between readerBefore and readerAfter, and
// checks that those two stay.
func cleanBox(t *testing.T, para string) Result {
	t.Helper()
	in := readerBefore + "\n\n" + para + "\n\n" + readerAfter + "\n"
	res := Clean(in)
	checkInvariants(t, in, res)
	assert.Contains(t, res.Text, readerBefore, para)
	assert.Contains(t, res.Text, readerAfter, para)
	return res
}

// TestSpamStageBoxVoiceAfterLabel: a box's label whose sentence goes on, after a colon, in the
// box's voice to the reader goes with that sentence (boxVoiceAfterLabel); after the same label,
// the article's sentence in the third person, or reporting what someone said, stays.
func TestSpamStageBoxVoiceAfterLabel(t *testing.T) {
	label := "Mit Sternchen markierte Links sind sogenannte Affiliate-Links:"
	for _, c := range []struct {
		rest string
		gone bool
	}{
		{"Wenn du über einen davon etwas bestellst, geht ein kleiner Teil des Kaufpreises an unsere Redaktion.", true},
		{"Die Stadtwerke erhöhen zum Jahreswechsel die Preise für Fernwärme um acht Prozent.", false},
		{"Du musst ab Januar für die Fernwärme der Stadtwerke acht Prozent mehr bezahlen, sagte ein Sprecher.", false},
	} {
		res := cleanBox(t, label+" "+c.rest+" "+readerArticle)
		assert.NotContains(t, res.Text, label, c.rest)
		assert.Equal(t, c.gone, !strings.Contains(res.Text, c.rest), c.rest)
		assert.Contains(t, res.Text, readerArticle, c.rest)
	}
}

// TestSpamStageDenseAfterBox: a short sentence right after a box's opening at a paragraph's
// start, in the words of boilerplate throughout (a sign-off), goes with it; a thank-you of
// the news stays.
func TestSpamStageDenseAfterBox(t *testing.T) {
	box := "In diesem Artikel findest du sogenannte Affiliate-Links."
	for _, c := range []struct {
		next string
		gone bool
	}{
		{"Vielen Dank für deine Unterstützung und liebe Grüße!", true},
		{"Vielen Dank an die Feuerwehr für den schnellen Einsatz!", false},
	} {
		res := cleanBox(t, box+" "+c.next+" "+readerArticle)
		assert.NotContains(t, res.Text, box, c.next)
		assert.Equal(t, c.gone, !strings.Contains(res.Text, c.next), c.next)
		assert.Contains(t, res.Text, readerArticle, c.next)
	}
}

// TestSpamStageReaderBetween: a sentence that speaks to the reader between two sentences of an
// affiliate box the rules find goes with them, whether the box is a paragraph of its own
// (readerBetween) or glued to the start of the article's (readerBetweenAt). A sentence to the
// reader after the box's opening, before the article's, stays.
func TestSpamStageReaderBetween(t *testing.T) {
	opening := "In diesem Artikel findest du sogenannte Affiliate-Links."
	closing := "Für dich verändert sich der Preis nicht."
	for _, middle := range []string{
		"Wenn du auf einen davon klickst und dann im Shop bestellst, zahlt der jeweilige Händler der Stadtzeitung Nordkurier einen Betrag.",
		"Klickst du auf einen davon und kaufst anschließend etwas, überweist der Händler dem Verlag Müller & Söhne später eine Gebühr.",
	} {
		box := opening + " " + middle + " " + closing
		res := cleanBox(t, box)
		assert.NotContains(t, res.Text, middle)
		res = cleanBox(t, box+" "+readerArticle)
		assert.NotContains(t, res.Text, middle)
		assert.NotContains(t, res.Text, closing)
		assert.Contains(t, res.Text, readerArticle)
	}
	aside := "Du kannst ab Montag im Rathaus deinen neuen Pass abholen."
	res := cleanBox(t, opening+" "+aside+" "+readerArticle)
	assert.NotContains(t, res.Text, opening)
	assert.Contains(t, res.Text, aside+" "+readerArticle)
}
