package filter

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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

// nameFragment reports a piece of at most maxFragmentWords words that reads as a name or an
// abbreviation: every word after the first is capitalised, a number, or a short particle ("Diario
// El Comercial del Sur.", "Av.", "Jornal do Planalto Ltda."). German nouns are capitalised too,
// but a German sentence has a verb in lower case ("Die Polizei ermittelt.").
func nameFragment(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxFragmentWords {
		return false
	}
	for _, w := range words[1:] {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && utf8.RuneCountInString(strings.TrimRight(w, ".,")) > 3 {
			return false
		}
	}
	return true
}

// maxNamePieces is how many name pieces footerName adds before a footer.
const maxNamePieces = 2

// footerName returns j moved back over the name pieces (nameFragment) right before the footer
// that starts at sentence ks[j] of paragraph pi: "… the article's last sentence. Jornal do
// Planalto Ltda. CNPJ …" loses the publisher's name with its footer. The article's first
// sentence is never taken.
func footerName(d *document, pi int, ks []int, j int) int {
	p := &d.paras[pi]
	for k := 0; k < maxNamePieces && j > 1 && ks[j-1] == ks[j]-1 && nameFragment(d.sentText(p.sents[ks[j-1]])); k++ {
		j--
	}
	return j
}
