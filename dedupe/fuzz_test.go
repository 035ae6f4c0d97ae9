package dedupe

import (
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/text"
)

// FuzzFind splits the input into units at line breaks and checks every match Find reports:
// in increasing Index order, each unit at most once, the original an earlier or later unit
// that is kept, a repeated sentence with exactly the original's words, a near-duplicate with
// fewer words than its original and a similarity in (0, 1]; and the same answer twice.
// Seeds: testdata/fuzz/FuzzFind.
func FuzzFind(f *testing.F) {
	f.Add("La tensione si è accentuata dopo il vertice di marzo.\nLa tensione si è accentuata dopo il vertice di marzo.")
	f.Fuzz(func(t *testing.T, s string) {
		units := strings.Split(s, "\n")
		ms := Default.Find(units)
		removed := map[int]bool{}
		prev := -1
		for _, m := range ms {
			if m.Index <= prev || m.Index >= len(units) {
				t.Fatalf("match %+v out of order or range (%d units)", m, len(units))
			}
			prev = m.Index
			removed[m.Index] = true
		}
		for _, m := range ms {
			if m.Original < 0 || m.Original >= len(units) || m.Original == m.Index || removed[m.Original] {
				t.Fatalf("match %+v: the original is not a kept unit", m)
			}
			if !(m.Similarity > 0 && m.Similarity <= 1) {
				t.Fatalf("match %+v: similarity out of (0, 1]", m)
			}
			w, o := text.Words(units[m.Index]), text.Words(units[m.Original])
			switch m.Reason {
			case ReasonRepeated:
				if strings.Join(w, " ") != strings.Join(o, " ") {
					t.Fatalf("repeated %q is not %q", units[m.Index], units[m.Original])
				}
			case ReasonNear:
				if len(w) >= len(o) {
					t.Fatalf("near-duplicate %q is not shorter than %q", units[m.Index], units[m.Original])
				}
			default:
				t.Fatalf("match %+v: unknown reason", m)
			}
		}
		if again := Default.Find(units); len(again) != len(ms) {
			t.Fatalf("not deterministic: %d then %d matches", len(ms), len(again))
		}
	})
}
