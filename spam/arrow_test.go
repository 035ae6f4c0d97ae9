package spam

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A related article's headline after its site's arrow (mediateaser.go), written for this
// test, goes as a line, glued to the end of a paragraph (after a full stop the splitter does
// not break on, before a glyph) and cut off the start of one; an article's key points after
// an arrow end on a full stop and stay, and so does an arrow before a word in lower case.
func TestArrowTeaser(t *testing.T) {
	teasers := []string{
		"▷ El Sevilla ficha a un portero por 12 millones este verano",
		"► Council unveils plan for three new bus routes in the south",
		"▶ Il sindaco di Bari annuncia tre nuove linee di autobus",
		"▷ Stadtrat beschließt drei neue Buslinien für den Süden",
		"➤ Le maire de Lyon annonce trois nouvelles lignes de bus",
		"▷Prefeito anuncia três novas linhas de ônibus na zona norte",
		// A word of site furniture ("meteo") explains nothing: still a headline.
		"▶ Allerta meteo, scuole chiuse in tre comuni della provincia",
	}
	assertLinesGo(t, teasers, []string{
		"► The new lines will open in January, the council said.",
		"▶ La misura entrerà in vigore a gennaio.",
		"→ dati del Comune, aggiornati a marzo",
	})
	s := Default()
	for _, l := range teasers {
		v := s.ScoreAs(l, Line)
		assert.True(t, slices.Contains(v.Evidence, ArrowTeaserEvidence), "%q: %v", l, v.Evidence)
	}
	// After the article's last full stop, the paragraph is a candidate and Tail cuts it.
	para := "Opposition councillors had argued that the increase was too small. " + teasers[1]
	assert.NotZero(t, s.ScoreIn(para, Line, Context{}).Candidates)
	start, v := s.Tail(para, Context{Tail: true})
	assert.Equal(t, teasers[1], para[start:])
	assert.True(t, v.Spam)
	// Glued to the start: the headline ends where the article's sentence opens.
	article := "Opposition councillors had argued that the increase was too small to make up for cuts."
	end, w := s.Lead(teasers[1]+" "+article, Context{})
	assert.Equal(t, article, strings.TrimSpace((teasers[1] + " " + article)[end:]))
	assert.Contains(t, w.Evidence, ArrowTeaserEvidence)
	// A call to action after an arrow is the rules' to name.
	assert.NotContains(t, s.ScoreAs("👉 Scopri di più sulle nostre offerte: CLICCA QUI", Line).Evidence, ArrowTeaserEvidence)
}
