package dedupe

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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
			c0 := cpuTime()
			for b.Loop() {
				removed = len(Default.FindUnits(units))
			}
			reportCPU(b, n, cpuTime()-c0)
			b.ReportMetric(float64(removed)/float64(len(units)), "removed/unit")
		})
	}
}

// reportCPU reports MB per CPU second ("cpu-MB/s"): throughput per core whatever else runs
// on the machine.
func reportCPU(b *testing.B, bytesPerOp int, cpu time.Duration) {
	if cpu > 0 && b.N > 0 {
		b.ReportMetric(float64(bytesPerOp)*float64(b.N)/cpu.Seconds()/1e6, "cpu-MB/s")
	}
}
