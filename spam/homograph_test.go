package spam

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHomographYou: German "du" and Dutch "te" address the reader; French "du" ("of the")
// and Dutch "te" ("to") in a sentence of their language do not.
func TestHomographYou(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Du interessierst dich für Energie?", true},
		{"Hast du schon unseren Newsletter abonniert?", true},
		{"La famille du joueur a remercié les supporters pour leur soutien.", false},
		{"Le directeur du journal a présenté la nouvelle formule aux abonnés.", false},
	} {
		assert.Equal(t, c.want, AddressesReader(c.text), c.text)
	}
	// A donation named in a sentence of news, with French "du": reporting, not an appeal.
	news := "Les supporters ont été invités à faire un don à la famille du joueur."
	for _, kind := range []Kind{Line, Glued} {
		assert.False(t, Default().ScoreAs(news, kind).Spam, "%q as %v", news, kind)
	}
}
