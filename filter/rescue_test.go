package filter

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRescueCut checks that a label glued to the start of a short sentence of the article,
// which Lead cannot cut off (the rest is under six words, or opens on a name), takes only its
// own words with it, not the sentence (spam.Scorer.RescueLead). Sentences written for this
// test.
func TestRescueCut(t *testing.T) {
	for _, c := range []struct{ lang, label, sentence string }{
		{"pl", "Newsletter", "Marek prowadził przez lata rodzinną piekarnię."},
		{"pt", "Assine já", "O prefeito nunca respondeu."},
		{"es", "SUSCRÍBETE AHORA", "Tras el incendio, los vecinos pidieron ayuda."},
	} {
		h := newsVoiceHosts[c.lang]
		res := Clean(h[0] + "\n\n" + c.label + " " + c.sentence + " " + h[1] + "\n\n" + h[2])
		assert.True(t, strings.Contains(res.Text, c.sentence+" "+h[1]), "%s: the sentence stays: %q", c.lang, res.Text)
		assert.False(t, strings.Contains(res.Text, c.label), "%s: the label goes", c.lang)
	}
}
