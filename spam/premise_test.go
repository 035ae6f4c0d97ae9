package spam

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAppealPremise: the premise of an appeal names journalism or the news and its cost, in
// a short sentence that asks nothing.
func TestAppealPremise(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Independent news isn't free.", true},
		{"Guter Journalismus kostet Geld.", true},
		{"El periodismo independiente cuesta dinero.", true},
		{"L'informazione di qualità ha un prezzo.", true},
		{"Dziennikarstwo kosztuje.", true},
		// The cost as a noun.
		{"Le journalisme de qualité a un coût.", true},
		{"El periodismo de calidad tiene un coste.", true},
		{"O jornalismo profissional tem um custo.", true},
		{"Is quality journalism worth the price?", false},                                              // a question
		{"The new stadium will cost more than planned.", false},                                        // no journalism
		{"Journalism students met the minister on Tuesday.", false},                                    // no cost
		{"Local journalism has never been free of pressure from advertisers and owners alike.", false}, // too long
	} {
		assert.Equal(t, c.want, AppealPremise(c.text), c.text)
	}
}
