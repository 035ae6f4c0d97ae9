package filtertest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsclean/newsclean/filter"
)

// fakeTB records what an assertion reports instead of failing the test that runs it.
type fakeTB struct {
	testing.TB
	errors []string
	fatal  bool
}

type fatalStop struct{}

func (f *fakeTB) Helper()        {}
func (f *fakeTB) Name() string   { return "TestFake/case" }
func (f *fakeTB) Cleanup(func()) {}
func (f *fakeTB) Errorf(format string, args ...any) {
	f.errors = append(f.errors, fmt.Sprintf(format, args...))
}
func (f *fakeTB) Fatalf(format string, args ...any) {
	f.Errorf(format, args...)
	f.fatal = true
	panic(fatalStop{})
}

func (f *fakeTB) failed() bool { return len(f.errors) > 0 }

// output is everything the fake was told, as one string.
func (f *fakeTB) output() string { return strings.Join(f.errors, "\n") }

const (
	news  = "The council met on Monday to discuss the new cycling lanes along the river."
	news2 = "Residents asked for more benches in the park and for safer crossings near the school."
	promo = "👉 Subscribe to our newsletter now: CLICK HERE"
)

func dirty() string { return news + "\n" + promo + "\n" + news2 + "\n" + news2 }

func TestNewIsRestricted(t *testing.T) {
	f := New(t)
	res := f.Clean(dirty())
	assert.Equal(t, "en", res.Language)
	assert.True(t, res.Kept)

	// Options apply over the restriction.
	f = New(t, filter.WithLanguages("it"))
	assert.False(t, f.Clean(dirty()).Kept)

	// An allowed language outside the candidates is a failed test, not a silent surprise.
	fake := &fakeTB{}
	func() {
		defer func() { assert.Equal(t, fatalStop{}, recover()) }()
		New(fake, filter.WithLanguages("sv"))
	}()
	assert.True(t, fake.fatal)
	assert.Contains(t, fake.output(), "filtertest.New: ")
	assert.Contains(t, fake.output(), `"sv"`)
	// ... and passing the candidates fixes it.
	New(t, filter.WithCandidateLanguages("sv", "en"), filter.WithLanguages("sv"))
}

func TestAssertionsPass(t *testing.T) {
	f := New(t)
	res := f.Clean(dirty())
	clean := f.Clean(news + "\n" + news2)
	fake := &fakeTB{}
	assert.True(t, AssertKept(fake, res))
	assert.True(t, AssertNoSpam(fake, clean))
	assert.True(t, AssertNoStage(fake, res, filter.StageLanguage))
	assert.True(t, AssertNothingRemoved(fake, clean))
	assert.True(t, AssertRemoved(fake, res, "", "CLICK HERE"))
	assert.True(t, AssertRemoved(fake, res, filter.StageSpam, "Subscribe"))
	assert.True(t, AssertRemoved(fake, res, filter.StageDedupe, news2))
	assert.True(t, AssertNotRemoved(fake, res, news))
	assert.True(t, AssertNotKept(fake, f.Clean(""), filter.ReasonEmpty))
	assert.True(t, AssertNotKept(fake, f.Clean(""), ""))
	assert.False(t, fake.failed(), fake.output())
}

// TestAssertionsReportWell checks that each failing assertion fails, and that its message
// names the problem and shows every removed span with its stage and reason.
func TestAssertionsReportWell(t *testing.T) {
	f := New(t)
	res := f.Clean(dirty())
	require.NotEmpty(t, res.Removed)
	for _, c := range []struct {
		name   string
		assert func(t *fakeTB) bool
		want   string
	}{
		{"NoSpam", func(t *fakeTB) bool { return AssertNoSpam(t, res) }, "spam removed 1 span: "},
		{"NoStage", func(t *fakeTB) bool { return AssertNoStage(t, res, filter.StageDedupe) }, "dedupe removed 1 span: repeated-sentence"},
		{"NothingRemoved", func(t *fakeTB) bool { return AssertNothingRemoved(t, res) }, "want nothing removed"},
		{"Kept", func(t *fakeTB) bool { return AssertKept(t, f.Clean("")) }, "document not kept (no-content-left)"},
		{"NotKept", func(t *fakeTB) bool { return AssertNotKept(t, res, "") }, "document kept, want it rejected"},
		{"NotKeptReason", func(t *fakeTB) bool { return AssertNotKept(t, f.Clean(""), "language-not-allowed") },
			`rejected for "no-content-left", want "language-not-allowed"`},
		{"Removed", func(t *fakeTB) bool { return AssertRemoved(t, res, "", "cycling lanes") }, `"cycling lanes" was not removed`},
		{"RemovedByStage", func(t *fakeTB) bool { return AssertRemoved(t, res, filter.StageDedupe, "CLICK") }, `"CLICK" was not removed by dedupe`},
		{"NotRemoved", func(t *fakeTB) bool { return AssertNotRemoved(t, res, "CLICK HERE") }, `"CLICK HERE" was removed (spam/`},
		{"NotRemovedAbsent", func(t *fakeTB) bool { return AssertNotRemoved(t, res, "trams") }, `"trams" is not in the cleaned text`},
	} {
		t.Run(c.name, func(t *testing.T) {
			fake := &fakeTB{}
			assert.False(t, c.assert(fake))
			require.True(t, fake.failed())
			msg := fake.output()
			assert.Contains(t, msg, c.want)
			if strings.Contains(msg, "no-content-left") {
				return // the empty document has nothing removed to show
			}
			for _, r := range res.Removed {
				assert.Contains(t, msg, fmt.Sprintf("[%d:%d] %s/%s %q", r.Start, r.End, r.Stage, r.Reason, r.Text))
			}
		})
	}
	fake := &fakeTB{}
	AssertNoSpam(fake, res, "article %d", 7)
	assert.True(t, strings.HasPrefix(fake.output(), "article 7: spam removed"), fake.output())
}

func TestDescribe(t *testing.T) {
	res := filter.Result{Kept: false, Reason: "language-not-allowed", Language: "de", Confidence: 0.91,
		Removed: []filter.Removal{{Stage: "spam", Reason: "cta-phrase", Text: "Jetzt \"klicken\"", Start: 3, End: 19,
			Evidence: []string{"score=0.9", "cta:jetzt klicken"}}},
		Warnings: []string{"stage-failed: language: boom"}}
	assert.Equal(t, `not kept: language-not-allowed, language de (0.91), 1 span removed:
  [3:19] spam/cta-phrase "Jetzt \"klicken\"" (score=0.9 cta:jetzt klicken)
  warning: stage-failed: language: boom`, Describe(res))
	assert.Equal(t, "kept, language unknown (0.00), 0 spans removed", Describe(filter.Result{Kept: true}))
}

func writeCase(t *testing.T, dir, name, input string) string {
	t.Helper()
	c := filepath.Join(dir, name)
	require.NoError(t, os.MkdirAll(c, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(c, GoldenInput), []byte(input), 0o644))
	return c
}

func TestGoldenUpdateThenCompare(t *testing.T) {
	f := New(t)
	dir := t.TempDir()
	c := writeCase(t, dir, "promo", dirty())

	// Without the files: a failure that says how to write them.
	fake := &fakeTB{}
	goldenCase(fake, f, c, false)
	assert.Contains(t, fake.output(), "want.txt is missing; run go test -run 'TestFake/case' -update")

	// -update writes them...
	fake = &fakeTB{}
	goldenCase(fake, f, c, true)
	require.False(t, fake.failed(), fake.output())
	want, err := os.ReadFile(filepath.Join(c, GoldenWant))
	require.NoError(t, err)
	assert.Equal(t, news+"\n"+news2+"\n", string(want))
	report, err := os.ReadFile(filepath.Join(c, GoldenReport))
	require.NoError(t, err)
	assert.Contains(t, string(report), "kept\nlanguage: en\n")
	assert.Contains(t, string(report), fmt.Sprintf("spam/cta-phrase %q\n", promo))
	assert.Contains(t, string(report), fmt.Sprintf("dedupe/repeated-sentence %q\n", news2))

	// ...and then the case passes,
	fake = &fakeTB{}
	goldenCase(fake, f, c, false)
	assert.False(t, fake.failed(), fake.output())

	// until the expectation and the result part ways: the failure shows a diff and the spans.
	require.NoError(t, os.WriteFile(filepath.Join(c, GoldenWant), []byte(news+"\n"+promo+"\n"+news2+"\n"), 0o644))
	fake = &fakeTB{}
	goldenCase(fake, f, c, false)
	require.True(t, fake.failed())
	msg := fake.output()
	assert.Contains(t, msg, "want.txt differs from what newsclean gives now")
	assert.Contains(t, msg, "-"+promo, "a diff line for the promo the expectation still has")
	assert.Contains(t, msg, "spam/cta-phrase")
}

func TestGoldenRunsEveryCase(t *testing.T) {
	dir := t.TempDir()
	for i, text := range []string{dirty(), news + "\n" + news2} {
		c := writeCase(t, dir, fmt.Sprintf("case%d", i), text)
		goldenCase(t, New(t), c, true)
	}
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "not-a-case"), 0o755))
	cases, err := goldenCases(dir)
	require.NoError(t, err)
	assert.Len(t, cases, 2)
	Golden(t, dir)
}

func TestUpdateFlag(t *testing.T) {
	assert.False(t, Update(), "tests run without -update")
}
