package dedupe

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/internal/benchcpu"
	"github.com/newsclean/newsclean/internal/text"
)

// benchUnits splits text into units the way the filter does: paragraphs, then sentences.
func benchUnits(s string) ([]Unit, int) {
	var us []Unit
	n := 0
	for pi, p := range text.Paragraphs(s) {
		for _, sp := range text.Sentences(s, p) {
			us = append(us, Unit{Text: sp.Of(s), Para: pi})
			n += sp.Len()
		}
	}
	return us, n
}

// benchDocs are the seed article (real scraped text with the FAQ repeats) and a long
// document made of the corpus's news paragraphs of all languages, each appearing twice.
func benchDocs(b *testing.B) map[string]string {
	docs := map[string]string{}
	if seed, err := os.ReadFile("../testdata/seeds/000_d6e3d779cc4e61ef.txt"); err == nil {
		docs["seed"] = string(seed)
	}
	files, _ := filepath.Glob("../testdata/corpus/src/*/news.txt")
	var long strings.Builder
	for _, f := range files {
		if data, err := os.ReadFile(f); err == nil {
			long.Write(data)
			long.WriteString("\n")
		}
	}
	if long.Len() > 0 {
		docs["corpus-x2"] = long.String() + "\n" + long.String()
	}
	if len(docs) == 0 {
		b.Skip("no seed or corpus text")
	}
	return docs
}

func BenchmarkFind(b *testing.B) {
	for _, name := range []string{"seed", "corpus-x2"} {
		s, ok := benchDocs(b)[name]
		if !ok {
			continue
		}
		units, n := benchUnits(s)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			removed := 0
			clock := benchcpu.Start()
			for b.Loop() {
				removed = len(Default.FindUnits(units))
			}
			clock.Report(b, n)
			b.ReportMetric(float64(removed)/float64(len(units)), "removed/unit")
		})
	}
}

// BenchmarkFindAlloc measures what FindUnits allocates per byte of input ("alloc/input") on
// documents of the shapes of the filter's adversarial families, with its pooled scratch
// emptied before every call (cold, as after a GC) and kept (warm, the steady state):
//
//	go test ./dedupe -run '^$' -bench FindAlloc -benchtime 4x -benchmem
func BenchmarkFindAlloc(b *testing.B) {
	corpus, ok := benchDocs(b)["corpus-x2"]
	if !ok {
		b.Skip("no corpus")
	}
	const size = 1 << 20
	repeat := func(unit, sep string) string {
		var s strings.Builder
		for s.Len() < size {
			s.WriteString(unit)
			s.WriteString(sep)
		}
		return s.String()
	}
	half := corpus[:len(corpus)/2]
	var letters strings.Builder
	for i := 0; letters.Len() < size; i++ {
		c := byte('a' + i%26)
		if i%9 == 8 {
			c = ' '
		}
		letters.WriteByte(c)
		letters.WriteByte(0x80 | byte(i%64))
	}
	shapes := []struct{ name, text string }{
		{"one-line", strings.ReplaceAll(half, "\n", " ")},
		{"empty-lines", repeat(strings.ReplaceAll(half, ". ", ".\n\n\n"), "\n\n")},
		{"identical-paragraphs", repeat(strings.ReplaceAll(half[:1700], "\n", " "), "\n\n")},
		{"corpus-x2", corpus},
		{"one-letter-words", letters.String()},
	}
	// "reference" is the matcher before the memory work (reference_test.go), for comparison.
	finders := []struct {
		name string
		find func([]Unit)
	}{
		{"new", func(us []Unit) { Default.FindUnits(us) }},
		{"reference", func(us []Unit) { Default.refFindUnits(us, false) }},
	}
	for _, sh := range shapes {
		units, n := benchUnits(sh.text)
		for _, f := range finders {
			for _, cold := range []bool{true, false} {
				name := sh.name + "/warm/" + f.name
				if cold {
					name = sh.name + "/cold/" + f.name
				}
				b.Run(name, func(b *testing.B) {
					benchAlloc(b, units, n, cold, f.find)
				})
			}
		}
	}
}

func benchAlloc(b *testing.B, units []Unit, n int, cold bool, find func([]Unit)) {
	b.SetBytes(int64(n))
	b.ReportAllocs()
	var before, after runtime.MemStats
	var total uint64
	find(units) // fills the pool for the warm runs
	for b.Loop() {
		if cold {
			b.StopTimer()
			runtime.GC() // twice: a pool keeps its items for one GC
			runtime.GC()
			b.StartTimer()
		}
		runtime.ReadMemStats(&before)
		find(units)
		runtime.ReadMemStats(&after)
		total += after.TotalAlloc - before.TotalAlloc
	}
	b.ReportMetric(float64(total)/float64(b.N)/float64(n), "alloc/input")
}
