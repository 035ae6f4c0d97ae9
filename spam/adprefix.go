package spam

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An ad box prints its label before the ad: "Anzeige: Depot eröffnen und Aktien handeln",
// "Sponsored | Best crypto exchanges", and, when the page's markup is stripped, the label runs
// into the first teaser: "AnzeigeJetzt Kredit vergleichen", "AnzeigenBauen & Wohnen".
// The label words of the rules ("^anzeige$") match only a label that stands alone. A label
// run into a capital is never prose; a label before a colon or bar is the ad's, except the
// words that are also nouns of reporting: "Werbung:", "Publicidad:" and "Reklama:" head a
// column on the advertising business, "Anzeige" alone (a police report) is not run into
// anything.

// AdPrefixEvidence is the reason of a unit that opens with an ad label.
const AdPrefixEvidence = "adlabel-prefix"

const (
	// adPrefixWeight is the weight of such a unit: as strong as the label phrases.
	adPrefixWeight = 0.9
	// maxAdPrefixWords bounds the text after a label and a colon: a teaser or two, not an
	// article's paragraph.
	maxAdPrefixWords = 30
)

// adLabelsColon are the labels that mark an ad before a colon or a bar. Lists, not sets: most
// units open with a capitalised word, and strings.EqualFold against a few labels costs no
// allocation where lower-casing the word for a map would.
var adLabelsColon = []string{"anzeige", "anzeigen", "advertisement", "advertisements", "sponsored",
	"gesponsert", "advertentie", "advertenties", "gesponsord", "patrocinado", "patrocinada",
	"patrocinados", "sponsorizzato", "sponsorisé", "sponsorowane", "advertorial",
	"publireportage", "pubbliredazionale"}

// adLabelsColonOnly mark an ad only before a colon or a bar: run into capitals they are the
// start of words ("ADVANCE", "ADVICE").
var adLabelsColonOnly = []string{"adv"}

// adLabelsRunOn are the labels that mark an ad when run into a capital letter: those above and
// the nouns of advertising, which run into a capital only when markup was stripped. "Ad" is
// left out: "AdBlue", "AdSense" are names.
var adLabelsRunOn = []string{"werbung", "publicidad", "publicidade", "pubblicità", "publicité",
	"reklama"}

// adLabelInitials are the first letters of the labels above; adLabelBullets what may stand
// before a label (a space, a bullet, a dash).
const (
	adLabelInitials = "ASGPWR"
	adLabelBullets  = " \t*•·|-–—"
)

// isLabel reports whether w is one of labels, case aside.
func isLabel(w string, labels []string) bool {
	for _, l := range labels {
		if len(w) == len(l) && strings.EqualFold(w, l) {
			return true
		}
	}
	return false
}

// adPrefix adds evidence for a unit that opens with an ad label run into a capital letter, or
// followed by a colon or bar and at most maxAdPrefixWords words.
func adPrefix(sc *scratch, t string) {
	if t == "" {
		return
	}
	if !strings.ContainsRune(adLabelInitials, rune(t[0])) {
		// Every unit comes here: most are gone at their first byte.
		if !strings.ContainsRune(adLabelBullets, rune(t[0])) && t[0] < utf8.RuneSelf {
			return
		}
		t = strings.TrimLeft(t, adLabelBullets)
	}
	end := 0
	for end < len(t) {
		r, size := utf8.DecodeRuneInString(t[end:])
		if !unicode.IsLetter(r) {
			break
		}
		end += size
	}
	if end == 0 || !unicode.IsUpper(firstRune(t)) {
		return
	}
	if adRunOn(t[:end]) || adColon(sc, t[:end], t[end:]) {
		sc.label = true
		sc.candidates++
		sc.sig = append(sc.sig, signal{"adlabel-prefix", AdPrefixEvidence, adPrefixWeight, classRule})
	}
}

// adRunOn reports a word that is a label followed by a capital: "AnzeigenVersichern". The
// label must be in title case or capitals, and what follows it a word of at least two letters
// (not "AdS" or an acronym's plural).
func adRunOn(word string) bool {
	for i, r := range word {
		if i > maxAdLabelBytes {
			break // no label is longer: a long word costs no more than a short one
		}
		if i == 0 || !unicode.IsUpper(r) {
			continue
		}
		label, rest := word[:i], word[i:]
		if !isLabel(label, adLabelsRunOn) && !isLabel(label, adLabelsColon) {
			continue
		}
		if utf8.RuneCountInString(rest) < 3 || !isTitleOrCaps(label) {
			continue
		}
		return !isCaps(rest) || isCaps(label)
	}
	return false
}

// maxAdLabelBytes is the length of the longest label in bytes ("advertisements").
const maxAdLabelBytes = 14

// adColon reports a label followed by a colon or a bar and a short rest.
func adColon(sc *scratch, word, after string) bool {
	if !isLabel(word, adLabelsColon) && !isLabel(word, adLabelsColonOnly) {
		return false
	}
	after = strings.TrimLeft(after, " \t")
	if after == "" || after[0] != ':' && after[0] != '|' {
		return false
	}
	rest := strings.TrimSpace(after[1:])
	return rest != "" && sc.tok.n() <= maxAdPrefixWords+1
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isTitleOrCaps(s string) bool {
	caps := isCaps(s)
	for i, r := range s {
		if i > 0 && unicode.IsUpper(r) != caps {
			return false
		}
	}
	return true
}

func isCaps(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
