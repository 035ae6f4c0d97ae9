package filter

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/text"
	"github.com/stretchr/testify/assert"
)

// structureByScan is the structure stage as it was first written: for each heading, a scan
// of the paragraphs after it up to the next heading that stays. It is quadratic when many
// headings go; structureStage must decide exactly as it does.
func structureByScan(d *document) []mark {
	n := len(d.paras)
	heading := make([]bool, n)
	for i := range d.paras {
		heading[i] = d.kept(i) && headingLike(d.keptText(i))
	}
	contentBefore := make([]bool, n+1)
	for i := 0; i < n; i++ {
		contentBefore[i+1] = contentBefore[i] || d.kept(i) && !heading[i]
	}
	gone := make([]bool, n)
	var ms []mark
	for i := n - 1; i >= 0; i-- {
		if !heading[i] || !d.kept(i) {
			continue
		}
		hadContent, keptContent, reachedEnd := false, false, true
		for j := i + 1; j < n; j++ {
			if heading[j] && d.kept(j) && !gone[j] {
				reachedEnd = false
				break
			}
			if !heading[j] {
				hadContent = true
				if d.kept(j) {
					keptContent = true
				}
			}
		}
		switch {
		case keptContent:
		case hadContent:
			gone[i] = true
			ms = append(ms, d.paragraphMark(i, StageStructure, reasonEmptySection))
		case reachedEnd && contentBefore[i]:
			gone[i] = true
			ms = append(ms, d.paragraphMark(i, StageStructure, reasonOrphanHeading))
		}
	}
	return ms
}

// TestStructureStageLinear checks the one-walk structure stage against the scan on documents
// of headings and paragraphs with random paragraphs removed, and that it stays linear: 20,000
// headings whose sections were all removed.
func TestStructureStageLinear(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 2026))
	reasons := map[string]int{}
	for k := range 2000 {
		var b strings.Builder
		for i := range 1 + rng.IntN(24) {
			if rng.IntN(3) == 0 {
				fmt.Fprintf(&b, "Sezione %d\n\n", i)
			} else {
				fmt.Fprintf(&b, "Il paragrafo numero %d racconta una storia.\n\n", i)
			}
		}
		in := b.String()
		d := newDocument(in)
		d.segment(0)
		for p := range d.paras {
			if rng.IntN(3) == 0 {
				d.apply([]mark{d.paragraphMark(p, StageDedupe, reasonRepeated)})
			}
		}
		for round := 0; round < 2; round++ { // a second round sees the first one's removals
			want := structureByScan(d)
			got := structureStage(d)
			if !assert.Equal(t, want, got, "document %d: %q", k, in) {
				return
			}
			for _, m := range got {
				reasons[m.reason]++
			}
			d.apply(got)
		}
	}
	// The documents reach both rules, and chains of headings going together.
	assert.Greater(t, reasons[reasonEmptySection], 100)
	assert.Greater(t, reasons[reasonOrphanHeading], 100)

	var b strings.Builder
	for i := range 20000 {
		fmt.Fprintf(&b, "Sezione %d\n\nIl paragrafo racconta una storia.\n\n", i)
	}
	d := newDocument(b.String())
	d.segment(0)
	for p := 1; p < len(d.paras); p += 2 {
		d.apply([]mark{d.paragraphMark(p, StageDedupe, reasonRepeated)})
	}
	assert.Len(t, structureStage(d), 20000, "every heading lost its section")
}

// TestMergeEvidence checks that merging evidence keeps the first occurrence of each entry in
// order, with and without the set it switches to for long lists, and that a repeated
// paragraph of 3,000 sentences, each with its own original, is one removal listing the
// 3,000 originals in order.
func TestMergeEvidence(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	for range 500 {
		var a []string
		var seen map[string]bool
		var want []string
		for range 1 + rng.IntN(12) {
			b := make([]string, rng.IntN(20))
			for i := range b {
				b[i] = fmt.Sprint(rng.IntN(60))
			}
			for _, e := range b {
				if !slices.Contains(want, e) {
					want = append(want, e)
				}
			}
			a, seen = mergeEvidence(a, b, seen)
		}
		assert.Equal(t, want, a)
	}

	var b strings.Builder
	for i := range 3000 {
		fmt.Fprintf(&b, "Il comune%d approva%d il bilancio%d della regione%d nel mese%d di marzo. ", i, i, i, i, i)
	}
	in := b.String() + "\n\n" + b.String()
	res := propFilter().Clean(in)
	if assert.Len(t, res.Removed, 1) {
		ev := res.Removed[0].Evidence
		assert.Len(t, ev, 3000)
		assert.Equal(t, "original=0-", ev[0][:len("original=0-")])
		assert.Equal(t, reasonRepeatedParagraph, res.Removed[0].Reason)
	}
}

// TestApplyAdopt checks that apply records the same marks, in the same order, whether it
// keeps the stage's array (adopt: nothing to split, room left) or copies and splits.
func TestApplyAdopt(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 13))
	in := strings.Repeat("Prima frase. Seconda frase! Terza frase? Quarta.\n\n", 6)
	adopted := 0
	for range 500 {
		a, b := newDocument(in), newDocument(in)
		a.segment(0)
		b.segment(0)
		// One mark first, so that tight never has room and b always takes the copying path.
		seed := mark{para: -1, span: text.Span{Start: 0, End: 1}, stage: StageNormalize, reason: reasonControl}
		a.apply([]mark{seed})
		b.apply([]mark{seed})
		for range 1 + rng.IntN(5) {
			var batch []mark
			for range rng.IntN(6) {
				if rng.IntN(4) == 0 {
					at := rng.IntN(len(in) - 2)
					batch = append(batch, mark{para: -1, span: text.Span{Start: at, End: at + 2}, stage: StageNormalize, reason: reasonControl})
					continue
				}
				p := rng.IntN(len(a.paras))
				from := rng.IntN(len(a.paras[p].sents))
				to := from + 1 + rng.IntN(len(a.paras[p].sents)-from)
				batch = append(batch, a.sentenceMark(p, from, to, StageDedupe, reasonRepeated))
			}
			// roomy leaves apply room to keep it; tight (no room once b holds a mark) does not.
			roomy := append(make([]mark, 0, len(batch)+len(a.marks)), batch...)
			tight := slices.Clip(append([]mark(nil), batch...))
			a.apply(roomy)
			if len(roomy) > 0 && &a.marks[0] == &roomy[:1][0] {
				adopted++
			}
			b.apply(tight)
			assert.Equal(t, b.marks, a.marks)
			for p := range a.paras {
				assert.Equal(t, b.paras[p].removed, a.paras[p].removed)
				assert.Equal(t, b.paras[p].left, a.paras[p].left)
			}
		}
	}
	assert.Greater(t, adopted, 100, "the array is kept when nothing splits")
}
