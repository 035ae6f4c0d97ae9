package spam

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// joinedCandidates counts the rule phrases in the last joinedEdgeBytes of a unit, t, whose
// links the extractor ran together ("… esta tendencia. IngresáSuscribite", "… réseaux
// sociaux. Lire la suiteLire la suite"), with the joins opened; 0 when that end has no join.
// It counts candidates as scoreIn does, not matches: a site-furniture word among the last
// words of a long unit, or a label anchored to the start of a unit ("^lire la suite"), is no
// match in a paragraph but is where a glued sentence may sit; the caller then scores the
// paragraph's sentences, and cuts the promo off the last one, each on its own evidence.
// Without it a run-together menu glued to a paragraph, which holds no phrase until its joins
// are opened, would never be looked at, when the same menu as a paragraph of its own is.
func (s *Scorer) joinedCandidates(t string) int {
	tail := t[runeStart(t, max(0, len(t)-joinedEdgeBytes)):]
	if !hasJoins(tail) {
		return 0
	}
	split := splitJoins(tail)
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.tok.fold(split)
	sc.startMatch()
	sc.phone = 0
	s.matchRules(sc, split)
	return max(sc.candidates, len(sc.sig))
}

// CopyrightHead reports the head of a copyright line that a sentence splitter cut off before
// its phrase: "© 2020 Name of the Publisher." before "All rights reserved.", "2021 Name Media."
// before "WSZELKIE PRAWA ZASTRZEŻONE". Own line, the two are one unit and go together; glued
// to a paragraph, the phrase goes and the head stayed as the article's last sentence. The head
// opens with a ©, "(c)", "Copyright" or a year (or a span of years), holds at most
// maxHeadFields fields, and every other word is a name's: it opens with a capital or a digit,
// or is a function word ("© 2024 by The Example Group"). A sentence of the article that opens
// with a year says something in lower case ("2021 was the year …"); the caller takes a head
// only right before a copyright line it removes.
func (s *Scorer) CopyrightHead(t string) bool {
	fields := strings.Fields(t)
	if len(fields) < 2 || len(fields) > maxHeadFields {
		return false
	}
	first := strings.TrimRight(fields[0], ".,:")
	switch {
	case strings.HasPrefix(first, "©"), strings.EqualFold(first, "(c)"), strings.HasPrefix(strings.ToLower(first), "copyright"):
	case yearSpan(first):
	default:
		return false
	}
	words := 0
	for _, f := range fields[1:] {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(f, "\"'“‘«(["))
		switch {
		case unicode.IsUpper(r), unicode.IsDigit(r):
			words++
		case unicode.IsLetter(r):
			if ws := foldWords(f); len(ws) != 1 || !s.stop[ws[0]] {
				return false // a word in lower case: a clause, not a name
			}
		}
	}
	return words > 0
}

// maxHeadFields is the most fields of the head of a copyright line (see CopyrightHead): the
// sign, a date and the holder's name.
const maxHeadFields = 10

// yearSpan reports a year from 1900 to 2099, or two joined by a dash: "2021", "2009-2024".
func yearSpan(f string) bool {
	for i, y := range strings.FieldsFunc(f, func(r rune) bool { return r == '-' || r == '–' || r == '—' }) {
		if i > 1 || len(y) != 4 || !fourFigureYear(y) {
			return false
		}
	}
	return f != "" && isDigit(f[0])
}

// fourFigureYear reports whether y, of four bytes, is a year from 1900 to 2099.
func fourFigureYear(y string) bool {
	return (y[:2] == "19" || y[:2] == "20") && isDigit(y[2]) && isDigit(y[3])
}

// replyAfterWe reports the last sentence of a box, after the one that speaks as the site
// (own, "We use cookies to …"), that only speaks to the reader (run, of the after sentences
// after it): "You will find more in our data-protection notice." AppealTail takes it with the
// site's sentence when that is strong evidence alone; a reporter's advice to the reader after
// a sentence that only holds a phrase stays.
func replyAfterWe(own, run, after int) bool {
	return after == 1 && own&siteVoice != 0 && run == readerVoice
}

// footerRow reports a unit that is a site's footer from its first byte to its last: it opens
// with a ©, and the rest is a row of at least minFooterItems links between " | ", none longer
// than maxFooterItemFields fields ("© Name | Imprint | Privacy | Contact | Help : web -
// app"). The splitter breaks it off the paragraph it is glued to at a full stop, and the rule
// words of its links are too few for the row's length, so as a glued unit it reads as a
// marker glued to prose (containsProse); but no item of it is long enough to be a sentence of
// the article.
func footerRow(t string) bool {
	t = strings.TrimSpace(t)
	if !strings.HasPrefix(t, "©") {
		return false
	}
	items := strings.Split(t, "|")
	if len(items) < minFooterItems {
		return false
	}
	for _, it := range items {
		if countFields(it) > maxFooterItemFields {
			return false
		}
	}
	return true
}

// linkRow reports a unit that is a row of at least minRowItems short items between " · ",
// " | " or " • ", none longer than maxRowItemFields fields, with no full stop at its end: a
// footer's or a menu's links glued after a paragraph ("Ein Projekt von X · Hosting in
// Deutschland · Kein Tracking ohne Einwilligung"). Its words are too few for a rule, so as a
// glued unit it reads as a marker glued to prose (containsProse); but no item is long enough
// to be a sentence of the article, and the article's prose does not separate its parts so.
func linkRow(t string) bool {
	t = strings.TrimSpace(t)
	if strings.HasSuffix(t, ".") {
		return false
	}
	n := 0
	for it := range strings.FieldsFuncSeq(t, func(r rune) bool { return r == '·' || r == '|' || r == '•' }) {
		if k := countFields(it); k == 0 || k > maxRowItemFields {
			return false
		}
		n++
	}
	return n >= minRowItems
}

const (
	minRowItems      = 3 // items of a link row (see linkRow)
	maxRowItemFields = 6 // fields of one of them, at most

	minFooterItems      = 4  // links of a footer row (see footerRow)
	maxFooterItemFields = 10 // fields of one of them, at most: a sentence of prose runs longer
)

// ruleOpens reports a rule other than a site-furniture word that starts in the first three
// fields of t (opensWithEvidence): "Folge uns auf …", and also a longer phrase that runs on past
// them, "Los comentarios están | cerrados", which a match inside the first three fields alone
// would miss; or, after a site-furniture word in the first two fields, in the first five. A
// match that starts later ("Cookies kontrolliert wurden und die Cookie-Richtlinie …") does not
// count.
func (s *Scorer) ruleOpens(t string) bool {
	if s.phrasesIn(firstFields(t, 3), false) > 0 {
		return true
	}
	head := firstFields(t, 3+maxOpenRun)
	// A phrase in the longer head that is not one of the fields after the first three
	// starts among those three.
	if s.phrasesIn(head, false) > s.phrasesIn(head[len(firstFields(t, 3)):], false) {
		return true
	}
	// A button's words open it, and the phrase of the promo follows them within a field or
	// two: "Sign up to | FREE email alerts", "Melden Sie sich | für unseren Newsletter an".
	lead := firstFields(t, 2)
	return s.phrasesIn(lead, true) > 0 && s.phrasesIn(head, false) > s.phrasesIn(head[len(firstFields(t, 5)):], false)
}

// menuOpens reports a row of site furniture separated by bars that t opens with (v, its
// verdict, has the menu's shape): its first
// item of at most maxMenuItemWords words opens with a site-furniture word, or a function word
// and one ("Drucken | Versenden | Teilen", "Auf Facebook teilen | …" after "… geprägten
// Nation", where no full stop tells the row from the sentence; "Nation Drucken | …" opens
// with the sentence's last word).
func (s *Scorer) menuOpens(t string, v Verdict) bool {
	i := strings.Index(t, " | ")
	if i < 0 || strings.Count(t, " | ") < 2 || !slices.Contains(v.Evidence, "menu-row") {
		return false
	}
	item := strings.Fields(t[:i])
	if len(item) > maxMenuItemWords {
		return false
	}
	if s.phrasesIn(item[0], true) > 0 {
		return true
	}
	ws := foldWords(item[0])
	return len(item) > 1 && len(ws) == 1 && s.stop[ws[0]] && s.phrasesIn(item[1], true) > 0
}

// maxMenuItemWords is the most words of the first item of a row menuOpens reads.
const maxMenuItemWords = 3

// maxOpenRun is how many fields past the first three a phrase that starts in them may run.
const maxOpenRun = 3

// labelHeadline reports a read-also label and the headline it points to, glued after a
// paragraph with no full stop (softTail): "… reculent encore Lire aussi : Les prix de l'immobilier
// baissent", "… the year Read more: The best phones of the year". v is t's verdict as a glued
// unit: a read-also rule anchored to its start must open it. The label ends with a colon
// within its first labelFields fields, and the headline after it ends as headlines do,
// without a full stop; its words are the teaser's, however many (softTail takes at most
// maxCoverageWords+1 in all).
func labelHeadline(t string, v Verdict) bool {
	if !slices.ContainsFunc(v.Evidence, func(e string) bool { return strings.HasPrefix(e, "readalso:^") }) {
		return false
	}
	colon := strings.IndexByte(firstFields(t, labelFields), ':')
	if colon < 0 || countFields(t[colon+1:]) == 0 {
		return false
	}
	return !terminated(t)
}

// labelFields is the most fields of a read-also label before its colon ("Lire aussi :").
const labelFields = 4
