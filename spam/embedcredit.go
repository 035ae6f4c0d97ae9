package spam

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An embedded social post that did not load leaves its credit line: "A post shared by
// Riverside Rowing Club (@riversiderowing)", in the platform's wording for each language. The
// words alone also report ("A post shared by the mayor drew hundreds of replies"): the credit
// names the account's handle in brackets at its end. The rules hold the wordings at a weight
// that proves nothing alone (kind_embed.rules), so that the walk from a paragraph's start sees
// them; this family adds the credit's evidence when the handle closes the unit.

// EmbedCreditEvidence names an embedded post's credit line in a Verdict.
const EmbedCreditEvidence = "embed-credit"

// embedCreditWeight is the credit's evidence: as sure as a template's placeholder.
const embedCreditWeight = 0.6

// maxEmbedCreditWords bounds the credit: the wording, a name and the handle.
const maxEmbedCreditWords = 16

// sharedBy are the folded wordings of the credit, as word lists.
var sharedBy = wordLists(
	"a post shared by", "un post condiviso da", "ein beitrag geteilt von",
	"une publication partagee par", "una publicacion compartida por",
	"uma publicacao compartilhada por", "uma publicacao partilhada por",
	"een bericht gedeeld door", "post udostepniony przez",
)

// embedCredit adds the evidence of a unit that opens with a wording of sharedBy and ends on a
// handle in brackets ("(@riversiderowing)").
func embedCredit(sc *scratch, t string) {
	tok := &sc.tok
	n := tok.n()
	if n < 4 || n > maxEmbedCreditWords || !closesOnHandle(t) {
		return // nearly every unit: no bracket closes it
	}
	for _, ws := range sharedBy {
		if opensWith(tok, ws) {
			sc.labelWhole(signal{EmbedCreditEvidence, "template-phrase", embedCreditWeight, classRule})
			return
		}
	}
}

// closesOnHandle reports whether t ends on a handle in brackets: "(@name)", "(@name.de)".
func closesOnHandle(t string) bool {
	t = strings.TrimRightFunc(t, unicode.IsSpace)
	if !strings.HasSuffix(t, ")") {
		return false
	}
	open := strings.LastIndex(t, "(@")
	if open < 0 {
		return false
	}
	handle := t[open+2 : len(t)-1]
	return handle != "" && strings.IndexFunc(handle, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '.'
	}) < 0
}

// opensWith reports whether the folded words of tok open with ws.
func opensWith(tok *tokens, ws []string) bool { return wordsAt(tok, 0, ws) }

// wordLists splits each of phrases into its words: tables of wordings.
func wordLists(phrases ...string) [][]string {
	out := make([][]string, len(phrases))
	for i, p := range phrases {
		out[i] = strings.Fields(p)
	}
	return out
}

// A post's signature, as an embedded post leaves it when it does not load: the author and
// handle after a dash and the date ("— Harbour Police (@harbourpolice) March 3, 2024"), or the
// network's "posted by" line ending on the date ("Posted by Riverside Rowing Club on Monday,
// March 3, 2024"). A sentence that says who posted what goes on after the date, or has no
// handle in brackets.

// postedBy are the folded openings of a network's "posted by" line.
var postedBy = wordLists(
	"posted by", "pubblicato da", "gepostet von", "veroffentlicht von", "publie par",
	"publicado por", "geplaatst door", "opublikowane przez", "opublikowany przez",
)

// maxSignatureFields bounds a post's signature.
const maxSignatureFields = 16

// postSignature adds the evidence of a post's signature (see above).
func postSignature(sc *scratch, t string) {
	t = strings.TrimSpace(t)
	if sc.tok.n() < 3 || !endsOnYear(t) || countFields(t) > maxSignatureFields {
		return // nearly every unit: it does not end on a year
	}
	signed := false
	if r, _ := utf8.DecodeRuneInString(t); r == '—' || r == '–' || r == '-' {
		open := strings.Index(t, "(@")
		signed = open > 0 && strings.Contains(t[open:], ")") && countFields(t[strings.Index(t[open:], ")")+open:]) <= 4
	}
	for _, ws := range postedBy {
		signed = signed || opensWith(&sc.tok, ws)
	}
	if signed {
		sc.labelWhole(signal{EmbedCreditEvidence, "template-phrase", embedCreditWeight, classRule})
	}
}

// endsOnYear reports whether t ends on a year of four figures: "… March 3, 2024".
func endsOnYear(t string) bool {
	for len(t) > 0 && (t[len(t)-1] == '.' || t[len(t)-1] == ')') {
		t = t[:len(t)-1]
	}
	if len(t) < 5 || t[len(t)-5] != ' ' && t[len(t)-5] != ',' {
		return false
	}
	return fourFigureYear(t[len(t)-4:]) // four bytes: a year, no span (see yearSpan)
}
