package filtertest

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsclean/newsclean/filter"
)

func init() {
	// A package initialized before this one may have defined -update already; then Golden
	// follows that flag.
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files (filtertest.Golden) instead of comparing with them")
	}
}

// Update reports whether the test binary runs with -update. filtertest defines the -update
// flag unless a package initialized before it did; a test package of yours that wants -update
// for its own golden files must read it through Update rather than define it again (the flag
// package panics on a second definition).
func Update() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// Golden file names in each case directory.
const (
	GoldenInput  = "input.txt"  // the text to clean, as your scraper or extractor left it
	GoldenWant   = "want.txt"   // the cleaned text
	GoldenReport = "report.txt" // the verdict and every removal, one per line
)

// Golden cleans dir/<case>/input.txt for every case directory under dir and compares the
// result with want.txt (the cleaned text) and report.txt (verdict, language, and one line per
// removal: stage/reason and the quoted text), in a subtest per case. With `go test -update` it
// writes both files instead; review the diff and commit them. Cleaning uses New(t, opts...).
//
// report.txt leaves out the confidence and the evidence, which move with every tuning of the
// detector or the rules without changing what is removed.
func Golden(t *testing.T, dir string, opts ...filter.Option) {
	t.Helper()
	f := New(t, opts...)
	cases, err := goldenCases(dir)
	if err != nil {
		t.Fatalf("filtertest.Golden: %v", err)
	}
	if len(cases) == 0 {
		t.Fatalf("filtertest.Golden: no case in %s (want %s/<case>/%s)", dir, dir, GoldenInput)
	}
	for _, c := range cases {
		t.Run(filepath.Base(c), func(t *testing.T) { goldenCase(t, f, c, Update()) })
	}
}

// goldenCases lists the directories under dir that hold an input file.
func goldenCases(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		c := filepath.Join(dir, e.Name())
		if _, err := os.Stat(filepath.Join(c, GoldenInput)); err == nil {
			out = append(out, c)
		}
	}
	return out, nil
}

// GoldenReportText is the content of report.txt for res.
func GoldenReportText(res filter.Result) string {
	var b strings.Builder
	if res.Kept {
		b.WriteString("kept\n")
	} else {
		fmt.Fprintf(&b, "not kept: %s\n", res.Reason)
	}
	fmt.Fprintf(&b, "language: %s\n", res.Language)
	for k, v := range sortedMeta(res.Meta) {
		fmt.Fprintf(&b, "meta: %s=%q\n", k, v)
	}
	for _, r := range res.Removed {
		fmt.Fprintf(&b, "%s/%s %q\n", r.Stage, r.Reason, r.Text)
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(&b, "warning: %s\n", w)
	}
	return b.String()
}

func sortedMeta(m map[string]string) func(func(string, string) bool) {
	return func(yield func(string, string) bool) {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

// goldenCase checks (or with update, writes) one case directory.
func goldenCase(t testing.TB, f *filter.Filter, dir string, update bool) {
	t.Helper()
	in, err := os.ReadFile(filepath.Join(dir, GoldenInput))
	if err != nil {
		t.Errorf("filtertest.Golden: %v", err)
		return
	}
	res := f.Clean(string(in))
	got := map[string]string{GoldenWant: res.Text + "\n", GoldenReport: GoldenReportText(res)}
	for _, name := range []string{GoldenWant, GoldenReport} {
		path := filepath.Join(dir, name)
		if update {
			if err := os.WriteFile(path, []byte(got[name]), 0o644); err != nil {
				t.Errorf("filtertest.Golden: %v", err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if errors.Is(err, fs.ErrNotExist) {
			t.Errorf("filtertest.Golden: %s is missing; run go test -run '%s' -update to write it", path, t.Name())
			continue
		}
		if err != nil {
			t.Errorf("filtertest.Golden: %v", err)
			continue
		}
		if string(want) != got[name] {
			assert.Equal(t, string(want), got[name],
				"%s differs from what newsclean gives now; if the change is right, run go test -run '%s' -update and review the diff\nnewsclean: %s",
				path, t.Name(), Describe(res))
		}
	}
}
