package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/newsclean/newsclean/filter"
)

// attr returns the value of n's attribute key.
func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func hasClass(n *html.Node, class string) bool {
	v, _ := attr(n, "class")
	return slices.Contains(strings.Fields(v), class)
}

func textOf(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}

// checkSelfContained fails on anything that would make the page reach out: a script, a link,
// an embedded object, an attribute that names a URL, a CSS url() or @import.
func checkSelfContained(t *testing.T, doc *html.Node) {
	t.Helper()
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "script", "link", "img", "iframe", "object", "embed", "base", "form", "video", "audio", "source":
			t.Errorf("page has a <%s> element", n.Data)
		case "style":
			css := strings.ToLower(textOf(n))
			assert.NotContains(t, css, "url(")
			assert.NotContains(t, css, "@import")
		}
		for _, a := range n.Attr {
			switch a.Key {
			case "src", "href", "srcset", "action", "poster", "data", "style":
				t.Errorf("<%s> has a %s attribute: %q", n.Data, a.Key, a.Val)
			}
			if strings.HasPrefix(a.Key, "on") {
				t.Errorf("<%s> has an event handler %s", n.Data, a.Key)
			}
		}
	}
}

func TestReport(t *testing.T) {
	in := batchInput(18)
	page := filepath.Join(t.TempDir(), "report.html")
	out, stderr, code := runCLI(t, in, "--jsonl", "--report", page, "--workers", "3")
	require.Equal(t, 0, code, stderr)

	type result struct {
		ID      int
		URL     string
		Kept    bool
		Removed []filter.Removal
	}
	var results []result
	for l := range strings.Lines(out) {
		var r result
		require.NoError(t, json.Unmarshal([]byte(l), &r))
		results = append(results, r)
	}
	require.Len(t, results, 18)
	var inputs []string
	for l := range strings.Lines(in) {
		var o struct{ Text string }
		require.NoError(t, json.Unmarshal([]byte(l), &o))
		inputs = append(inputs, o.Text)
	}

	f, err := os.Open(page)
	require.NoError(t, err)
	defer f.Close()
	doc, err := html.Parse(f)
	require.NoError(t, err)
	checkSelfContained(t, doc)

	var sections []*html.Node
	var totals *html.Node
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.Data == "details" && hasClass(n, "doc") {
			sections = append(sections, n)
		}
		if n.Type == html.ElementNode && hasClass(n, "totals") && totals == nil {
			totals = n
		}
	}
	require.NotNil(t, totals, "totals at the top")
	kept := 0
	for _, r := range results {
		if r.Kept {
			kept++
		}
	}
	assert.Contains(t, textOf(totals), fmt.Sprintf("18 documents, %d kept, %d not kept (no-content-left 3)", kept, 18-kept))
	require.Len(t, sections, len(results), "one section per document")

	removals := 0
	for i, sec := range sections {
		res := results[i]
		assert.Equal(t, res.Kept, !hasClass(sec, "dropped"), "document %d", i)
		var text, summary *html.Node
		for n := range sec.Descendants() {
			if n.Type == html.ElementNode && hasClass(n, "text") {
				text = n
			}
			if n.Type == html.ElementNode && n.Data == "summary" {
				summary = n
			}
		}
		require.NotNil(t, summary)
		assert.Contains(t, textOf(summary), res.URL, "the URL shown as text")
		require.NotNil(t, text, "document %d has no text", i)
		// The whole input is on the page, removals included.
		assert.Equal(t, inputs[i], textOf(text), "document %d", i)
		var struck []filter.Removal
		for n := range text.Descendants() {
			if n.Type != html.ElementNode {
				continue
			}
			require.Equal(t, "del", n.Data, "only removals are marked up in the text")
			title, _ := attr(n, "title")
			parts := strings.SplitN(title, " · ", 3)
			require.GreaterOrEqual(t, len(parts), 2, "title %q names stage and reason", title)
			assert.True(t, hasClass(n, "st-"+parts[0]), "coloured by stage %s", parts[0])
			struck = append(struck, filter.Removal{Stage: parts[0], Reason: parts[1], Text: textOf(n)})
		}
		var want []filter.Removal
		for _, r := range res.Removed {
			want = append(want, filter.Removal{Stage: r.Stage, Reason: r.Reason, Text: r.Text})
		}
		assert.Equal(t, want, struck, "document %d: struck spans differ from the removals", i)
		removals += len(want)
	}
	assert.Positive(t, removals)
	// Text that looks like markup stays text.
	raw, err := os.ReadFile(page)
	require.NoError(t, err)
	assert.Contains(t, string(raw), "&lt;script&gt;alert(")
	assert.NotContains(t, string(raw), "<script>")
}

func TestReportUnwritable(t *testing.T) {
	out, stderr, code := runCLI(t, "Some text of a news article about the weather in the mountains.", "--report",
		filepath.Join(t.TempDir(), "no", "such", "dir", "r.html"))
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "report:")
	assert.Empty(t, out, "it fails before cleaning anything")
}

func TestReportLeavesOnlyThePage(t *testing.T) {
	dir := t.TempDir()
	_, stderr, code := runCLI(t, batchInput(3), "--jsonl", "--quiet", "--report", filepath.Join(dir, "r.html"))
	require.Equal(t, 0, code, stderr)
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	require.Len(t, entries, 1, "the temporary file is gone")
	assert.Equal(t, "r.html", entries[0].Name())
	page, err := os.ReadFile(filepath.Join(dir, "r.html"))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(page), "<!DOCTYPE html>"))
	assert.True(t, strings.HasSuffix(string(page), "</main>\n</body>\n</html>\n"))
	assert.Equal(t, 3, strings.Count(string(page), `<details class="doc`))
}

func TestVisible(t *testing.T) {
	assert.Equal(t, "a\nb\tc␀d␛e\uFFFDf", visible("a\r\nb\tc\x00d\x1be\xfff"))
	assert.Equal(t, "plain text, ünïcode ✓", visible("plain text, ünïcode ✓"))
}

func TestSegmentsDistrustBadRemovals(t *testing.T) {
	segs := segments("hello world", []filter.Removal{{Stage: "spam", Reason: "x", Text: "nope", Start: 0, End: 5}})
	require.NotEmpty(t, segs)
	assert.Equal(t, "bad", segs[0].Class)
	assert.Equal(t, "hello world", segs[1].Text, "the text is kept when a removal does not index it")
}
