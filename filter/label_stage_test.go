package filter

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLabelLines runs the filter on articles written for this test: label lines of betting,
// crypto and share widgets dropped into an article on a town's budget go, as paragraphs of
// their own and glued to the end of one; in an article on crypto and betting, the same kind of
// words as its subheadings stay, also when the scraper joined a subheading to the end of the
// paragraph before it.
func TestLabelLines(t *testing.T) {
	budget := []string{
		"The town council approved the new budget on Tuesday evening after a debate that lasted more than four hours, with the opposition voting against the plan for the harbour.",
		"Crypto Signals",
		"Officials said the money would be spent over three years on roads, the library and two primary schools, and that the first works should start in the spring. Top Casinos",
		"Residents who spoke at the meeting were divided: some welcomed the repairs, others said the council had ignored their complaints about the buses for far too long.",
		"<Sitename> auf Twitter",
		"The mayor said a second vote on the harbour plan would be held before the summer, once the figures of the first quarter were known to everyone.",
	}
	in := strings.Join(budget, "\n\n")
	res := Clean(in)
	checkInvariants(t, in, res)
	for _, gone := range []string{"Crypto Signals", "Top Casinos", "<Sitename> auf Twitter"} {
		assert.NotContains(t, res.Text, gone)
	}
	assert.Contains(t, res.Text, "should start in the spring.")

	crypto := []string{
		"Der Bitcoin hat am Montag erneut an Wert verloren und notierte zeitweise unter 40.000 Dollar, so tief wie seit dem Frühjahr nicht mehr, berichteten mehrere Handelsplätze.",
		"Kryptowährungen",
		"Kryptowährungen wie Ether und Solana gaben noch stärker nach, weil Anleger nach der Zinsentscheidung der Notenbank Geld aus riskanten Anlagen abzogen.",
		"Analysten erwarten, dass die Schwankungen anhalten, solange die Zinsen hoch bleiben und die Aufsicht über die Börsen nicht geklärt ist. Sportwetten",
		"Sportwetten auf die Kurse sind in Deutschland verboten, doch ausländische Anbieter werben offen dafür, sagte ein Sprecher der Glücksspielbehörde.",
		"Die Wettquoten vor dem Finale",
		"Die Wettquoten für das Finale sehen die Gastgeber vorn, auch wenn die Trainer beider Mannschaften vor zu viel Zuversicht warnen.",
	}
	in = strings.Join(crypto, "\n\n")
	res = Clean(in)
	checkInvariants(t, in, res)
	assert.Empty(t, byStage(res, StageSpam), "nothing of this article is spam")
	for _, kept := range []string{"Kryptowährungen\n", "nicht geklärt ist. Sportwetten", "Die Wettquoten vor dem Finale"} {
		assert.Contains(t, res.Text, kept)
	}
}
