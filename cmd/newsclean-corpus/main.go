// Command newsclean-corpus generates the labelled evaluation corpus testdata/corpus/<lang>.jsonl
// from the project's source text in testdata/corpus/src (see package internal/corpus).
//
// Usage, from the repository root:
//
//	go run ./cmd/newsclean-corpus            # rewrite testdata/corpus/*.jsonl
//	go run ./cmd/newsclean-corpus -check     # exit 1 if the files differ from a fresh run
//
// The output is deterministic: the same sources always give the same files.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/newsclean/newsclean/internal/corpus"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("newsclean-corpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	src := fs.String("src", "testdata/corpus/src", "source directory with one folder per language")
	out := fs.String("out", "testdata/corpus", "directory the <lang>.jsonl files are written to")
	check := fs.Bool("check", false, "write nothing; exit 1 if a file differs from a fresh run")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	source, err := corpus.LoadSource(os.DirFS(*src))
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	docs, err := corpus.Generate(source)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	langs := make([]string, 0, len(docs))
	for l := range docs {
		langs = append(langs, l)
	}
	slices.Sort(langs)
	status := 0
	for _, l := range langs {
		b, err := corpus.Encode(docs[l])
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		name := filepath.Join(*out, corpus.FileName(l))
		if *check {
			old, err := os.ReadFile(name)
			if err != nil || !bytes.Equal(old, b) {
				fmt.Fprintf(stderr, "%s: out of date; run go run ./cmd/newsclean-corpus\n", name)
				status = 1
			}
			continue
		}
		if err := os.WriteFile(name, b, 0o644); err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		fmt.Fprintf(stdout, "%s: %d documents\n", name, len(docs[l]))
	}
	return status
}
