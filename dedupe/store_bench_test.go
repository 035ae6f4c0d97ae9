package dedupe_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/dedupe"
	"github.com/newsclean/newsclean/dedupe/storetest"
)

// BenchmarkMemoryStore measures Observe on fingerprints of four-paragraph articles (three
// paragraphs of their own and a shared footer, 20 LSH bands each), and reports documents per
// second and the bytes the store accounts per entry once full.
func BenchmarkMemoryStore(b *testing.B) {
	tr, err := dedupe.NewTracker(dedupe.NewMemoryStore(0, 0))
	if err != nil {
		b.Fatal(err)
	}
	fps := make([]*dedupe.Fingerprint, 4096)
	for i := range fps {
		fps[i], _ = tr.Fingerprint(dedupe.Document{ID: fmt.Sprint(i), Scope: "example.com", Paragraphs: storetest.Article(i)})
	}
	for _, limit := range []int{10_000, 1_000_000} {
		b.Run(fmt.Sprintf("entries=%d", limit), func(b *testing.B) {
			s := dedupe.NewMemoryStore(limit, 0)
			ctx := context.Background()
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				fp := *fps[i%len(fps)]
				fp.Doc = dedupe.KeyOf("d", fmt.Sprint(i)) // every document new
				if _, err := s.Observe(ctx, &fp); err != nil {
					b.Fatal(err)
				}
				i++
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
			n, bytes := s.Len()
			if n > 0 {
				b.ReportMetric(float64(bytes)/float64(n), "bytes/entry")
			}
		})
	}
}

// BenchmarkTrackerCheck is Check end to end on the memory store: words, paragraph keys, the
// MinHash signature of the word 5-shingles, bands and the Observe.
func BenchmarkTrackerCheck(b *testing.B) {
	tr, err := dedupe.NewTracker(dedupe.NewMemoryStore(0, 0))
	if err != nil {
		b.Fatal(err)
	}
	doc := dedupe.Document{Scope: "example.com", Paragraphs: storetest.Article(1)}
	b.SetBytes(int64(len(strings.Join(doc.Paragraphs, "\n\n"))))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		doc.ID = fmt.Sprint(i)
		if _, err := tr.Check(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
