package spam

import (
	"strings"
	"unicode"
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
var sharedBy = [][]string{
	strings.Fields("a post shared by"), strings.Fields("un post condiviso da"),
	strings.Fields("ein beitrag geteilt von"), strings.Fields("une publication partagee par"),
	strings.Fields("una publicacion compartida por"), strings.Fields("uma publicacao compartilhada por"),
	strings.Fields("uma publicacao partilhada por"), strings.Fields("een bericht gedeeld door"),
	strings.Fields("post udostepniony przez"),
}

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
func opensWith(tok *tokens, ws []string) bool {
	if tok.n() < len(ws) {
		return false
	}
	for i, w := range ws {
		if string(tok.word(i)) != w {
			return false
		}
	}
	return true
}
