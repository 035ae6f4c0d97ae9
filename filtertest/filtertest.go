package filtertest

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/newsclean/newsclean/filter"
)

// Languages are the candidate languages of the Filters New returns unless told otherwise: the
// languages newsclean's rules and corpus cover. Fewer candidates make the language detector
// faster to build and to run.
func Languages() []string { return []string{"de", "en", "es", "fr", "it", "nl", "pl", "pt"} }

// New returns a Filter for tests: the given options over a detector restricted to Languages,
// so that it builds in a fraction of the time the full detector takes. Options come after the
// restriction, so filter.WithCandidateLanguages in opts replaces it (pass it when your text is in
// another language, or when filter.WithLanguages names one). A bad option fails the test.
func New(t testing.TB, opts ...filter.Option) *filter.Filter {
	t.Helper()
	all := append([]filter.Option{filter.WithCandidateLanguages(Languages()...)}, opts...)
	f, err := filter.New(all...)
	if err != nil {
		t.Fatalf("filtertest.New: %v", err)
		return nil
	}
	return f
}

// Describe writes res the way the assertions report it: the verdict, then every removal with
// its byte span, stage, reason, text and evidence. It is meant for t.Log and failure messages.
func Describe(res filter.Result) string {
	var b strings.Builder
	verdict := "kept"
	if !res.Kept {
		verdict = "not kept: " + res.Reason
	}
	lang := res.Language
	if lang == "" {
		lang = "unknown"
	}
	fmt.Fprintf(&b, "%s, language %s (%.2f), %d %s removed", verdict, lang, res.Confidence, len(res.Removed),
		plural(len(res.Removed), "span", "spans"))
	if len(res.Removed) > 0 {
		b.WriteString(":")
	}
	for _, r := range res.Removed {
		fmt.Fprintf(&b, "\n  [%d:%d] %s/%s %q", r.Start, r.End, r.Stage, r.Reason, r.Text)
		if len(r.Evidence) > 0 {
			fmt.Fprintf(&b, " (%s)", strings.Join(r.Evidence, " "))
		}
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(&b, "\n  warning: %s", w)
	}
	return b.String()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// fail reports a failed assertion with what the caller said, what went wrong and res.
func fail(t testing.TB, res filter.Result, msgAndArgs []any, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, args...)
	if len(msgAndArgs) > 0 {
		if f, ok := msgAndArgs[0].(string); ok {
			msg = fmt.Sprintf(f, msgAndArgs[1:]...) + ": " + msg
		} else {
			msg = fmt.Sprint(msgAndArgs...) + ": " + msg
		}
	}
	t.Errorf("%s\nnewsclean: %s", msg, Describe(res))
}

// AssertKept checks that the document verdict is kept. msgAndArgs, if any, is a format and its
// arguments prefixed to the failure message. It returns whether the check passed.
func AssertKept(t testing.TB, res filter.Result, msgAndArgs ...any) bool {
	t.Helper()
	if res.Kept {
		return true
	}
	fail(t, res, msgAndArgs, "document not kept (%s)", res.Reason)
	return false
}

// AssertNotKept checks that the document was rejected, for reason unless reason is "".
func AssertNotKept(t testing.TB, res filter.Result, reason string, msgAndArgs ...any) bool {
	t.Helper()
	switch {
	case res.Kept:
		fail(t, res, msgAndArgs, "document kept, want it rejected")
	case reason != "" && res.Reason != reason:
		fail(t, res, msgAndArgs, "document rejected for %q, want %q", res.Reason, reason)
	default:
		return true
	}
	return false
}

// AssertNoSpam checks that the spam stage removed nothing: the text your extractor produced
// carries no ads, promos or boilerplate newsclean knows of.
func AssertNoSpam(t testing.TB, res filter.Result, msgAndArgs ...any) bool {
	t.Helper()
	return assertNoStage(t, res, filter.StageSpam, msgAndArgs)
}

// AssertNoStage checks that the given stage (filter.StageDedupe, filter.StageLanguage, …)
// removed nothing.
func AssertNoStage(t testing.TB, res filter.Result, stage string, msgAndArgs ...any) bool {
	t.Helper()
	return assertNoStage(t, res, stage, msgAndArgs)
}

func assertNoStage(t testing.TB, res filter.Result, stage string, msgAndArgs []any) bool {
	t.Helper()
	var hits []string
	for _, r := range res.Removed {
		if r.Stage == stage {
			hits = append(hits, fmt.Sprintf("%s %q", r.Reason, r.Text))
		}
	}
	if len(hits) == 0 {
		return true
	}
	fail(t, res, msgAndArgs, "%s removed %d %s: %s", stage, len(hits), plural(len(hits), "span", "spans"),
		strings.Join(hits, ", "))
	return false
}

// AssertNothingRemoved checks that no stage removed anything: the text comes back whole.
func AssertNothingRemoved(t testing.TB, res filter.Result, msgAndArgs ...any) bool {
	t.Helper()
	if len(res.Removed) == 0 {
		return true
	}
	fail(t, res, msgAndArgs, "want nothing removed")
	return false
}

// AssertRemoved checks that a removal contains text. stage narrows it to one stage; "" means
// any.
func AssertRemoved(t testing.TB, res filter.Result, stage, text string, msgAndArgs ...any) bool {
	t.Helper()
	if slices.ContainsFunc(res.Removed, func(r filter.Removal) bool {
		return (stage == "" || r.Stage == stage) && strings.Contains(r.Text, text)
	}) {
		return true
	}
	by := ""
	if stage != "" {
		by = " by " + stage
	}
	fail(t, res, msgAndArgs, "%q was not removed%s", text, by)
	return false
}

// AssertNotRemoved checks that text is in the cleaned output and that no removal contains
// it: what you mean to keep was kept.
func AssertNotRemoved(t testing.TB, res filter.Result, text string, msgAndArgs ...any) bool {
	t.Helper()
	for _, r := range res.Removed {
		if strings.Contains(r.Text, text) {
			fail(t, res, msgAndArgs, "%q was removed (%s/%s)", text, r.Stage, r.Reason)
			return false
		}
	}
	if !strings.Contains(res.Text, text) {
		fail(t, res, msgAndArgs, "%q is not in the cleaned text", text)
		return false
	}
	return true
}
