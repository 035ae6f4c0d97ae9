// Command newsclean-eval measures newsclean on labelled documents: the project's corpus
// (testdata/corpus/*.jsonl, see package internal/corpus) and, when present, the realworld
// documents of ../shared/realworld/eval_docs.jsonl. It runs the default filter's CleanDoc in-process and prints,
// per language, the recall on injected lines (own line and glued inline), the legitimate
// sentences lost, the tricky paragraphs kept, the dedupe recall (faq, anchor), the off-language
// paragraphs removed and the language accuracy; then the recall per kind of injected line.
// With ../shared/realworld/spam_lines.jsonl present, it also builds two documents of each of
// its lines in the eight main languages, from that folder's clean paragraphs (see lineDocs):
// a wider measure of real boilerplate than the labelled documents hold.
// The scoring rules are those of the realworld score.py.
//
// Usage, from the repository root:
//
//	go run ./cmd/newsclean-eval                 # tables
//	go run ./cmd/newsclean-eval -v              # and the failures, with what removed a lost sentence
//	go run ./cmd/newsclean-eval -json           # one JSON report per document set
//	go run ./cmd/newsclean-eval -lang de,fr -v  # only these languages
//
// Exit status 1 means the documents could not be read; poor numbers are not an error.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/newsclean/newsclean/filter"
	"github.com/newsclean/newsclean/internal/corpus"
)

const (
	defaultRealworld = "../shared/realworld/eval_docs.jsonl"
	defaultLines     = "../shared/realworld/spam_lines.jsonl"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// cleaner returns a corpus.Cleaner over f: each document goes through f.CleanDoc, as a scraper
// would send it (no URL, no store).
func cleaner(f *filter.Filter) corpus.Cleaner {
	return func(text string) corpus.Outcome {
		res := f.CleanDoc(filter.Doc{Text: text})
		o := corpus.Outcome{Text: res.Text, Language: res.Language}
		for _, r := range res.Removed {
			o.Removed = append(o.Removed, corpus.Removal{Stage: r.Stage, Reason: r.Reason, Text: r.Text})
		}
		return o
	}
}

type set struct {
	Name   string         `json:"name"`
	Path   string         `json:"path"`
	Secs   float64        `json:"seconds"`
	Report *corpus.Report `json:"report"`
}

func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("newsclean-eval", flag.ContinueOnError)
	fl.SetOutput(stderr)
	dir := fl.String("corpus", "testdata/corpus", "directory of <lang>.jsonl labelled documents; empty to skip")
	real := fl.String("realworld", defaultRealworld, "labelled realworld documents (measured only when the file exists); empty to skip")
	asJSON := fl.Bool("json", false, "print JSON reports instead of tables")
	verbose := fl.Bool("v", false, "print failures: injected lines left, legitimate sentences lost, …")
	n := fl.Int("n", 12, "with -v, failures printed per metric")
	workers := fl.Int("workers", 0, "documents cleaned at once (default GOMAXPROCS)")
	lines := fl.String("lines", defaultLines, "real boilerplate lines, each put between and glued to real clean paragraphs (measured only when the file exists); empty to skip")
	start := fl.Bool("start", true, "also measure the lines glued before a paragraph's first sentence (with -lines)")
	langs := fl.String("lang", "", "only documents in these languages, comma-separated (e.g. de,fr)")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	f, err := filter.New()
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	clean := cleaner(f)
	var sets []set
	if *dir != "" {
		docs, err := corpus.ReadDir(*dir)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		sets = append(sets, evaluate("corpus", *dir, only(docs, *langs), clean, *workers))
	}
	// The realworld sets are optional: measured where the shared folder exists, an error only
	// when a path given explicitly cannot be read.
	shared := []struct {
		name, path, def string
		load            func(string) ([]corpus.Doc, error)
	}{
		{"realworld", *real, defaultRealworld, func(path string) ([]corpus.Doc, error) {
			docs, err := corpus.ReadFile(path)
			if err == nil {
				labelKinds(docs, filepath.Join(filepath.Dir(path), "spam_lines.jsonl"))
				labelTricky(docs, filepath.Join(filepath.Dir(path), "clean_paragraphs.jsonl"))
			}
			return docs, err
		}},
		{"realworld lines", *lines, defaultLines, func(path string) ([]corpus.Doc, error) {
			return lineDocs(path, filepath.Join(filepath.Dir(path), "clean_paragraphs.jsonl"), false)
		}},
		{"realworld lines glued at the start", *lines, defaultLines, func(path string) ([]corpus.Doc, error) {
			return lineDocs(path, filepath.Join(filepath.Dir(path), "clean_paragraphs.jsonl"), true)
		}},
	}
	if !*start {
		shared = shared[:len(shared)-1]
	}
	for _, set := range shared {
		if set.path == "" {
			continue
		}
		docs, err := set.load(set.path)
		switch {
		case errors.Is(err, fs.ErrNotExist) && set.path == set.def:
		case err != nil:
			fmt.Fprintln(stderr, err)
			return 1
		default:
			sets = append(sets, evaluate(set.name, set.path, only(docs, *langs), clean, *workers))
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		for _, s := range sets {
			if !*verbose {
				s.Report.Examples = nil
			}
			if err := enc.Encode(s); err != nil {
				fmt.Fprintln(stderr, err)
				return 1
			}
		}
		return 0
	}
	for i, s := range sets {
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		fmt.Fprintf(stdout, "== %s: %s, %d documents, %.1fs\n", s.Name, s.Path, s.Report.Docs, s.Secs)
		s.Report.WriteTable(stdout, s.Report.LangOrder(corpus.Main...))
		fmt.Fprintln(stdout)
		s.Report.WriteKinds(stdout)
		if *verbose {
			fmt.Fprintln(stdout)
			s.Report.WriteExamples(stdout, *n)
		}
	}
	return 0
}

func evaluate(name, path string, docs []corpus.Doc, clean corpus.Cleaner, workers int) set {
	start := time.Now()
	rep := corpus.Evaluate(docs, clean, workers)
	return set{Name: name, Path: path, Secs: time.Since(start).Seconds(), Report: rep}
}

// labelTricky marks, in documents without tricky labels, the kept paragraphs that a
// clean_paragraphs.jsonl file ({"text", "tricky"} rows) next to them flags as tricky, when
// there is one, so "tricky paragraphs kept" is measured on them too.
func labelTricky(docs []corpus.Doc, name string) {
	f, err := os.Open(name)
	if err != nil {
		return
	}
	defer f.Close()
	tricky := map[string]bool{}
	dec := json.NewDecoder(f)
	for {
		var row struct {
			Text   string
			Tricky bool
		}
		if err := dec.Decode(&row); err != nil {
			break
		}
		if row.Tricky {
			tricky[corpus.Norm(row.Text)] = true
		}
	}
	for i := range docs {
		lab := &docs[i].Labels
		if len(lab.Tricky) > 0 {
			continue
		}
		for _, p := range lab.Keep {
			if tricky[corpus.Norm(p)] {
				lab.Tricky = append(lab.Tricky, p)
			}
		}
	}
}

// only returns the documents in one of the comma-separated languages, or all when langs is "".
func only(docs []corpus.Doc, langs string) []corpus.Doc {
	if langs == "" {
		return docs
	}
	want := strings.Split(langs, ",")
	var out []corpus.Doc
	for _, d := range docs {
		if slices.Contains(want, d.Lang) {
			out = append(out, d)
		}
	}
	return out
}

// labelKinds fills the spam kinds of documents that have none from a spam_lines.jsonl file
// ({"text", "kind"} rows) next to them, when there is one, so recall per kind can be printed.
func labelKinds(docs []corpus.Doc, name string) {
	f, err := os.Open(name)
	if err != nil {
		return
	}
	defer f.Close()
	kinds := map[string]string{}
	dec := json.NewDecoder(f)
	for {
		var row struct{ Text, Kind string }
		if err := dec.Decode(&row); err != nil {
			break
		}
		kinds[corpus.Norm(row.Text)] = row.Kind
	}
	for i := range docs {
		lab := &docs[i].Labels
		if len(lab.SpamKinds) == len(lab.Spam) {
			continue
		}
		lab.SpamKinds = make([]string, len(lab.Spam))
		for j, s := range lab.Spam {
			lab.SpamKinds[j] = kinds[corpus.Norm(s)]
		}
	}
}

// lineDocs builds labelled documents from a spam_lines.jsonl file ({"text", "lang", "kind"}
// rows) and a clean_paragraphs.jsonl file ({"text", "lang", "tricky"} rows): for the i-th line
// of a main language, one document with the line as a paragraph of its own after two clean
// paragraphs of its language and before a third (kind spam), one with the line glued with a
// space to the end of the second (kind spamin). With atStart, only the glued document, with
// the line glued before the second paragraph's first sentence instead. The clean paragraphs
// are picked by i, so the documents are the same on every run; every sentence of them must
// stay.
func lineDocs(linesFile, parasFile string, atStart bool) ([]corpus.Doc, error) {
	type row struct {
		Text, Lang, Kind string
		Tricky           bool
	}
	read := func(name string) ([]row, error) {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		var rows []row
		dec := json.NewDecoder(f)
		for {
			var r row
			if err := dec.Decode(&r); err == io.EOF {
				return rows, nil
			} else if err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			rows = append(rows, r)
		}
	}
	lines, err := read(linesFile)
	if err != nil {
		return nil, err
	}
	rows, err := read(parasFile)
	if err != nil {
		return nil, err
	}
	paras := map[string][]string{}
	for _, r := range rows {
		if !r.Tricky {
			paras[r.Lang] = append(paras[r.Lang], r.Text)
		}
	}
	var docs []corpus.Doc
	i := 0
	for _, l := range lines {
		ps := paras[l.Lang]
		if !slices.Contains(corpus.Main, l.Lang) || len(ps) < 3 {
			continue
		}
		a, b, c := ps[i%len(ps)], ps[(i+7)%len(ps)], ps[(i+13)%len(ps)]
		lab := corpus.Labels{Spam: []string{l.Text}, SpamKinds: []string{l.Kind}, Keep: []string{a, b, c}}
		if atStart {
			docs = append(docs, corpus.Doc{ID: fmt.Sprintf("linestart-%s-%04d", l.Lang, i), Kind: corpus.KindSpamIn, Lang: l.Lang,
				Text: a + "\n\n" + l.Text + " " + b + "\n\n" + c + "\n", Labels: lab})
			i++
			continue
		}
		docs = append(docs,
			corpus.Doc{ID: fmt.Sprintf("line-%s-%04d", l.Lang, i), Kind: corpus.KindSpam, Lang: l.Lang,
				Text: a + "\n\n" + b + "\n\n" + l.Text + "\n\n" + c + "\n", Labels: lab},
			corpus.Doc{ID: fmt.Sprintf("linein-%s-%04d", l.Lang, i), Kind: corpus.KindSpamIn, Lang: l.Lang,
				Text: a + "\n\n" + b + " " + l.Text + "\n\n" + c + "\n", Labels: lab})
		i++
	}
	return docs, nil
}
