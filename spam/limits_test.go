package spam

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// proseSentence is ordinary news prose without any rule phrase.
const proseSentence = "Il consiglio comunale ha approvato ieri sera il bilancio di previsione dopo una seduta durata oltre quattro ore. "

// longProse returns ordinary prose of at least n bytes.
func longProse(n int) string {
	return strings.Repeat(proseSentence, n/len(proseSentence)+1)
}

func TestLongUnitOnlyCountsItsEdges(t *testing.T) {
	sc := Default()
	promo := "Iscriviti alla nostra newsletter per ricevere le notizie. "
	prose := longProse(200 << 10)

	clean := sc.ScoreAs(prose, Line)
	assert.Equal(t, Verdict{}, clean, "a long unit of prose has nothing to count")

	tail := sc.ScoreIn(prose+promo, Glued, Context{})
	assert.False(t, tail.Spam)
	assert.Zero(t, tail.Score)
	assert.Positive(t, tail.Candidates, "a promo at the end of a long unit is a candidate")

	head := sc.ScoreAs(promo+prose, Line)
	assert.False(t, head.Spam)
	assert.Positive(t, head.Candidates, "a promo at the start of a long unit is a candidate")

	half := len(prose) / 2
	middle := sc.ScoreAs(prose[:half]+" "+promo+prose[half:], Line)
	assert.Zero(t, middle.Candidates, "the middle of a long unit is not looked at")

	// Up to the bound, a unit is scored as a whole: the promo counts wherever it is.
	within := longProse(maxUnitBytes - 2*len(proseSentence))
	half = len(within) / 2
	v := sc.ScoreAs(within[:half]+" "+promo+within[half:], Line)
	require.LessOrEqual(t, len(within)+1+len(promo), maxUnitBytes)
	assert.Positive(t, v.Candidates)
	assert.NotEmpty(t, v.Evidence)
}

func TestCutBack(t *testing.T) {
	s := "alpha beta gamma"
	assert.Equal(t, 5, cutBack(s, 8), "back to the space")
	assert.Equal(t, 10, cutBack(s, 10), "a space is a cut")
	word := strings.Repeat("é", 400) // no space: a character boundary
	k := cutBack(word, 301)
	assert.Equal(t, 300, k)
	assert.Equal(t, 1, cutBack("aé", 2), "never inside a character")
}

// TestVocabularyInPieces checks that folding a giant paragraph in pieces (chunks) gives the
// vocabulary folding it whole gives, on random text with spaces.
func TestVocabularyInPieces(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	whole := func(paras []string) map[uint32]vocabEntry {
		vocab := map[uint32]vocabEntry{}
		var tk tokens
		for i, p := range paras {
			tk.fold(p)
			for k := 0; k < tk.n(); k++ {
				if w := tk.word(k); len(w) >= 5 && !isNumber(w) {
					e := vocab[tk.w[k].hash]
					if e.last != int32(i+1) {
						e.last, e.paras = int32(i+1), e.paras+1
						vocab[tk.w[k].hash] = e
					}
				}
			}
		}
		return vocab
	}
	for range 12 {
		var paras []string
		for range 2 + rng.IntN(4) {
			p := randomText(rng, 1+rng.IntN(60))
			if rng.IntN(2) == 0 {
				var b strings.Builder
				for b.Len() <= maxUnitBytes+rng.IntN(3*maxUnitBytes) {
					b.WriteString(randomText(rng, 50))
					b.WriteByte(' ')
				}
				p = b.String()
			}
			paras = append(paras, p)
		}
		pieces := 0
		for _, p := range paras {
			chunks(p, func(c string) {
				pieces++
				assert.LessOrEqual(t, len(c), maxUnitBytes)
			})
		}
		require.Greater(t, pieces, len(paras)-1)
		require.Equal(t, whole(paras), NewDoc(paras).vocabulary())
	}
}
