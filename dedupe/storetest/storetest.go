// Package storetest checks that a dedupe.Store keeps the contract the filter relies on. A
// Store implementation calls Run from its tests with a function that makes an empty store.
package storetest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsclean/newsclean/dedupe"
)

// Footer is a boilerplate paragraph the documents of Article share.
const Footer = "La redazione risponde alle lettere dei lettori ogni venerdì nella pagina dei commenti."

var topics = []string{"il bilancio del comune", "la nuova linea del tram", "lo sciopero dei medici",
	"la riforma della scuola", "il restauro del teatro", "la gara di ciclismo", "il mercato coperto",
	"la raccolta dei rifiuti", "il piano per il porto", "la mostra al museo"}

// Article returns the paragraphs of a distinct article n (no two share a sentence), with the
// footer as its last paragraph.
func Article(n int) []string {
	t := topics[n%len(topics)]
	var paras []string
	for p := 0; p < 3; p++ {
		var b strings.Builder
		for s := 0; s < 4; s++ {
			fmt.Fprintf(&b, "Nel servizio numero %d parliamo de %s con il paragrafo %d e la frase %d, scritta apposta. ", n, t, p, s)
		}
		paras = append(paras, strings.TrimSpace(b.String()))
	}
	return append(paras, Footer)
}

// Run checks a Store made by newStore: boilerplate counting per scope, one count per document,
// near-copy candidates, and atomic check-and-record under concurrent use.
func Run(t *testing.T, newStore func(t *testing.T) dedupe.Store) {
	ctx := context.Background()
	t.Run("boilerplate", func(t *testing.T) {
		tr, err := dedupe.NewTracker(newStore(t), dedupe.WithTimeout(0))
		require.NoError(t, err)
		for n := 0; n < 6; n++ {
			paras := Article(n)
			rep, err := tr.Check(ctx, dedupe.Document{ID: fmt.Sprint("a", n), Scope: "a.example", Paragraphs: paras})
			require.NoError(t, err)
			if n < dedupe.DefaultBoilerplateDocs {
				assert.Empty(t, rep.Boilerplate, "document %d", n)
			} else {
				assert.Equal(t, []int{len(paras) - 1}, rep.Boilerplate, "document %d", n)
				assert.GreaterOrEqual(t, rep.Docs[0], dedupe.DefaultBoilerplateDocs)
			}
			assert.Empty(t, rep.DuplicateOf, "document %d", n)
		}
		// Another site has not seen the footer three times yet.
		rep, err := tr.Check(ctx, dedupe.Document{ID: "b0", Scope: "b.example", Paragraphs: Article(100)})
		require.NoError(t, err)
		assert.Empty(t, rep.Boilerplate)
	})
	t.Run("one document counts once", func(t *testing.T) {
		tr, err := dedupe.NewTracker(newStore(t), dedupe.WithTimeout(0))
		require.NoError(t, err)
		doubled := append(Article(1), Footer)
		for range 5 {
			rep, err := tr.Check(ctx, dedupe.Document{ID: "same", Scope: "s", Paragraphs: doubled})
			require.NoError(t, err)
			assert.Empty(t, rep.Boilerplate, "the same document seen again is not another document")
			assert.Empty(t, rep.DuplicateOf, "a document is not a copy of itself")
		}
		for n := 2; n < 5; n++ {
			_, err := tr.Check(ctx, dedupe.Document{ID: fmt.Sprint(n), Scope: "s", Paragraphs: Article(n)})
			require.NoError(t, err)
		}
		rep, err := tr.Check(ctx, dedupe.Document{ID: "last", Scope: "s", Paragraphs: doubled})
		require.NoError(t, err)
		assert.Equal(t, []int{3, 4}, rep.Boilerplate, "both copies of the footer go")
	})
	t.Run("syndication", func(t *testing.T) {
		tr, err := dedupe.NewTracker(newStore(t), dedupe.WithTimeout(0))
		require.NoError(t, err)
		orig := Article(7)[:3]
		rep, err := tr.Check(ctx, dedupe.Document{ID: "orig", Paragraphs: orig})
		require.NoError(t, err)
		assert.Empty(t, rep.DuplicateOf)
		copied := slices.Clone(orig)
		copied[1] = strings.Replace(copied[1], "scritta apposta", "scritta di nuovo", 1)
		rep, err = tr.Check(ctx, dedupe.Document{ID: "copy", Paragraphs: copied})
		require.NoError(t, err)
		assert.Equal(t, "orig", rep.DuplicateOf)
		assert.GreaterOrEqual(t, rep.Similarity, dedupe.DefaultSimilarity)
		assert.Less(t, rep.Similarity, 1.0)
		rep, err = tr.Check(ctx, dedupe.Document{ID: "other", Paragraphs: Article(3)[:3]})
		require.NoError(t, err)
		assert.Empty(t, rep.DuplicateOf)
		rep, err = tr.Check(ctx, dedupe.Document{ID: "orig", Paragraphs: orig})
		require.NoError(t, err)
		assert.Equal(t, "copy", rep.DuplicateOf, "seen again, the original finds its copy, not itself")
	})
	t.Run("atomic", func(t *testing.T) {
		s := newStore(t)
		k := dedupe.KeyOf("p", "shared")
		const n = 24
		counts := make([]int, n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				fp := &dedupe.Fingerprint{Doc: dedupe.KeyOf("d", fmt.Sprint(i)), ID: fmt.Sprint(i), Paragraphs: []dedupe.Key{k}, Cap: n}
				seen, err := s.Observe(ctx, fp)
				assert.NoError(t, err)
				if len(seen.Docs) == 1 {
					counts[i] = seen.Docs[0]
				}
			}()
		}
		wg.Wait()
		slices.Sort(counts)
		for i, c := range counts {
			assert.Equal(t, i, c, "each document sees exactly the ones recorded before it")
		}
	})
}
