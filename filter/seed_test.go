package filter

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func readSeed(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("../testdata/seeds/" + name)
	require.NoError(t, err)
	return string(b)
}

func byStage(res Result, stage string) []Removal {
	var out []Removal
	for _, r := range res.Removed {
		if r.Stage == stage {
			out = append(out, r)
		}
	}
	return out
}

// TestSeedDirty checks every expectation of issue 2 on the real scraped article.
func TestSeedDirty(t *testing.T) {
	in := readSeed(t, "000_d6e3d779cc4e61ef.txt")
	res := Clean(in)
	checkInvariants(t, in, res)
	assertNothingLost(t, in, res)

	assert.Equal(t, "it", res.Language)
	assert.GreaterOrEqual(t, res.Confidence, 0.5)
	assert.LessOrEqual(t, res.Confidence, 1.0)
	assert.True(t, res.Kept)

	// The promo line: one spam removal whose reason names the evidence.
	sp := byStage(res, StageSpam)
	require.Len(t, sp, 1)
	assert.True(t, strings.HasPrefix(sp[0].Text, "▷ Lo sai che da oggi puoi MONETIZZARE"))
	assert.True(t, strings.HasSuffix(sp[0].Text, "CLICCA QUI"))
	assert.Equal(t, "cta-phrase", sp[0].Reason)
	assert.Contains(t, sp[0].Evidence, "cta:clicca qui")
	assert.NotContains(t, res.Text, "MONETIZZARE")

	// FAQ: 15 repeated answers removed, one of them the anchor-dropped near-copy.
	dd := byStage(res, StageDedupe)
	require.Len(t, dd, 15)
	near := 0
	for _, r := range dd {
		if r.Reason == "near-duplicate" {
			near++
			assert.True(t, strings.HasSuffix(r.Text, "del gruppo ."), r.Text)
		} else {
			assert.Equal(t, "repeated-sentence", r.Reason)
		}
		// Each repeated answer now appears exactly once.
		if r.Reason == "repeated-sentence" {
			assert.Equal(t, 1, strings.Count(res.Text, r.Text), r.Text)
		}
	}
	assert.Equal(t, 1, near)
	assert.Contains(t, res.Text, "legato ai mercenari del gruppo Wagner.")
	assert.NotContains(t, res.Text, "Wagner .")
	assert.NotContains(t, res.Text, "del gruppo .")
	// The questions and answers after a repeated answer stay.
	assert.Contains(t, res.Text, "\n\nQuando è iniziata la tensione più marcata? La tensione si è accentuata")
	assert.Contains(t, res.Text, "\n\nIl rifiuto è stato motivato solo da questioni personali? No:")

	// The scraper header became metadata; the first line is the bare title.
	assert.Equal(t, map[string]string{"date": "2025-12-29"}, res.Meta)
	require.Len(t, byStage(res, StageMeta), 1)
	assert.True(t, strings.HasPrefix(res.Text, "Contesto storico delle comunicazioni tra Putin e Zelensky\n\n"))

	// The trailing FAQ heading goes, the three with content stay.
	st := byStage(res, StageStructure)
	require.Len(t, st, 1)
	assert.Equal(t, "FAQ", st[0].Text)
	assert.Equal(t, len(in), st[0].End)
	assert.Equal(t, 3, strings.Count(res.Text, "\n\nFAQ\n\n"))
	assert.False(t, strings.HasSuffix(res.Text, "FAQ"))

	assert.Len(t, res.Removed, 1+1+15+1, "no other removal")
	assert.Empty(t, res.Warnings)
}

// TestSeedClean checks that a clean article comes back intact.
func TestSeedClean(t *testing.T) {
	in := readSeed(t, "004_2a41b725c6094cd7.txt")
	res := Clean(in)
	checkInvariants(t, in, res)
	assert.Equal(t, strings.TrimSpace(in), res.Text)
	assert.Equal(t, "it", res.Language)
	assert.Empty(t, res.Removed)
	assert.True(t, res.Kept)
}
