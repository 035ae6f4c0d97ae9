package filter_test

import (
	"context"
	"fmt"
	"iter"
	"slices"
	"strconv"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsclean/newsclean/filter"
)

// batchDocs returns n documents that differ from each other and in what gets removed: every
// third has a promo line, every fifth repeats a sentence, every seventh is empty.
func batchDocs(n int) []filter.Doc {
	docs := make([]filter.Doc, n)
	for i := range docs {
		text := fmt.Sprintf("The council of town number %d met on Monday to discuss the new cycling lanes along the river.\n"+
			"Residents asked for %d more benches in the park and for safer crossings near the school.", i, i%11+2)
		if i%3 == 0 {
			text += "\n👉 Subscribe to our newsletter now: CLICK HERE"
		}
		if i%5 == 0 {
			text += "\nResidents asked for " + strconv.Itoa(i%11+2) + " more benches in the park and for safer crossings near the school."
		}
		if i%7 == 0 {
			text = ""
		}
		docs[i] = filter.Doc{ID: strconv.Itoa(i), URL: "https://example.com/" + strconv.Itoa(i), Text: text}
	}
	return docs
}

func englishFilter(t testing.TB) *filter.Filter {
	t.Helper()
	f, err := filter.New(filter.WithCandidateLanguages("en", "it"))
	require.NoError(t, err)
	return f
}

func TestCleanAllKeepsInputOrderAndMatchesClean(t *testing.T) {
	f := englishFilter(t)
	docs := batchDocs(60)
	want := make([]filter.Result, len(docs))
	for i, d := range docs {
		want[i] = f.Clean(d.Text)
	}
	for _, workers := range []int{0, 1, 2, 7} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			var got []filter.Doc
			var results []filter.Result
			for d, res := range f.CleanAll(context.Background(), slices.Values(docs), workers) {
				got = append(got, d)
				results = append(results, res)
			}
			require.Equal(t, docs, got, "documents not yielded in input order")
			require.Equal(t, want, results)
		})
	}
	// The batch is not trivial: some documents lose text, some are not kept.
	var removed, dropped int
	for _, r := range want {
		removed += len(r.Removed)
		if !r.Kept {
			dropped++
		}
	}
	assert.Positive(t, removed)
	assert.Positive(t, dropped)
}

func TestCleanAllEmpty(t *testing.T) {
	f := englishFilter(t)
	for _, workers := range []int{1, 4} {
		n := 0
		for range f.CleanAll(context.Background(), slices.Values([]filter.Doc(nil)), workers) {
			n++
		}
		assert.Zero(t, n)
	}
}

// counted wraps docs and counts how many were read.
func counted(docs []filter.Doc, read *atomic.Int64) iter.Seq[filter.Doc] {
	return func(yield func(filter.Doc) bool) {
		for _, d := range docs {
			read.Add(1)
			if !yield(d) {
				return
			}
		}
	}
}

func TestCleanAllBreakStopsReading(t *testing.T) {
	f := englishFilter(t)
	docs := batchDocs(500)
	const workers = 3
	var read atomic.Int64
	n := 0
	for d, _ := range f.CleanAll(context.Background(), counted(docs, &read), workers) {
		assert.Equal(t, docs[n].ID, d.ID)
		n++
		if n == 5 {
			break
		}
	}
	assert.Equal(t, 5, n)
	// Read-ahead is bounded by the window (two documents per worker) plus the one that
	// finds the window full.
	assert.LessOrEqual(t, read.Load(), int64(5+2*workers+1))
}

func TestCleanAllCancel(t *testing.T) {
	f := englishFilter(t)
	docs := batchDocs(500)
	for _, workers := range []int{1, 4} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var read atomic.Int64
			n := 0
			for range f.CleanAll(ctx, counted(docs, &read), workers) {
				n++
				if n == 3 {
					cancel()
				}
			}
			assert.Equal(t, 3, n, "results yielded after cancel")
			assert.ErrorIs(t, ctx.Err(), context.Canceled)
			assert.Less(t, read.Load(), int64(len(docs)))
		})
	}
	// Already cancelled: nothing is cleaned.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for range f.CleanAll(ctx, slices.Values(docs), 2) {
		t.Fatal("yielded with a cancelled context")
	}
}

type scraped struct {
	Link, Body string
	Words      int
}

func TestCleanEachOwnType(t *testing.T) {
	f := englishFilter(t)
	docs := batchDocs(20)
	arts := make([]scraped, len(docs))
	for i, d := range docs {
		arts[i] = scraped{Link: d.URL, Body: d.Text, Words: i}
	}
	i := 0
	toDoc := func(a scraped) filter.Doc { return filter.Doc{URL: a.Link, Text: a.Body} }
	for a, res := range filter.CleanEach(context.Background(), f, slices.Values(arts), toDoc, 3) {
		assert.Equal(t, i, a.Words)
		assert.Equal(t, f.Clean(a.Body), res)
		i++
	}
	assert.Equal(t, len(arts), i)
}

func TestCleanDocIsClean(t *testing.T) {
	f := englishFilter(t)
	for _, d := range batchDocs(8) {
		assert.Equal(t, f.Clean(d.Text), f.CleanDoc(d))
	}
}

func BenchmarkCleanAll(b *testing.B) {
	f := englishFilter(b)
	docs := batchDocs(64)
	size := 0
	for _, d := range docs {
		size += len(d.Text)
		f.CleanDoc(d) // warm up: the language models load on first use
	}
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(size))
			for b.Loop() {
				for range f.CleanAll(context.Background(), slices.Values(docs), workers) {
				}
			}
		})
	}
}
