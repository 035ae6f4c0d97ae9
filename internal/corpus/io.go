package corpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// FileName is the name of a language's generated file inside the corpus directory.
func FileName(lang string) string { return lang + ".jsonl" }

// Decode reads JSON Lines documents. Blank lines are skipped; a malformed line is an error
// naming its number.
func Decode(r io.Reader) ([]Doc, error) {
	var docs []Doc
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var d Doc
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			return nil, fmt.Errorf("corpus: line %d: %w", n, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	return docs, nil
}

// ReadFile reads one JSON Lines file of documents.
func ReadFile(name string) ([]Doc, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	defer f.Close()
	docs, err := Decode(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return docs, nil
}

// ReadDir reads every <lang>.jsonl file of dir, in file name order.
func ReadDir(dir string) ([]Doc, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("corpus: no *.jsonl files in %s", dir)
	}
	slices.Sort(names)
	var docs []Doc
	for _, name := range names {
		ds, err := ReadFile(name)
		if err != nil {
			return nil, err
		}
		docs = append(docs, ds...)
	}
	return docs, nil
}
