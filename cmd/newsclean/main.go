// Command newsclean cleans scraped news text: injected ads and boilerplate, repeated
// sentences, orphan headings and off-language paragraphs go; every removal is reported.
//
// Usage:
//
//	newsclean [flags] [FILE ...]
//
// It reads each FILE, or standard input when none is given. With --jsonl the input is JSON
// Lines, one {"id": …, "url": …, "text": …} object per line. Output is the cleaned text
// (--format text) or one JSON object per document (--format json, the default for --jsonl).
// The exit status is non-zero only for real errors: an unreadable file, a malformed JSONL line
// (reported with its line number; the other lines are still processed), a bad flag.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"syscall"

	"github.com/newsclean/newsclean/filter"
	"github.com/newsclean/newsclean/spam"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// output is the JSON object written per document.
type output struct {
	ID          any               `json:"id,omitempty"`
	URL         string            `json:"url,omitempty"`
	Text        string            `json:"text"`
	Language    string            `json:"language"`
	Confidence  float64           `json:"confidence"`
	Kept        bool              `json:"kept"`
	Reason      string            `json:"reason,omitempty"`
	Meta        map[string]string `json:"meta"`
	Removed     []filter.Removal  `json:"removed"`
	Warnings    []string          `json:"warnings,omitempty"`
	DuplicateOf string            `json:"duplicate_of,omitempty"`
	Similarity  float64           `json:"similarity,omitempty"`
}

type options struct {
	format  string
	jsonl   bool
	explain bool
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("newsclean", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: newsclean [flags] [FILE ...]\n\nCleans scraped news text; reads standard input when no FILE is given.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	format := fs.String("format", "", "output format: text or json (default text; json with --jsonl)")
	jsonl := fs.Bool("jsonl", false, `input is JSON Lines: one {"id","url","text"} object per line`)
	lang := fs.String("lang", "", "allowed languages, comma-separated ISO 639-1 codes (e.g. it,en); others get kept=false")
	explain := fs.Bool("explain", false, "print each removal and its reason on standard error")
	rules := fs.String("rules", "", "a spam rule file added to the built-in rules (format: see spam.ParseRules)")
	noBuiltin := fs.Bool("no-builtin-rules", false, "with --rules: use only the rules in the file")
	store := fs.String("store", "", "remember documents across the run for site boilerplate and syndicated copies: memory, or a Redis URL (redis://127.0.0.1:6379/0) that many processes share; implies --workers 1 unless set")
	scopeFrom := fs.String("scope-from", "url", "with --store, a document's site: url (the host of its \"url\") or none (all documents are one site)")
	dropDup := fs.Bool("drop-duplicates", false, "with --store, documents that nearly copy an earlier one get kept=false")
	bf := addBatchFlags(fs)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	o := options{format: *format, jsonl: *jsonl, explain: *explain}
	if o.format == "" {
		o.format = "text"
		if o.jsonl {
			o.format = "json"
		}
	}
	if o.format != "text" && o.format != "json" {
		fmt.Fprintf(stderr, "newsclean: --format must be text or json, not %q\n", o.format)
		return 2
	}
	if *bf.workers < 0 {
		fmt.Fprintf(stderr, "newsclean: --workers must be 0 (one per core) or more, not %d\n", *bf.workers)
		return 2
	}
	var fopts []filter.Option
	if *lang != "" {
		fopts = append(fopts, filter.WithLanguages(*lang))
	}
	if *rules != "" {
		f, err := os.Open(*rules)
		if err != nil {
			fmt.Fprintf(stderr, "newsclean: %v\n", err)
			return 2
		}
		rs, err := spam.ParseRules(f, *rules)
		f.Close()
		if err != nil {
			fmt.Fprintf(stderr, "newsclean: %v\n", err)
			return 2
		}
		sopts := []spam.Option{spam.WithRules(rs...)}
		if *noBuiltin {
			sopts = append(sopts, spam.WithoutBuiltins())
		}
		fopts = append(fopts, filter.WithSpamOptions(sopts...))
	}
	sopts, closeStore, err := storeOptions(*store, *scopeFrom, *dropDup) // store.go
	if err != nil {
		fmt.Fprintf(stderr, "newsclean: %v\n", err)
		return 2
	}
	defer closeStore()
	fopts = append(fopts, sopts...)
	if *store != "" && !flagSet(fs, "workers") {
		*bf.workers = 1 // documents reach the store in input order: reproducible results
	}
	flt, err := filter.New(fopts...)
	if err != nil {
		fmt.Fprintf(stderr, "newsclean: %v\n", err)
		return 2
	}
	w := bufio.NewWriterSize(stdout, 64*1024)
	p := &processor{f: flt, o: o, w: w, stderr: newConsole(stderr)}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	p.clean(inputs, stdin, stderr, bf) // batch.go
	if err := w.Flush(); err != nil && !isClosedPipe(err) {
		fmt.Fprintf(stderr, "newsclean: writing output: %v\n", err)
		p.failed = true
	}
	if p.failed {
		return 1
	}
	return 0
}

type processor struct {
	f      *filter.Filter
	o      options
	w      *bufio.Writer
	stderr io.Writer
	failed bool
	closed bool   // standard output went away (e.g. "| head"): stop quietly
	q      *queue // where document sends what it read (batch.go)
}

func (p *processor) file(name string, stdin io.Reader) {
	var r io.Reader = stdin
	display := "standard input"
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(p.stderr, "newsclean: %v\n", err)
			p.failed = true
			return
		}
		defer f.Close()
		r = f
		display = name
	}
	if p.o.jsonl {
		p.jsonLines(r, display)
		return
	}
	data, err := io.ReadAll(r)
	if err != nil {
		fmt.Fprintf(p.stderr, "newsclean: %s: %v\n", display, err)
		p.failed = true
		return
	}
	p.document(display, output{}, string(data), len(data))
}

type inputLine struct {
	ID   any     `json:"id"`
	URL  string  `json:"url"`
	Text *string `json:"text"`
}

func (p *processor) jsonLines(r io.Reader, display string) {
	br := bufio.NewReaderSize(r, 1<<20)
	for ln := 1; !p.closed; ln++ {
		line, err := br.ReadString('\n')
		if len(strings.TrimSpace(line)) > 0 {
			var in inputLine
			dec := json.NewDecoder(strings.NewReader(line))
			if derr := dec.Decode(&in); derr != nil {
				fmt.Fprintf(p.stderr, "newsclean: %s:%d: malformed JSON line: %v\n", display, ln, derr)
				p.failed = true
			} else if in.Text == nil {
				fmt.Fprintf(p.stderr, "newsclean: %s:%d: JSON object has no \"text\" string\n", display, ln)
				p.failed = true
			} else {
				p.document(fmt.Sprintf("%s:%d", display, ln), output{ID: in.ID, URL: in.URL}, *in.Text, len(line))
			}
		}
		if err == io.EOF {
			return
		}
		if err != nil {
			fmt.Fprintf(p.stderr, "newsclean: %s:%d: %v\n", display, ln, err)
			p.failed = true
			return
		}
	}
}

// document hands one document to the batch (batch.go), which cleans it and writes it out in
// input order; size is the bytes of input it was read from.
func (p *processor) document(display string, out output, text string, size int) {
	if p.closed || !p.q.push(job{display: display, out: out, text: text, size: size}, p.failed) {
		p.closed = true
	}
}

func isClosedPipe(err error) bool {
	return errors.Is(err, syscall.EPIPE) || errors.Is(err, os.ErrClosed)
}
