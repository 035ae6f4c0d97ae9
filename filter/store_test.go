package filter

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsclean/newsclean/dedupe"
	"github.com/newsclean/newsclean/dedupe/storetest"
)

func article(n int) string {
	return strings.Join(storetest.Article(n), "\n\n")
}

func TestCleanDocWithoutStore(t *testing.T) {
	in := readSeed(t, "000_d6e3d779cc4e61ef.txt")
	f, err := New()
	require.NoError(t, err)
	assert.Equal(t, f.Clean(in), f.CleanDoc(Doc{ID: "x", URL: "https://example.com/a", Text: in}))
}

func TestSiteBoilerplate(t *testing.T) {
	f, err := New(WithStore(dedupe.NewMemoryStore(0, 0)))
	require.NoError(t, err)
	for n := 0; n < 5; n++ {
		in := article(n)
		res := f.CleanDoc(Doc{ID: fmt.Sprint(n), URL: fmt.Sprintf("https://www.Example.com/news/%d", n), Text: in})
		checkInvariants(t, in, res)
		bp := 0
		for _, r := range res.Removed {
			if r.Reason == dedupe.ReasonBoilerplate {
				bp++
				assert.Equal(t, storetest.Footer, r.Text)
				assert.Contains(t, r.Evidence, "scope=example.com")
			}
		}
		if n < 3 {
			assert.Zero(t, bp, "document %d", n)
			assert.Contains(t, res.Text, storetest.Footer)
		} else {
			assert.Equal(t, 1, bp, "document %d", n)
			assert.NotContains(t, res.Text, storetest.Footer)
		}
		assert.Empty(t, res.Warnings)
	}
	// Another site, and a document without a URL, keep the footer.
	res := f.CleanDoc(Doc{ID: "o", URL: "https://other.example.org/x", Text: article(9)})
	assert.Contains(t, res.Text, storetest.Footer)
	res = f.CleanDoc(Doc{ID: "nourl", Text: article(8)})
	assert.Contains(t, res.Text, storetest.Footer)

	// Without scopes from URLs every document is one site, and an explicit scope wins.
	g, err := New(WithStore(dedupe.NewMemoryStore(0, 0)), WithScopeFromURL(false))
	require.NoError(t, err)
	for n := 0; n < 4; n++ {
		res = g.CleanDoc(Doc{ID: fmt.Sprint(n), Text: article(n)})
	}
	assert.NotContains(t, res.Text, storetest.Footer)
	res = g.CleanDoc(Doc{ID: "s", Scope: "elsewhere", Text: article(5)})
	assert.Contains(t, res.Text, storetest.Footer)
}

func TestSyndicatedCopy(t *testing.T) {
	orig := article(3)
	copied := strings.Replace(orig, "scritta apposta", "scritta ancora", 1)
	for _, drop := range []bool{false, true} {
		f, err := New(WithStore(dedupe.NewMemoryStore(0, 0)), WithDropDuplicates(drop))
		require.NoError(t, err)
		res := f.CleanDoc(Doc{ID: "wire-1", URL: "https://a.example/1", Text: orig})
		assert.Empty(t, res.DuplicateOf)
		assert.True(t, res.Kept)
		res = f.CleanDoc(Doc{ID: "paper-7", URL: "https://b.example/7", Text: copied})
		assert.Equal(t, "wire-1", res.DuplicateOf)
		assert.GreaterOrEqual(t, res.Similarity, 0.8)
		assert.Less(t, res.Similarity, 1.0)
		assert.Equal(t, !drop, res.Kept)
		if drop {
			assert.Equal(t, ReasonDuplicate, res.Reason)
		}
		assert.Equal(t, strings.TrimSpace(copied), res.Text, "a copy is reported, its text is not cut")
		res = f.CleanDoc(Doc{ID: "other", URL: "https://b.example/8", Text: article(4)})
		assert.Empty(t, res.DuplicateOf)
	}
}

// stuckStore never answers before the deadline.
type stuckStore struct{}

func (stuckStore) Observe(ctx context.Context, _ *dedupe.Fingerprint) (dedupe.Seen, error) {
	<-ctx.Done()
	return dedupe.Seen{}, ctx.Err()
}

// brokenStore fails at once.
type brokenStore struct{}

func (brokenStore) Observe(context.Context, *dedupe.Fingerprint) (dedupe.Seen, error) {
	return dedupe.Seen{}, fmt.Errorf("%w: connection refused", dedupe.ErrUnavailable)
}

func TestStoreFailsOpen(t *testing.T) {
	in := readSeed(t, "000_d6e3d779cc4e61ef.txt")
	plain := Clean(in)
	for name, s := range map[string]dedupe.Store{"stuck": stuckStore{}, "broken": brokenStore{}} {
		t.Run(name, func(t *testing.T) {
			f, err := New(WithStore(s, dedupe.WithTimeout(20*time.Millisecond)))
			require.NoError(t, err)
			start := time.Now()
			res := f.CleanDoc(Doc{ID: "1", URL: "https://example.com/1", Text: in})
			assert.Less(t, time.Since(start), 5*time.Second, "the store's deadline bounds the wait")
			assert.Equal(t, plain.Text, res.Text, "what could not be checked is kept")
			assert.Equal(t, plain.Removed, res.Removed)
			require.Len(t, res.Warnings, 1)
			assert.True(t, strings.HasPrefix(res.Warnings[0], WarnStore+": "), res.Warnings[0])
			assert.True(t, res.Kept)
		})
	}
}

func TestStoreDeterministic(t *testing.T) {
	run := func() []Result {
		f, err := New(WithStore(dedupe.NewMemoryStore(0, 0)))
		require.NoError(t, err)
		var out []Result
		for n := 0; n < 8; n++ {
			out = append(out, f.CleanDoc(Doc{ID: fmt.Sprint(n), URL: "https://example.com/", Text: article(n % 5)}))
		}
		return out
	}
	assert.Equal(t, run(), run())
}

func TestStoreOptions(t *testing.T) {
	_, err := New(WithStore(nil))
	assert.ErrorIs(t, err, ErrOption)
	assert.True(t, errors.Is(err, dedupe.ErrNoStore))
	_, err = New(WithStore(dedupe.NewMemoryStore(0, 0), dedupe.WithBoilerplateDocs(0)))
	assert.ErrorIs(t, err, ErrOption)
}
