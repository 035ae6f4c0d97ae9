package filter

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// span returns the removal of the first s in in.
func span(t *testing.T, in, s string) Removal {
	t.Helper()
	i := strings.Index(in, s)
	require.GreaterOrEqual(t, i, 0, s)
	return Removal{Stage: StageSpam, Reason: "test", Text: s, Start: i, End: i + len(s)}
}

// TestAlignOutput lines an output up with its input through removals and rewritten white
// space (runs of spaces, a line separator, an ideographic space), and maps the removals a
// second pass makes on the output back to the input: one removal per stretch of the input
// that an earlier removal does not interrupt, trimmed of white space.
func TestAlignOutput(t *testing.T) {
	in := "Intro  sentence one.\u3000Promo here!\u2028Second  para with words.\n\n\nThird para ends."
	first := []Removal{span(t, in, "Promo here!")}
	out := "Intro sentence one.\n\nSecond para with words.\n\nThird para ends."
	m, ok := alignOutput(in, nil, out, first)
	require.True(t, ok)
	for _, g := range m {
		assert.Equal(t, in[g.o:g.o+g.n], out[g.t:g.t+g.n], "a stretch is input text as it was")
	}
	assert.Equal(t, strings.Index(in, "Second"), m.inputAt(strings.Index(out, "Second")))
	assert.Equal(t, -1, m.inputAt(strings.Index(out, "\n\nSecond")), "the output's own line break")

	// A second pass removes "one.\n\nSecond" in the output's terms: in the input, the words
	// around the first pass's removal are two stretches, not one removal over it.
	s := strings.Index(out, "one.")
	second := []Removal{{Stage: StageDedupe, Reason: "r", Start: s, End: strings.Index(out, " para with"),
		Evidence: []string{"original=0-5", "x"}}}
	got, ok := m.removals(in, second, first)
	require.True(t, ok)
	require.Len(t, got, 2)
	assert.Equal(t, "one.", got[0].Text)
	assert.Equal(t, "Second", got[1].Text)
	for _, r := range got {
		assert.Equal(t, in[r.Start:r.End], r.Text)
		assert.Equal(t, StageDedupe, r.Stage)
		assert.Equal(t, []string{"original=0-5", "x"}, r.Evidence, "offsets of the output, here the input's own, mapped")
	}

	// Mapped through a second output: the offsets are the input's, not the first output's.
	out2 := "Intro sentence one.\n\nThird para ends."
	m2, ok := alignOutput(out, m, out2, []Removal{{Start: strings.Index(out, "Second"), End: strings.Index(out, "\n\nThird")}})
	require.True(t, ok)
	th := strings.Index(out2, "Third")
	assert.Equal(t, strings.Index(in, "Third"), m2.inputAt(th))
	ev := m2.evidence([]string{"original=" + strconv.Itoa(th) + "-" + strconv.Itoa(th+5)})
	assert.Equal(t, []string{"original=" + strconv.Itoa(strings.Index(in, "Third")) + "-" + strconv.Itoa(strings.Index(in, "Third")+5)}, ev)

	// An output that is not the input's kept text in order does not line up.
	_, ok = alignOutput(in, nil, "Intro sentence two.", first)
	assert.False(t, ok)
	_, ok = alignOutput(in, nil, "Promo here!", first)
	assert.False(t, ok, "removed text is not in the output")
}

// TestSettle hands settle a first pass that missed things, as a stage with a blind spot
// would: a promo line left in, a repeated paragraph left in, white space rewritten, one
// sentence removed. settle must clean the output again, report what that pass removed as
// spans of the input, and return an output that a further Clean leaves unchanged.
func TestSettle(t *testing.T) {
	f := propFilter()
	story := "Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito in aula."
	promo := "▷ Lo sai che da oggi puoi MONETIZZARE FACILMENTE I TUOI ASSET? Contatto per approfondire: CLICCA QUI"
	second := "La giunta regionale ha presentato i risultati dell'indagine annuale sulla qualità dell'acqua."
	gone := "Questa frase era già stata rimossa dal primo passaggio per una ragione qualsiasi."
	in := story + "  " + gone + "\n\n\n" + promo + "\n\n" + second + "\n\n" + story + "  " + gone
	// The missed first pass: the sentence "gone" removed twice, the rest kept, the double
	// space after the story closed up.
	first := []Removal{span(t, in, gone)}
	last := strings.LastIndex(in, gone)
	first = append(first, Removal{Stage: StageSpam, Reason: "test", Text: gone, Start: last, End: last + len(gone)})
	res := Result{Text: story + "\n\n" + promo + "\n\n" + second + "\n\n" + story, Removed: first}

	got := f.settle(in, res, nil)
	checkInvariants(t, in, got)
	assert.NotContains(t, got.Text, "MONETIZZARE", "the promo the first pass missed is gone")
	assert.Equal(t, 1, strings.Count(got.Text, story), "the repeated paragraph the first pass missed is gone")
	assert.Contains(t, got.Text, second)
	var stages []string
	for _, r := range got.Removed {
		assert.Equal(t, in[r.Start:r.End], r.Text)
		stages = append(stages, r.Stage)
	}
	assert.Contains(t, stages, StageSpam)
	assert.Contains(t, stages, StageDedupe)
	assert.Equal(t, len(first)+2, len(got.Removed), "the first pass's removals and one for each the second found")
	assert.Equal(t, "it", got.Language)
	again := f.Clean(got.Text)
	assert.Equal(t, got.Text, again.Text)
	assert.Empty(t, again.Removed)
}

// TestWithSettle: with the settle pass on (the default), a document the stages change is
// cleaned twice, one they leave unchanged once; WithSettle(false) cleans each once.
func TestWithSettle(t *testing.T) {
	changed := "Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito.\n\nCLICCA QUI per scoprire l'offerta del giorno!"
	unchanged := "Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito."
	for _, on := range []bool{true, false} {
		passes := 0
		f, err := New(WithCandidateLanguages("it", "en"), WithSettle(on), withStageHook(func(s string) {
			if s == StageNormalize {
				passes++
			}
		}))
		require.NoError(t, err)
		res := f.Clean(changed)
		require.NotEqual(t, changed, res.Text)
		want := 1
		if on {
			want = 2
		}
		assert.Equal(t, want, passes, "settle %v, a changed document", on)
		passes = 0
		assert.Equal(t, unchanged, f.Clean(unchanged).Text)
		assert.Equal(t, 1, passes, "settle %v, an unchanged document", on)
	}
}

// TestBoundary: a removal may start or end next to a byte that is not text (an invalid byte is
// a character of its own), never inside a character.
func TestBoundary(t *testing.T) {
	s := "X\xa3A۱\xe2B€"
	want := runeStarts(s)
	for p := 0; p <= len(s); p++ {
		assert.Equal(t, want[p], boundary(s, p), "offset %d of %q", p, s)
	}
}

// TestEdgeSpaceInvariant backs edgeSpaceOnly: white space added at the ends of a document
// changes nothing else the stages decide (the removals only move by the added bytes).
func TestEdgeSpaceInvariant(t *testing.T) {
	f := propFilter()
	n := 300
	if testing.Short() || raceEnabled {
		n = 50
	}
	for i := range n {
		doc := newDocGen(uint64(i)).doc()
		for _, pad := range [][2]string{{" ", " "}, {"\n\n", "\n"}, {"\t \n", "  "}} {
			res := f.Clean(doc)
			padded := f.Clean(pad[0] + doc + pad[1])
			require.Equal(t, res.Text, padded.Text, "doc %d padded %q", i, pad)
			require.Equal(t, len(res.Removed), len(padded.Removed), "doc %d padded %q", i, pad)
			for k, r := range res.Removed {
				p := padded.Removed[k]
				require.Equal(t, r.Start+len(pad[0]), p.Start, "doc %d removal %d", i, k)
				require.Equal(t, r.Text, p.Text)
				require.Equal(t, r.Reason, p.Reason)
			}
		}
	}
}
