package spam

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// actionLabelDoc puts line between two paragraphs of Italian reporting, with about as the
// subject of the one after it.
func actionLabelDoc(line, about string) (*Doc, int) {
	return NewDoc([]string{
		"Il consiglio comunale ha approvato martedì sera il bilancio del prossimo anno, dopo un dibattito durato più di quattro ore.",
		line,
		about + " ha risposto che il Comune non può indebitarsi ulteriormente e che la spesa per le scuole salirà del tre per cento.",
	}), 1
}

// TestActionLabel: a button that names the site or its product after a bare verb, and a link
// to the site's page on a platform, are spam between paragraphs that do not name them; a line
// with a word of prose in lower case, or whose name the next paragraph takes up, is not an
// action label.
func TestActionLabel(t *testing.T) {
	s := Default()
	for _, line := range []string{
		"Abbonati Gazzetta Plus",
		"Il Quotidiano Locale su Telegram",
		"Siga o Diário Regional no Instagram",
		"Gazeta Local no Facebook",
		"Segui Radio Città",
		"Mario Bianchi ABBONATI A LA GAZZETTA", // a button glued to a byline
	} {
		doc, pi := actionLabelDoc(line, "Il sindaco")
		v := s.ScoreIn(line, Line, Context{Doc: doc, Para: pi})
		assert.True(t, v.Spam, "%q: %+v", line, v)
		assert.True(t, slices.Contains(v.Evidence, "action-label"), "%q: %+v", line, v)
	}
	for _, tc := range []struct{ line, about string }{
		{"Il sindaco su Facebook", "Il sindaco"},      // "sindaco": prose
		{"Segui la diretta", "Il sindaco"},            // "diretta": prose
		{"Abbonati in aumento", "Il sindaco"},         // "aumento": prose
		{"Chiara Rossi su Instagram", "Chiara Rossi"}, // the paragraph after it is about her
		{"Scarica Roma", "Il sindaco"},                // no verb of a button, no platform
	} {
		doc, pi := actionLabelDoc(tc.line, tc.about)
		v := s.ScoreIn(tc.line, Line, Context{Doc: doc, Para: pi})
		assert.False(t, slices.Contains(v.Evidence, "action-label"), "%q: %+v", tc.line, v)
	}
}
