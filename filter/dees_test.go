package filter

import (
	"strings"
	"testing"
	"unicode"
)

// foldedRuns returns the lower-case words of s, letters and digits only, joined by one space
// and framed by spaces, for a search of whole words.
func foldedRuns(s string) string {
	ws := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return " " + strings.Join(ws, " ") + " "
}

// leftOf reports whether out still holds three words in a row of line (all of a shorter line):
// the line was not removed whole.
func leftOf(line, out string) bool {
	lw := strings.Fields(strings.TrimSpace(foldedRuns(line)))
	o := foldedRuns(out)
	k := min(3, len(lw))
	for i := 0; i+k <= len(lw); i++ {
		if strings.Contains(o, " "+strings.Join(lw[i:i+k], " ")+" ") {
			return true
		}
	}
	return false
}

// TestDeEsBoilerplateRemoved: German and Spanish boilerplate written for the test goes whole as
// a paragraph of its own and glued to the end of a paragraph of an article, and the article's
// paragraphs stay (testdata/boilerplate_de_es.txt).
func TestDeEsBoilerplateRemoved(t *testing.T) {
	lines := readTabbed(t, "testdata/boilerplate_de_es.txt")
	if len(lines) < 100 {
		t.Fatalf("only %d lines", len(lines))
	}
	for _, l := range lines {
		h := newsVoiceHosts[l.lang]
		assertGoneFromHosts(t, l.lang, l.text,
			h[0]+"\n\n"+h[1]+"\n\n"+l.text+"\n\n"+h[2], // a paragraph of its own
			h[0]+"\n\n"+h[1]+" "+l.text+"\n\n"+h[2],    // glued to the end of a paragraph
		)
	}
}

// assertGoneFromHosts cleans each of docs, documents built of the three paragraphs of
// newsVoiceHosts[lang] and line, and checks that line went (leftOf) and that each of the
// paragraphs stayed whole.
func assertGoneFromHosts(t *testing.T, lang, line string, docs ...string) {
	t.Helper()
	for k, in := range docs {
		res := Clean(in)
		checkInvariants(t, in, res)
		if leftOf(line, res.Text) {
			t.Errorf("%s, document %d: %q kept in %q", lang, k, line, res.Text)
		}
		for _, p := range newsVoiceHosts[lang] {
			if !strings.Contains(foldedRuns(res.Text), foldedRuns(p)) {
				t.Errorf("%s, document %d: %q took the article's %q", lang, k, line, p)
			}
		}
	}
}

// TestDeEsNewsVoiceKept: German and Spanish sentences of news on the same topics, a guide's
// requests, reported requests and sentences that close on a label's noun lose no word, alone
// or in an article (testdata/newsvoice_de_es.txt).
func TestDeEsNewsVoiceKept(t *testing.T) {
	assertNewsVoiceFileKept(t, "testdata/newsvoice_de_es.txt", 60)
}
