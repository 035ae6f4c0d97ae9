package filter

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/pemistahl/lingua-go"

	"github.com/newsclean/newsclean/internal/benchcpu"
)

// The language benchmarks compare Clean (with language detection on, the default) with the
// naive way to get a document's language: lingua's DetectLanguageOf over the whole document,
// every language, the default builder. They run side by side on the same documents:
//
//	go test ./filter -run '^$' -bench 'Clean|NaiveLingua' -benchtime 3x
//
// The documents are the project's corpus (testdata/corpus/src/<lang>/news.txt, paragraphs of
// one language joined into documents) and, when present, the real-world evaluation documents
// in ../../shared/realworld/eval_docs.jsonl.

// benchDoc is one document of a benchmark set.
type benchDoc struct {
	lang, text string
}

// corpusDocs builds documents from testdata/corpus/src/<lang>/news.txt: runs of two to five
// consecutive paragraphs of one language, joined by blank lines.
func corpusDocs(tb testing.TB) []benchDoc {
	tb.Helper()
	files, _ := filepath.Glob("../testdata/corpus/src/*/news.txt")
	var docs []benchDoc
	for _, f := range files {
		lang := filepath.Base(filepath.Dir(f))
		paras := readLines(tb, f)
		for i, k := 0, 2; i < len(paras); i, k = i+k, k%4+2 {
			j := min(i+k, len(paras))
			docs = append(docs, benchDoc{lang, strings.Join(paras[i:j], "\n\n")})
		}
	}
	if len(docs) == 0 {
		tb.Skip("no corpus under testdata/corpus/src")
	}
	return docs
}

func readLines(tb testing.TB, path string) []string {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

const realworldDocs = "../../shared/realworld/eval_docs.jsonl"

// realworldBenchDocs reads the real-world evaluation documents, or skips when they are absent.
func realworldBenchDocs(tb testing.TB) []benchDoc {
	tb.Helper()
	f, err := os.Open(realworldDocs)
	if err != nil {
		tb.Skip("no " + realworldDocs)
	}
	defer f.Close()
	var docs []benchDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var d struct{ Lang, Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, benchDoc{d.Lang, d.Text})
	}
	return docs
}

func totalBytes(docs []benchDoc) int64 {
	n := 0
	for _, d := range docs {
		n += len(d.text)
	}
	return int64(n)
}

var benchSets = []struct {
	name string
	load func(testing.TB) []benchDoc
}{
	{"corpus", corpusDocs},
	{"realworld", realworldBenchDocs},
}

// BenchmarkClean cleans every document of a set per iteration with the default Filter, and,
// as "<set>/single-pass", with WithSettle(false): the difference is what the settle pass
// (settle.go) costs.
func BenchmarkClean(b *testing.B) {
	single, err := New(WithSettle(false))
	if err != nil {
		b.Fatal(err)
	}
	for _, set := range benchSets {
		b.Run(set.name, func(b *testing.B) { benchClean(b, set.load(b), defaultFilter()) })
		b.Run(set.name+"/single-pass", func(b *testing.B) { benchClean(b, set.load(b), single) })
	}
}

func benchClean(b *testing.B, docs []benchDoc, f *Filter) {
	f.Clean(docs[0].text) // the one-time set-up is not what we measure
	b.SetBytes(totalBytes(docs))
	b.ReportAllocs()
	b.ResetTimer()
	right, removed := 0, 0
	clock := benchcpu.Start()
	for range b.N {
		right, removed = 0, 0
		for _, d := range docs {
			res := f.Clean(d.text)
			if res.Language == d.lang {
				right++
			}
			removed += len(d.text) - len(res.Text)
		}
	}
	b.StopTimer() // what follows is neither timed nor in B/op
	clock.Report(b, int(totalBytes(docs)))
	b.ReportMetric(float64(right)/float64(len(docs)), "lang-acc")
	b.ReportMetric(float64(removed)/float64(totalBytes(docs)), "removed-frac")
	// Bytes allocated per input byte by one pass over the set, from empty pools: the same on
	// every run, unlike B/op (see callAlloc).
	cold, _ := callAlloc(func() {
		for _, d := range docs {
			f.Clean(d.text)
		}
	})
	b.ReportMetric(float64(cold)/float64(totalBytes(docs)), "alloc/input")
}

var naiveDetector = sync.OnceValue(func() lingua.LanguageDetector {
	return lingua.NewLanguageDetectorBuilder().FromAllLanguages().Build()
})

// BenchmarkNaiveLingua is the baseline: lingua over each whole document, every language, the
// default builder.
func BenchmarkNaiveLingua(b *testing.B) {
	for _, set := range benchSets {
		b.Run(set.name, func(b *testing.B) {
			docs := set.load(b)
			det := naiveDetector()
			det.DetectLanguageOf(docs[0].text)
			b.SetBytes(totalBytes(docs))
			b.ReportAllocs()
			b.ResetTimer()
			right := 0
			for range b.N {
				right = 0
				for _, d := range docs {
					l, _ := det.DetectLanguageOf(d.text)
					if strings.EqualFold(l.IsoCode639_1().String(), d.lang) {
						right++
					}
				}
			}
			b.ReportMetric(float64(right)/float64(len(docs)), "lang-acc")
		})
	}
}

// BenchmarkCleanNoLanguage is Clean without off-language paragraphs, to show what the
// document-level detection costs on its own.
func BenchmarkCleanNoOffLanguage(b *testing.B) {
	f, err := New(WithOffLanguageParagraphs(false))
	if err != nil {
		b.Fatal(err)
	}
	for _, set := range benchSets {
		b.Run(set.name, func(b *testing.B) {
			docs := set.load(b)
			f.Clean(docs[0].text)
			b.SetBytes(totalBytes(docs))
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				for _, d := range docs {
					f.Clean(d.text)
				}
			}
		})
	}
}

// BenchmarkLanguageStage runs only the language stage (document language and off-language
// paragraphs) over segmented documents: what language detection adds to Clean.
func BenchmarkLanguageStage(b *testing.B) {
	f := defaultFilter()
	for _, set := range benchSets {
		b.Run(set.name, func(b *testing.B) {
			docs := set.load(b)
			segmented := make([]*document, len(docs))
			for i, d := range docs {
				segmented[i] = newDocument(d.text)
				segmented[i].segment(0)
			}
			f.languageStage(segmented[0])
			b.SetBytes(totalBytes(docs))
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				for _, d := range segmented {
					f.languageStage(d)
				}
			}
		})
	}
}
