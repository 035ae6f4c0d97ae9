// Command newsclean-langeval measures language detection on the project's labelled corpus:
// the accuracy of langdetect per language on paragraphs and on documents, its agreement with
// the naive baseline (lingua over the whole document, every language, the default builder),
// and the off-language paragraph removal of filter.Clean: false removals in documents of one
// language, and the share of injected paragraphs of another language that go.
//
// Usage:
//
//	go run ./cmd/newsclean-langeval [-corpus testdata/corpus/src] [-docs FILE.jsonl] [-baseline] [-v]
//
// The corpus has one folder per language with news.txt (one paragraph per line) and, for some
// languages, tricky.txt (legitimate paragraphs that look like spam). Documents are runs of two
// to five consecutive paragraphs. With -docs, JSON Lines documents ({"lang", "text"}) are
// measured too. The exit status is 1 when a language of the corpus is below -min accuracy.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsclean/newsclean/filter"
	"github.com/newsclean/newsclean/langdetect"
	"github.com/pemistahl/lingua-go"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

type config struct {
	corpus, docs string
	baseline     bool
	verbose      bool
	min          float64
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("newsclean-langeval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c config
	fs.StringVar(&c.corpus, "corpus", "testdata/corpus/src", "the corpus: one folder per language with news.txt")
	fs.StringVar(&c.docs, "docs", "", `JSON Lines documents {"lang", "text"} to measure as well`)
	fs.BoolVar(&c.baseline, "baseline", false, "compare with lingua over the whole document, every language (slow)")
	fs.BoolVar(&c.verbose, "v", false, "print every miss")
	fs.Float64Var(&c.min, "min", 0.995, "the accuracy every language must reach")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	langs, err := loadCorpus(c.corpus)
	if err != nil {
		fmt.Fprintln(stderr, "newsclean-langeval:", err)
		return 1
	}
	var base lingua.LanguageDetector
	if c.baseline {
		base = lingua.NewLanguageDetectorBuilder().FromAllLanguages().Build()
	}
	ok := evalCorpus(c, langs, base, stdout)
	evalOffLanguage(c, langs, stdout)
	if c.docs != "" {
		docs, err := loadDocs(c.docs)
		if err != nil {
			fmt.Fprintln(stderr, "newsclean-langeval:", err)
			return 1
		}
		evalDocs(c, docs, base, stdout)
	}
	if !ok {
		return 1
	}
	return 0
}

// language is one language of the corpus.
type language struct {
	code   string
	paras  []string // news.txt
	tricky []string // tricky.txt, legitimate paragraphs too
	docs   []string
}

func loadCorpus(dir string) ([]language, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*", "news.txt"))
	if err != nil {
		return nil, err
	}
	var out []language
	for _, f := range files {
		l := language{code: filepath.Base(filepath.Dir(f))}
		if l.paras, err = lines(f); err != nil {
			return nil, err
		}
		if len(l.paras) == 0 {
			continue
		}
		l.tricky, _ = lines(filepath.Join(filepath.Dir(f), "tricky.txt"))
		for i, k := 0, 2; i < len(l.paras); i, k = i+k, k%4+2 {
			l.docs = append(l.docs, strings.Join(l.paras[i:min(i+k, len(l.paras))], "\n\n"))
		}
		out = append(out, l)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no news.txt under %s", dir)
	}
	return out, nil
}

func lines(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out, nil
}

type doc struct{ Lang, Text string }

func loadDocs(path string) ([]doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []doc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		var d doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, d)
	}
	return out, sc.Err()
}

func code(l lingua.Language) string {
	if l == lingua.Unknown {
		return ""
	}
	return strings.ToLower(l.IsoCode639_1().String())
}

func pct(a, n int) string {
	if n == 0 {
		return "     -"
	}
	return fmt.Sprintf("%6.2f", 100*float64(a)/float64(n))
}

// evalCorpus prints per-language accuracy on paragraphs and documents; it reports whether
// every language reached c.min on both.
func evalCorpus(c config, langs []language, base lingua.LanguageDetector, w io.Writer) bool {
	det := langdetect.Default()
	fmt.Fprintf(w, "%-4s %6s %7s %6s %6s %7s %7s %7s %8s\n", "lang", "paras", "acc%", "undec", "docs", "acc%", "base%", "agree%", "MB/s")
	ok := true
	var tp, ap, td, ad, tb, ab, tg, ag int
	var bytes int
	var spent time.Duration
	for _, l := range langs {
		right, undecided := 0, 0
		for _, p := range append(append([]string{}, l.paras...), l.tricky...) {
			start := time.Now()
			g := det.Detect(p)
			spent += time.Since(start)
			bytes += len(p)
			switch g.Lang {
			case l.code:
				right++
			case "":
				undecided++
			}
			if g.Lang != l.code && c.verbose {
				fmt.Fprintf(w, "  miss %s paragraph -> %q %.3f: %.100s\n", l.code, g.Lang, g.Confidence, p)
			}
		}
		np := len(l.paras) + len(l.tricky)
		dright, bright, agree, nagree := 0, 0, 0, 0
		for _, d := range l.docs {
			start := time.Now()
			g := det.Detect(d)
			spent += time.Since(start)
			bytes += len(d)
			if g.Lang == l.code {
				dright++
			} else if c.verbose {
				fmt.Fprintf(w, "  miss %s document -> %q %.3f: %.100s\n", l.code, g.Lang, g.Confidence, d)
			}
			if base != nil {
				bl, _ := base.DetectLanguageOf(d)
				if code(bl) == l.code {
					bright++
				}
				if utf8.RuneCountInString(d) >= 200 {
					nagree++
					if code(bl) == g.Lang {
						agree++
					} else if c.verbose {
						fmt.Fprintf(w, "  disagree %s: ours %q, lingua %q: %.100s\n", l.code, g.Lang, code(bl), d)
					}
				}
			}
		}
		if float64(right) < c.min*float64(np) || float64(dright) < c.min*float64(len(l.docs)) {
			ok = false
		}
		bs, as := "      -", "      -"
		if base != nil {
			bs, as = " "+pct(bright, len(l.docs)), " "+pct(agree, nagree)
		}
		fmt.Fprintf(w, "%-4s %6d  %s %6d %6d  %s %s %s\n", l.code, np, pct(right, np), undecided, len(l.docs), pct(dright, len(l.docs)), bs, as)
		tp, ap, td, ad, tb, ab, tg, ag = tp+np, ap+right, td+len(l.docs), ad+dright, tb+len(l.docs), ab+bright, tg+nagree, ag+agree
	}
	bs, as := "      -", "      -"
	if base != nil {
		bs, as = " "+pct(ab, tb), " "+pct(ag, tg)
	}
	fmt.Fprintf(w, "%-4s %6d  %s %6s %6d  %s %s %s %8.2f\n", "all", tp, pct(ap, tp), "", td, pct(ad, td), bs, as, float64(bytes)/1e6/spent.Seconds())
	return ok
}

// evalOffLanguage cleans documents of one language with filter.Clean and counts paragraphs
// removed as off-language (false removals), then injects one paragraph of another language
// into each document and counts how often it goes (recall), and finally glues a one-sentence
// quote in another language into a paragraph and counts how often that paragraph goes.
func evalOffLanguage(c config, langs []language, w io.Writer) {
	legit, falseRemoved := 0, 0
	injected, caught := 0, 0
	quoted, quoteRemoved := 0, 0
	for li, l := range langs {
		docs := append([]string{}, l.docs...)
		if len(l.tricky) > 0 {
			for i := 0; i < len(l.tricky); i += 3 {
				docs = append(docs, strings.Join(l.tricky[i:min(i+3, len(l.tricky))], "\n\n"))
			}
		}
		for di, d := range docs {
			res := filter.Clean(d)
			legit += strings.Count(d, "\n\n") + 1
			for _, r := range res.Removed {
				if r.Stage == filter.StageLanguage {
					falseRemoved++
					if c.verbose {
						fmt.Fprintf(w, "  false off-language in %s: %v %.100s\n", l.code, r.Evidence, r.Text)
					}
				}
			}
			// Another language's paragraph in the middle of the document.
			other := langs[(li+1+di)%len(langs)]
			if other.code == l.code {
				continue
			}
			foreign := other.paras[di%len(other.paras)]
			parts := strings.Split(d, "\n\n")
			if len(parts) < 2 {
				continue
			}
			mixed := strings.Join(append(append(append([]string{}, parts[:1]...), foreign), parts[1:]...), "\n\n")
			injected++
			res = filter.Clean(mixed)
			if removedAs(res, filter.StageLanguage, foreign) {
				caught++
			} else if c.verbose {
				fmt.Fprintf(w, "  kept %s paragraph in %s document (%s): %.80s\n", other.code, l.code, res.Language, foreign)
			}
			// A quote of one sentence in another language, inside a paragraph.
			q := firstSentence(foreign)
			if q == "" {
				continue
			}
			parts[0] = parts[0] + " «" + q + "»"
			quoted++
			withQuote := strings.Join(parts, "\n\n")
			res = filter.Clean(withQuote)
			if removedAs(res, filter.StageLanguage, parts[0]) {
				quoteRemoved++
				if c.verbose {
					fmt.Fprintf(w, "  quote paragraph removed in %s: %.120s\n", l.code, parts[0])
				}
			}
		}
	}
	fmt.Fprintf(w, "\noff-language: %d legitimate paragraphs, %d removed (%s%%); %d injected foreign paragraphs, %d removed (%s%%); %d paragraphs with a foreign quote, %d removed\n",
		legit, falseRemoved, strings.TrimSpace(pct(falseRemoved, legit)), injected, caught, strings.TrimSpace(pct(caught, injected)), quoted, quoteRemoved)
}

// removedAs reports whether a removal of the given stage took text, or part of it.
func removedAs(res filter.Result, stage, text string) bool {
	for _, r := range res.Removed {
		if r.Stage == stage && strings.Contains(text, r.Text) {
			return true
		}
	}
	return false
}

func firstSentence(p string) string {
	for i := 0; i < len(p); i++ {
		if (p[i] == '.' || p[i] == '?' || p[i] == '!') && (i+1 == len(p) || p[i+1] == ' ') && i > 30 {
			return p[:i+1]
		}
	}
	return ""
}

// evalDocs measures Clean on labelled documents: language accuracy per language, agreement
// with the baseline, and the paragraphs removed as off-language.
func evalDocs(c config, docs []doc, base lingua.LanguageDetector, w io.Writer) {
	type tally struct{ n, right, agree, nagree, off int }
	per := map[string]*tally{}
	var bytes int
	var spent time.Duration
	for _, d := range docs {
		t := per[d.Lang]
		if t == nil {
			t = &tally{}
			per[d.Lang] = t
		}
		start := time.Now()
		res := filter.Clean(d.Text)
		spent += time.Since(start)
		bytes += len(d.Text)
		t.n++
		if res.Language == d.Lang {
			t.right++
		} else if c.verbose {
			fmt.Fprintf(w, "  miss %s document -> %q %.3f\n", d.Lang, res.Language, res.Confidence)
		}
		for _, r := range res.Removed {
			if r.Stage == filter.StageLanguage {
				t.off++
				if c.verbose {
					fmt.Fprintf(w, "  off-language in %s: %v %.100s\n", d.Lang, r.Evidence, r.Text)
				}
			}
		}
		if base != nil && utf8.RuneCountInString(d.Text) >= 200 {
			bl, _ := base.DetectLanguageOf(d.Text)
			t.nagree++
			if code(bl) == res.Language {
				t.agree++
			}
		}
	}
	codes := make([]string, 0, len(per))
	for k := range per {
		codes = append(codes, k)
	}
	sort.Strings(codes)
	fmt.Fprintf(w, "\n%s: Clean at %.2f MB/s\n%-4s %6s %7s %7s %5s\n", c.docs, float64(bytes)/1e6/spent.Seconds(), "lang", "docs", "acc%", "agree%", "off")
	var all tally
	for _, k := range codes {
		t := per[k]
		fmt.Fprintf(w, "%-4s %6d  %s  %s %5d\n", k, t.n, pct(t.right, t.n), pct(t.agree, t.nagree), t.off)
		all.n, all.right, all.agree, all.nagree, all.off = all.n+t.n, all.right+t.right, all.agree+t.agree, all.nagree+t.nagree, all.off+t.off
	}
	fmt.Fprintf(w, "%-4s %6d  %s  %s %5d\n", "all", all.n, pct(all.right, all.n), pct(all.agree, all.nagree), all.off)
}
