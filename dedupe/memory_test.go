package dedupe_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsclean/newsclean/dedupe"
	"github.com/newsclean/newsclean/dedupe/storetest"
)

func TestMemoryStore(t *testing.T) {
	storetest.Run(t, func(*testing.T) dedupe.Store { return dedupe.NewMemoryStore(0, 0) })
}

func TestMemoryStoreBounds(t *testing.T) {
	ctx := context.Background()
	s := dedupe.NewMemoryStore(100, 0)
	for i := range 1000 {
		fp := &dedupe.Fingerprint{Doc: dedupe.KeyOf(fmt.Sprint(i)), Paragraphs: []dedupe.Key{dedupe.KeyOf("p", fmt.Sprint(i))}, Cap: 4}
		_, err := s.Observe(ctx, fp)
		require.NoError(t, err)
		n, _ := s.Len()
		assert.LessOrEqual(t, n, 100)
	}
	// The most recent paragraphs are remembered, the oldest are gone.
	seen, _ := s.Observe(ctx, &dedupe.Fingerprint{Doc: dedupe.KeyOf("x"), Paragraphs: []dedupe.Key{dedupe.KeyOf("p", "999"), dedupe.KeyOf("p", "0")}, Cap: 4})
	assert.Equal(t, []int{1, 0}, seen.Docs)

	b := dedupe.NewMemoryStore(0, 10_000)
	for i := range 1000 {
		_, _ = b.Observe(ctx, &dedupe.Fingerprint{Doc: dedupe.KeyOf(fmt.Sprint(i)), Paragraphs: []dedupe.Key{dedupe.KeyOf("p", fmt.Sprint(i))}, Cap: 4})
		_, bytes := b.Len()
		assert.LessOrEqual(t, bytes, 10_000)
	}
}

func TestRecord(t *testing.T) {
	b := dedupe.AppendRecord(nil, "doc-1", []uint32{1, 2, 0xffffffff})
	c, err := dedupe.ParseRecord(b)
	require.NoError(t, err)
	assert.Equal(t, dedupe.Candidate{ID: "doc-1", Signature: []uint32{1, 2, 0xffffffff}}, c)
	_, err = dedupe.ParseRecord(b[:len(b)-1])
	assert.Error(t, err)
	_, err = dedupe.ParseRecord(nil)
	assert.Error(t, err)
}

func TestTrackerOptions(t *testing.T) {
	_, err := dedupe.NewTracker(nil)
	assert.ErrorIs(t, err, dedupe.ErrNoStore)
	s := dedupe.NewMemoryStore(0, 0)
	for _, o := range []dedupe.TrackerOption{dedupe.WithBoilerplateDocs(0), dedupe.WithSimilarity(0), dedupe.WithSimilarity(1.5), dedupe.WithTimeout(-1)} {
		_, err := dedupe.NewTracker(s, o)
		assert.Error(t, err)
	}
}

// TestTrackerDeterministic runs the same sequence of documents through two fresh stores.
func TestTrackerDeterministic(t *testing.T) {
	run := func() []dedupe.Report {
		tr, err := dedupe.NewTracker(dedupe.NewMemoryStore(0, 0))
		require.NoError(t, err)
		var out []dedupe.Report
		for n := range 8 {
			rep, err := tr.Check(context.Background(), dedupe.Document{ID: fmt.Sprint(n % 5), Scope: "x", Paragraphs: storetest.Article(n % 6)})
			require.NoError(t, err)
			out = append(out, rep)
		}
		return out
	}
	assert.Equal(t, run(), run())
}
