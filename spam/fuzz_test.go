package spam

import (
	"math"
	"testing"
)

// FuzzScore scores arbitrary text as a line and as a glued sentence: no panic, a score in
// [0, 1], the verdict agreeing with the threshold, a reason and evidence whenever the text is
// spam, glued spam only on lexical evidence the line verdict also has, and the same verdict
// twice. Seeds: testdata/fuzz/FuzzScore.
func FuzzScore(f *testing.F) {
	f.Add("▷ Lo sai che da oggi puoi MONETIZZARE i tuoi asset? CLICCA QUI")
	sc := Default()
	f.Fuzz(func(t *testing.T, s string) {
		for _, kind := range []Kind{Line, Glued} {
			v := sc.ScoreAs(s, kind)
			if math.IsNaN(v.Score) || v.Score < 0 || v.Score > 1 {
				t.Fatalf("score %v out of [0, 1] for %q", v.Score, s)
			}
			if v.Spam && v.Score < sc.Threshold() {
				t.Fatalf("spam below the threshold: %+v for %q", v, s)
			}
			if v.Spam && (v.Reason == "" || len(v.Evidence) == 0) {
				t.Fatalf("spam without reason or evidence: %+v for %q", v, s)
			}
			again := sc.ScoreAs(s, kind)
			if again.Score != v.Score || again.Spam != v.Spam || again.Reason != v.Reason {
				t.Fatalf("not deterministic: %+v then %+v for %q", v, again, s)
			}
		}
	})
}
