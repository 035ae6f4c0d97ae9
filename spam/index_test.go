package spam

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCandidateIndex: every key finds its own list, in the order given, whatever slot it
// probes first (keys chosen to share their first slot, and the last slot, so that probing
// wraps around); a key not put in finds nothing, and an empty index finds nothing.
func TestCandidateIndex(t *testing.T) {
	var empty candidateIndex
	assert.Nil(t, empty.get(42))

	m := map[uint64][]candidate{}
	probe := candidateIndex{slots: make([]indexSlot, 8), shift: 64 - 3}
	var keys []uint64
	for k := uint64(1); len(keys) < 3; k++ {
		if probe.slot(k) == 7 { // the last slot: the second and third wrap to slot 0
			keys = append(keys, k)
		}
	}
	for i, k := range keys {
		m[k] = []candidate{{id: int32(10 * i)}, {id: int32(10*i + 1)}}
	}
	x := newCandidateIndex(m)
	require.Len(t, x.slots, 8, "a table at most half full")
	for i, k := range keys {
		got := x.get(k)
		require.Len(t, got, 2, "key %d", k)
		assert.Equal(t, []int32{int32(10 * i), int32(10*i + 1)}, []int32{got[0].id, got[1].id})
	}
	for k := uint64(1000); k < 1100; k++ {
		assert.Nil(t, x.get(k), "key %d", k)
	}
}

// TestCandidateMayMatch: a phrase is rejected by the hashes of its plain words where those
// words are not the unit's, and by its length where it runs past the unit's end; the words of
// a pattern (a prefix, a number, "*") are left to wordsMatch.
func TestCandidateMayMatch(t *testing.T) {
	s, err := New(WithoutBuiltins(), WithRules(
		Rule{Category: "cta", Phrase: "click here now", Weight: 0.5},
		Rule{Category: "cta", Phrase: "click here*", Weight: 0.5},
		Rule{Category: "promo", Phrase: "<num> free spins", Weight: 0.5},
	))
	require.NoError(t, err)
	plain, pattern, number := s.newCandidate(0), s.newCandidate(1), s.newCandidate(2)
	assert.Equal(t, uint32(0b111), plain.mask)
	assert.Equal(t, uint32(0b01), pattern.mask)
	assert.Equal(t, uint32(0b110), number.mask)
	var tok tokens
	tok.fold("Please click here now, or click here later: 50 free spins, 50 free bets")
	assert.True(t, plain.mayMatch(&tok, 1))
	assert.False(t, plain.mayMatch(&tok, 5), "click here later")
	assert.False(t, plain.mayMatch(&tok, 6), "past the end")
	assert.True(t, pattern.mayMatch(&tok, 5))
	assert.True(t, s.phrases[1].wordsMatch(&tok, 5))
	assert.False(t, pattern.mayMatch(&tok, 4), "or click")
	assert.True(t, number.mayMatch(&tok, 8), "50 free spins")
	assert.False(t, number.mayMatch(&tok, 11), "50 free bets")
	assert.False(t, number.mayMatch(&tok, 12), "past the end")
	assert.Contains(t, s.Score("click here now").Evidence, "cta:click here now")
	assert.NotContains(t, s.Score("click here later").Evidence, "cta:click here now")
	assert.Contains(t, s.Score("click here later").Evidence, "cta:click here*")
}
