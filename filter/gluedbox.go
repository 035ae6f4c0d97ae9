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
	_, ok := markAfter(ms, pi, si, copyrightEvidence)
	return ok && sc.CopyrightHead(d.sentText(d.paras[pi].sents[si]))
}

// markAfter returns the last mark of ms when it removes the sentences of paragraph pi from
// si+1 on, with evidence of which one piece satisfies kind.
func markAfter(ms []mark, pi, si int, kind func(string) bool) (mark, bool) {
	if len(ms) == 0 {
		return mark{}, false
	}
	m := ms[len(ms)-1]
	return m, m.para == pi && m.from == si+1 && slices.ContainsFunc(m.evidence, kind)
}

// footerPieceBefore reads sentence si of paragraph pi, right before the imprint or copyright
// line marked last in ms, which the splitter cut at its full stops: "imprint-piece" when it is
// one more field of it ("Director: Juan Pérez." before "Domicilio: Av. del Puerto 14.", see
// spam.ImprintPiece), "footer-name" when it is the publisher's name that heads it (nameFragment:
// "Jornal da Serra." before "Diretor: …"), "" otherwise. The caller never passes the
// paragraph's first sentence.
func footerPieceBefore(d *document, ms []mark, pi, si int) string {
	m, ok := markAfter(ms, pi, si, footerEvidence)
	if !ok {
		return ""
	}
	s := d.sentText(d.paras[pi].sents[si])
	if piece, _ := spam.ImprintPiece(s); piece {
		return "imprint-piece"
	}
	if nameFragment(s) && !slices.ContainsFunc(m.evidence, copyrightEvidence) {
		// A name before a copyright line is copyrightHeadBefore's or the glued run's.
		return "footer-name"
	}
	return ""
}

// footerEvidence reports the evidence of an imprint or a copyright line, or of a piece of one.
func footerEvidence(e string) bool {
	return copyrightEvidence(e) || e == spam.ImprintEvidence || e == "imprint-piece"
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
// Planalto Ltda. CNPJ …" loses the publisher's name with its footer; so does a sentence that
// says who owns the site (spam.OwnershipLine). The article's first sentence is never taken as
// a name piece.
func footerName(d *document, pi int, ks []int, j int) int {
	p := &d.paras[pi]
	for k := 0; k < maxNamePieces && j > 1 && ks[j-1] == ks[j]-1 && nameFragment(d.sentText(p.sents[ks[j-1]])); k++ {
		j--
	}
	if j > 0 && ks[j-1] == ks[j]-1 && spam.OwnershipLine(d.sentText(p.sents[ks[j-1]])) {
		// Who owns the site, right before its notice: "Harbour Weekly is a part of Lakeside
		// Media Group. | © 2024 …". It may be the paragraph's first sentence: a footer's
		// paragraph of its own.
		j--
	}
	return j
}

// imprintRun finds an imprint glued to the end of paragraph pi that the splitter cut into
// pieces at its full stops, none of which is evidence alone ("… the article's last sentence.
// Jornal da Serra. Diretor: Carlos Lima. Rua das Flores, 120."): the trailing run of at least
// two imprint pieces (spam.ImprintPiece), one of them a masthead's, with the name that heads
// it (nameFragment), in at most maxFooterWords words, that reads as an imprint as a whole. It
// returns the index in ks of the run's first sentence and the run's verdict. The paragraph's
// first sentence is never part of the run.
func imprintRun(d *document, sc *spam.Scorer, pi int, ks []int) (int, spam.Verdict, bool) {
	p := &d.paras[pi]
	n := len(ks)
	j, words, masthead := n, 0, false
	for j > 1 && (j == n || ks[j-1] == ks[j]-1) {
		s := d.sentText(p.sents[ks[j-1]])
		piece, strong := spam.ImprintPiece(s)
		if !piece {
			break
		}
		if words += fieldCount(s, maxFooterWords+1); words > maxFooterWords {
			break
		}
		masthead = masthead || strong
		j--
	}
	if !masthead {
		// A venue's address and phone number at the end of an article ("Stadthalle,
		// Marktplatz 1. Tel. 01234 5678.") are the article's service: a masthead names a
		// field, a register or the rights.
		return 0, spam.Verdict{}, false
	}
	if j > 1 && ks[j-1] == ks[j]-1 && nameFragment(d.sentText(p.sents[ks[j-1]])) {
		j--
	}
	if n-j < 2 {
		return 0, spam.Verdict{}, false
	}
	v := sc.ScoreAs(d.input[p.sents[ks[j]].Start:p.sents[ks[n-1]].End], spam.Line)
	if !v.Spam || !slices.Contains(v.Evidence, spam.ImprintEvidence) {
		return 0, spam.Verdict{}, false
	}
	return j, v, true
}

// imprintTail reports a paragraph of two sentences or more whose last one is a piece of an
// imprint (spam.ImprintPiece): its other pieces may be glued before it (imprintRun), although
// the paragraph is too long for the scorer to read an imprint in it.
func imprintTail(d *document, pi int) bool {
	p := &d.paras[pi]
	for si := len(p.sents) - 1; si >= 1; si-- {
		if !p.removed[si] {
			piece, _ := spam.ImprintPiece(d.sentText(p.sents[si]))
			return piece
		}
	}
	return false
}
