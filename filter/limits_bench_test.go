package filter

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/newsclean/newsclean/internal/benchcpu"
)

// The adversarial benchmarks feed Clean the inputs that make text code go quadratic or blow
// up memory, at 1 MiB and 8 MiB, with the default Filter (every language):
//
//	go test ./filter -run '^$' -bench 'Adversarial' -benchtime 3x -benchmem
//
// Time must grow linearly (t(8 MiB)/t(1 MiB) ≤ 12 for each family, no 8 MiB input over 2 s)
// and allocation stay within 8× the input plus a constant: the alloc/input metric, bytes
// allocated by one call with empty pools per input byte, the same on every run (see
// callAlloc; warm-alloc/input is the next call). The numbers are in README.md.

const mib = 1 << 20

// adversarial builds an input of about size bytes of one family.
func adversarial(family string, size int) string {
	var b strings.Builder
	b.Grow(size + 4096)
	g := newDocGen(uint64(size))
	switch family {
	case "one-line": // one paragraph, no line break at all
		for b.Len() < size {
			b.WriteString(g.sentence("it"))
			b.WriteByte(' ')
		}
	case "empty-lines": // 100,000 empty lines per 8 MiB between short paragraphs
		empty, emitted := 100000*size/(8*mib), 0
		for b.Len() < size {
			b.WriteString(g.sentence("en"))
			b.WriteByte('\n')
			for ; emitted < empty*b.Len()/size+1; emitted++ {
				b.WriteByte('\n')
			}
		}
	case "identical-paragraphs": // 5,000 copies of one paragraph per 8 MiB
		para := g.ordinary("it")
		para = strings.ReplaceAll(para, "\n\n", " ")
		for len(para) < 8*mib/5000 {
			para += " " + g.sentence("it")
		}
		for b.Len() < size {
			b.WriteString(para)
			b.WriteString("\n\n")
		}
	case "distinct-paragraphs": // 20,000 different paragraphs per 8 MiB
		n := 0
		for b.Len() < size {
			g.num = n * 1000 // numbers never repeat, so no two sentences are copies
			p := g.sentence("en") + " " + g.sentence("en") + " " + g.sentence("en")
			b.WriteString(p)
			b.WriteString("\n\n")
			n++
		}
	case "distinct-with-promos": // distinct paragraphs, a promo line after every 100th: the
		// output is nearly the input, and cleaning it again (settle) costs nearly a pass
		n := 0
		for b.Len() < size {
			g.num = n * 1000
			b.WriteString(g.sentence("en") + " " + g.sentence("en") + " " + g.sentence("en"))
			b.WriteString("\n\n")
			if n%100 == 99 {
				b.WriteString(genPromos[(n/100)%len(genPromos)])
				b.WriteString("\n\n")
			}
			n++
		}
	case "one-word": // no white space at all: one word, capitals inside (a token scan that
		// restarts at every capital goes quadratic here)
		for i := 0; b.Len() < size; i++ {
			b.WriteString("Abbonamento")
			if i%7 == 0 {
				b.WriteString("AnzeigeX")
			}
		}
	case "promo-lines": // a page of nothing but promo lines: every line is a removal to report
		for i := 0; b.Len() < size; i++ {
			b.WriteString(genPromos[i%len(genPromos)])
			b.WriteByte('\n')
		}
	case "invalid-every-other-byte":
		for i := 0; b.Len() < size; i++ {
			c := byte('a' + i%26)
			if i%9 == 8 {
				c = ' '
			}
			b.WriteByte(c)
			b.WriteByte(0x80 | byte(i%64))
		}
	default:
		panic(family)
	}
	// Cut to size at a character boundary: 8 MiB is the default limit, and at it.
	out := b.String()[:size]
	for len(out) > 0 && utf8.RuneStart(out[len(out)-1]) && out[len(out)-1] >= 0xC0 {
		out = out[:len(out)-1]
	}
	return out
}

var adversarialFamilies = []string{"one-line", "one-word", "empty-lines", "identical-paragraphs", "distinct-paragraphs", "distinct-with-promos", "invalid-every-other-byte", "promo-lines"}

func BenchmarkAdversarial(b *testing.B) {
	for _, family := range adversarialFamilies {
		for _, size := range []int{1 * mib, 8 * mib} {
			in := adversarial(family, size)
			b.Run(fmt.Sprintf("%s/%dMiB", family, size/mib), func(b *testing.B) {
				f := defaultFilter()
				// Warm up: lingua loads a language's models on first use, which is not the
				// cost of the input. The 1 MiB input loads the ones its family needs (the
				// 8 MiB one runs after it).
				f.Clean("Warm up the detector with a sentence of ordinary text.")
				if size == mib {
					f.Clean(in)
				}
				b.SetBytes(int64(len(in)))
				b.ReportAllocs()
				var res Result
				clock := benchcpu.Start()
				for b.Loop() {
					res = f.Clean(in)
				}
				clock.Report(b, len(in)) // the per-core rate, whatever else runs
				removed := 0
				for _, r := range res.Removed {
					removed += len(r.Text)
				}
				b.ReportMetric(float64(removed)/float64(len(in)), "removed/input")
				cold, warm := callAlloc(func() { f.Clean(in) })
				b.ReportMetric(float64(cold)/float64(len(in)), "alloc/input")
				b.ReportMetric(float64(warm)/float64(len(in)), "warm-alloc/input")
			})
		}
	}
}

// callAlloc returns the bytes one call of clean allocates, measured so that every run gives
// the same number (B/op does not: it depends on whether the tokenizers' sync.Pools survive
// the collections between iterations). cold is a call with every pool empty (two collections
// empty a sync.Pool), the cost on a fresh process and the one the target bounds; warm is the
// next call, with the pools holding what the first one put back, the steady state of a
// pipeline. The collector is off while they run, so nothing is dropped in between, and they
// run on one P.
func callAlloc(clean func()) (cold, warm uint64) {
	// One P: a pool's private slot belongs to a P, and a call that moved to another P would
	// miss what the last one put back.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	runtime.GC()
	runtime.GC()
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	var m0, m1, m2 runtime.MemStats
	runtime.ReadMemStats(&m0)
	clean()
	runtime.ReadMemStats(&m1)
	clean()
	runtime.ReadMemStats(&m2)
	return m1.TotalAlloc - m0.TotalAlloc, m2.TotalAlloc - m1.TotalAlloc
}

// TestAdversarialFamilies checks that every family is what its name says and that Clean keeps
// its promises on it, allocation included (at 1 MiB; the benchmark times 8 MiB too).
func TestAdversarialFamilies(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("1 MiB inputs; slow under -race")
	}
	for _, family := range adversarialFamilies {
		in := adversarial(family, mib)
		if len(in) < mib-4 || len(in) > mib {
			t.Fatalf("%s: %d bytes", family, len(in))
		}
		f := propFilter()
		res := f.Clean(in) // also loads the language models the family needs
		checkInvariants(t, in, res)
		// Memory: a call allocates at most 8× the input plus a constant, and on the promo
		// lines about 400 bytes more per reported removal (see the README's Limits).
		limit := 8*uint64(len(in)) + 1<<20
		if family == "promo-lines" {
			limit += 400 * uint64(len(res.Removed))
		}
		if cold, _ := callAlloc(func() { f.Clean(in) }); cold > limit {
			t.Errorf("%s: one call allocates %d bytes, %.1f× the input (limit %d)", family, cold, float64(cold)/float64(len(in)), limit)
		}
		switch family {
		case "identical-paragraphs":
			if len(res.Text) > len(in)/100 {
				t.Errorf("%s: %d bytes left of %d", family, len(res.Text), len(in))
			}
		case "promo-lines":
			if len(res.Text) > len(in)/100 {
				t.Errorf("%s: %d bytes left of %d", family, len(res.Text), len(in))
			}
		case "distinct-paragraphs", "one-line", "empty-lines":
			if len(res.Removed) > 0 {
				t.Errorf("%s: ordinary text removed: %+v", family, res.Removed[0])
			}
		}
	}
	big := adversarial("empty-lines", 8*mib)
	if n := strings.Count(big, "\n") - len(strings.FieldsFunc(big, func(r rune) bool { return r == '\n' })); n < 99000 {
		t.Errorf("empty-lines at 8 MiB has %d empty lines", n)
	}
}

// TestHeapFlat cleans 10,000 documents and checks that the live heap does not grow with
// them: Clean keeps nothing between calls.
func TestHeapFlat(t *testing.T) {
	n := 10000
	if testing.Short() || raceEnabled {
		n = 1000
	}
	f := propFilter()
	docs := robustDocs(200)
	heap := func() uint64 {
		runtime.GC()
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	var after []uint64
	for i := range n {
		f.Clean(docs[i%len(docs)])
		if (i+1)%(n/5) == 0 {
			after = append(after, heap())
		}
	}
	t.Logf("live heap after each fifth of %d documents: %v", n, after)
	// Steady state: the heap after the last fifth is not above the first by more than 4 MiB.
	if after[len(after)-1] > after[0]+4*mib {
		t.Errorf("heap grows: %v", after)
	}
}

// TestHeaderLineLimit checks that a header line of maxHeaderLine bytes goes to the metadata
// and a longer one does not, with each kind of line end (the meta stage looks for the end of
// a line no further than that).
func TestHeaderLineLimit(t *testing.T) {
	f := propFilter()
	for _, end := range []string{"\n", "\r\n", "\u2028", "\u2029", "\f"} {
		for _, n := range []int{maxHeaderLine, maxHeaderLine + 1} {
			line := "source: " + strings.Repeat("x", n-len("source: "))
			res := f.Clean(line + end + "Il sindaco ha parlato a lungo ieri sera.")
			_, took := res.Meta["source"]
			assert.Equal(t, n <= maxHeaderLine, took, "line of %d bytes ending %q", n, end)
			checkInvariants(t, line+end+"Il sindaco ha parlato a lungo ieri sera.", res)
		}
	}
}
