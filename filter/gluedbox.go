package filter

import (
	"slices"
	"strings"

	"github.com/newsclean/newsclean/spam"
)

// copyrightHeadBefore reports sentence si of paragraph pi as the head of the copyright line
// marked last in ms, right after it, which the splitter cut off at the full stop after the
// holder's name ("… the article's last sentence. © 2020 Name. | All rights reserved."): it goes
// with the line (spam.Scorer.CopyrightHead), as the two would go together as a line of their
// own.
func copyrightHeadBefore(d *document, sc *spam.Scorer, ms []mark, pi, si int) bool {
	if len(ms) == 0 {
		return false
	}
	m := ms[len(ms)-1]
	if m.para != pi || m.from != si+1 || !slices.ContainsFunc(m.evidence, copyrightEvidence) {
		return false
	}
	return sc.CopyrightHead(d.sentText(d.paras[pi].sents[si]))
}

// copyrightEvidence reports the evidence of a copyright line: one of its phrases or the sign.
func copyrightEvidence(e string) bool {
	return strings.HasPrefix(e, "copyright:") || e == "copyright-sign"
}
