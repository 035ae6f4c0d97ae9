package spam

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// LonePhrase is the evidence of a unit kept because its one phrase of boilerplate sits in a
// sentence of reporting (see reportsPhrase). Next to boilerplate the sentence is not kept so:
// scored with Context.NextToSpam, it is spam again.
const LonePhrase = "lone-phrase-in-prose"

// lonePhraseMinWords is the fewest words of a sentence whose one boilerplate phrase can be
// the news's own words (see reportsPhrase).
const lonePhraseMinWords = 9

// reportsPhrase reports a unit that is a sentence of reporting around one phrase of
// boilerplate: "Comments are closed on most of the paper's articles after 48 hours, the editor
// explained", "In Kooperation mit der Universität entsteht …", "Le code promo distribué par
// la mairie donnait droit à …". Boilerplate of that length speaks to the reader, sells, piles
// up phrases or announces with a colon; this does none of it. n is the unit's word count.
func (s *Scorer) reportsPhrase(sc *scratch, t string, n int, ctx Context) bool {
	if n < lonePhraseMinWords || ctx.NextToSpam || !reportedSentence(t) || labelColon(t) {
		return false
	}
	said, attrib := saidAfter(t), attributed(sc)
	if !said && askedFirst(t) {
		// A question, then more: the reader asked and then told ("Co o tym sądzisz? Napisz
		// w komentarzu …"), not one sentence of reporting.
		return false
	}
	prose := s.proseAround(sc)
	if !lonePhrase(sc.sig, sc.covered, attrib, said, prose) {
		return false
	}
	if !attrib && !prose && newsletterRhythm(sc) {
		// A newsletter that tells when it comes, in the words of its box: the box ("La
		// newsletter quotidienne est envoyée chaque matin aux inscrits."), not news about it.
		return false
	}
	if promo := promoVoice(sc, t); (promo || speaksAsSite(sc, t)) && !(said && quotedVoice(sc, t)) && !(attrib && !promo && reportedSite(sc, t)) {
		return false
	}
	if ctx.Tail && tailNotice(sc.sig) && !attrib && !phraseIsSubject(sc) && wordIn(&sc.tok, siteNouns) {
		// A consent notice glued after the last paragraph explains the site's cookies in the
		// third person, as a report on them would: at the end of a paragraph, where the
		// scraper glues the banner, the sentence is the banner's, unless it says whose
		// words it reports ("According to the report, …", "…, rappelle la CNIL."), or the
		// phrase is what the sentence is about ("L'uso dei cookie di profilazione è costato
		// …"): a banner says what the site does with them, and names it (siteNouns: "Diese
		// Seite setzt Cookies …"); news names a regulator, a shop, a browser.
		return false
	}
	if sc.opener && !s.stop[string(sc.tok.word(0))] && !said && !s.appositionSubject(sc, t) {
		// A call to action or a label opens the unit with a word of its own, a verb or a noun
		// ("Subscribe and get …", "Baixe o aplicativo e receba …"). A function word may
		// open a sentence of prose ("In Kooperation mit der …"), and a quoted imperative
		// one that says who gave it ("Follow the instructions of the police, the mayor said.");
		// so may a noun phrase before a name ("Newsletter publisher Substack said …").
		return false
	}
	return true
}

// reportedSite reports a unit without the voice of an ad (promoVoice, which the caller has
// asked) whose only word of the site's voice is a site named as "this site" after a word of
// reported speech, or in a sentence that ends by naming who said it: the site a finding is
// about ("Investigators found that this website planted cookies …", "Pliki cookie tej strony
// … zbierały dane o nieletnich, wynika z kontroli."), not the site speaking.
func reportedSite(sc *scratch, t string) bool {
	if strings.Contains(t, "*") || sc.tok.n() > 0 && siteVerb(string(sc.tok.word(0))) {
		return false
	}
	reported := saidAfter(t)
	for i := 0; i < sc.tok.n(); i++ {
		w := string(sc.tok.word(i))
		switch {
		case siteWord(&sc.tok, w), youAt(&sc.tok, i):
			return false
		case reportWord(w):
			reported = true
		case thisSiteAt(&sc.tok, i) && !reported:
			return false // "This website uses cookies …, the regulator found"
		}
	}
	return reported
}

// quotedVoice reports that the only voice of the site or the seller in a sentence that ends by
// naming who said it (saidAfter) is the second person or the imperative of the one quoted
// ("Vous avez le droit de refuser les cookies, rappelle la CNIL."): no "we", no "our", no
// "this site", no exclamation, no web address.
func quotedVoice(sc *scratch, t string) bool {
	return !strings.ContainsAny(t, "!*") && !hasDomain(t) && !sitesOwnWords(sc)
}

// sitesOwnWords reports a unit with a word the site or a seller says of itself: "we" (siteWe),
// "our" (sellersOur) or "this site" (thisSite).
func sitesOwnWords(sc *scratch) bool {
	for i := 0; i < sc.tok.n(); i++ {
		w := string(sc.tok.word(i))
		if siteWord(&sc.tok, w) {
			return true
		}
		if thisSiteAt(&sc.tok, i) {
			return true
		}
	}
	return false
}

// thisSiteAt reports "this site" (thisSite: "this website", "questo sito", …) opening at word
// i of tok.
func thisSiteAt(tok *tokens, i int) bool {
	return i+1 < tok.n() && thisSite[string(tok.word(i))][string(tok.word(i+1))]
}

// siteWord reports a folded word w of tok in which the site says "we" or "our" (siteWe,
// sellersOur), unless another language spells it alike and tok is in that language
// (homographs: Polish "we", Portuguese "nos").
func siteWord(tok *tokens, w string) bool {
	return (siteWe[w] || sellersOur[w]) && !homographIn(tok, w)
}

// SaidAfter is saidAfter, for the filter: whether sentence t ends by naming who said it.
func SaidAfter(t string) bool { return saidAfter(t) }

// saidAfter reports a sentence that ends by naming who said it: after its last comma, a
// clause of at most 14 words with a word of reported speech or request among its first four
// ("…, a répété le préfet.", "…, pidió el obispo a los jóvenes en la misa.", "…, the mayor
// said.", "…, raten Experten.").
func saidAfter(t string) bool {
	i := strings.LastIndex(t, ", ")
	if i < 0 {
		return false
	}
	ws := foldWords(t[i+2:])
	if len(ws) == 0 || len(ws) > 14 {
		return false
	}
	for _, w := range ws[:min(len(ws), 4)] {
		if reportWord(w) {
			return true
		}
	}
	return false
}

// openerCategories are the categories of calls to action and of notices: a phrase of theirs
// opening a unit is its imperative or its subject ("Follow …", "Sign up …", "Necessary cookies
// help …"). (A phrase anchored to the start counts alike, whatever its category.)
var openerCategories = map[string]bool{"follow": true, "share": true, "newsletter": true, "login": true,
	"donation": true, "readalso": true, "adlabel": true, "affiliate": true, "cookie": true}

// reportedSentence reports a unit that ends like a sentence of reporting: a full stop or a
// question mark (not a colon or an exclamation, which announce or sell), after closing quotes.
func reportedSentence(t string) bool {
	return fullStopEnd(t) || strings.HasSuffix(strings.TrimRight(t, closers), "?")
}

// fullStopEnd reports whether t ends on a full stop (not an ellipsis's dots), after closing
// quotes and brackets.
func fullStopEnd(t string) bool {
	t = strings.TrimRight(t, closers)
	return strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "..")
}

// closers are what may follow a sentence's final mark: spaces, closing quotes, brackets.
const closers = " \t\"'”’»)]"

// labelColon reports a colon followed by a space inside t: a label and what it announces ("SEE
// ALSO: …", "Newsletter: the week's news every Friday …"), not a clock time.
func labelColon(t string) bool {
	for i := strings.IndexByte(t, ':'); i >= 0; {
		if r, _ := utf8.DecodeRuneInString(t[i+1:]); r == ' ' || r == '\u00a0' {
			return true
		}
		j := strings.IndexByte(t[i+1:], ':')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// lonePhraseExempt are the categories whose phrases are boilerplate in any sentence: legal small
// print, template text, the pitch of an ad ("earn money from home", "the best odds"), a call to
// action or an app's ("click here", "download the app"), a paywall's notice ("exclusive to
// subscribers"): the voice of the ad or the site, however long the sentence.
var lonePhraseExempt = map[string]bool{"copyright": true, "disclaimer": true, "template": true, "promo": true,
	"claim": true, "paywall": true, "cta": true, "app": true}

// lonePhrase reports rule evidence of one phrase (site-furniture words aside, and matches of
// several rules over one run of words counting once) and nothing else but context, the phrase
// covering at most half of the unit's words. A phrase of lonePhraseExempt counts as one when
// the sentence is attributed or said (a pitch's, a call's or a notice's words someone is
// quoted for) or, with prose (proseAround: the other words lean towards the news), when it
// sits inside the sentence; with prose, a topic's name adds no phrase.
func lonePhrase(sig []signal, covered []bool, attributed, said, prose bool) bool {
	rules := 0
	for _, g := range sig {
		category := strings.TrimSuffix(g.reason, "-phrase")
		switch {
		case g.class == classContext, g.reason == uiCategory+"-phrase":
		case g.reason == "copyright-phrase" && (inside(covered, insideMargin) || said):
			// "… the photographs, long marked all rights reserved, would …": a notice of
			// rights ends a line or opens it, it does not sit inside a sentence, nor ends
			// one that names who said it ("Die Bilder stehen unter einer
			// Creative-Commons-Lizenz, teilte die Stadt mit.").
			rules++
		case g.class == classRule && attributed && attributedExempt[category] && (inside(covered, 1) || said):
			// A call to action or a paywall's words inside a sentence someone is quoted
			// for: "The email told recipients to click here to claim a refund, police said.",
			// or opening one that ends by naming who said it ("Abonnez-vous aux alertes …,
			// conseille la préfecture.").
			rules++
		case g.class == classRule && prose && topicCategories[category]:
			// A topic's name in such a sentence ("La casa de apuestas fue multada porque
			// las cuotas …") is what the news is about: it adds no phrase.
		case g.class == classRule && prose && attributedExempt[category] && inside(covered, 1):
			// A pitch's, a call's or a notice's words told of inside a sentence whose
			// other words are the news's ("La mairie propose un devis gratuit pour
			// l'isolation …"): small print and ads are in the site's words throughout.
			rules++
		case g.class == classRule && strings.HasSuffix(g.reason, "-phrase") && !lonePhraseExempt[category]:
			rules++
		default:
			return false // a marker, a shape, small print or a pitch
		}
	}
	words, runs := 0, 0
	for i, c := range covered {
		if c {
			words++
			if i == 0 || !covered[i-1] {
				runs++
			}
		}
	}
	return (rules == 1 || rules > 1 && runs == 1) && 2*words <= len(covered)
}

// attributedExempt are the categories of lonePhraseExempt whose phrase a sentence may still
// report when it names who says so (see attributed): a pitch's, a call to action's, an app's,
// a paywall's words, a warning's ("The charity GambleAware said …"). Legal small print and
// template text are never the news's.
var attributedExempt = map[string]bool{"promo": true, "claim": true, "paywall": true, "cta": true, "app": true,
	"disclaimer": true}

// attributed reports a unit that names who says what it tells: a word of reported speech
// ("said", "sagte", "selon", "dijo", "secondo", "disse", "volgens", "powiedział"; see
// reportingWords) or of a reported request ("raten", "aconsejan"; requestReporting).
func attributed(sc *scratch) bool {
	return reportsRequest(&sc.tok, 0)
}

// insideMargin is how many words a phrase must leave on either side to sit inside a sentence.
const insideMargin = 3

// inside reports covered words only at least margin words from either end of the unit.
func inside(covered []bool, margin int) bool {
	for i, c := range covered {
		if c && (i < margin || i >= len(covered)-margin) {
			return false
		}
	}
	return true
}

// siteWe are folded words a site uses of itself and its readers beyond secondPerson and
// sellersOur: "we", "us", and the forms of "our" and "your" those lists leave out. Reporting
// uses them only in quotations.
var siteWe = map[string]bool{
	"we": true, "us": true, "wir": true, "uns": true, "unserer": true, "unseres": true, "euer": true,
	"eure": true, "nous": true, "nos": true, "vos": true, "noi": true, "vostro": true, "vostra": true,
	"vostri": true, "vostre": true, "nostre": true, "nosotros": true, "vuestro": true, "vuestra": true,
	"vuestros": true, "vuestras": true, "voces": true, "wij": true, "ons": true, "uw": true,
	"jullie": true, "naszego": true, "naszej": true, "naszych": true, "naszymi": true, "wasz": true,
	"wasza": true, "wasze": true, "waszego": true, "twojego": true, "twojej": true, "seus": true,
	"suas": true,
}

// speaksAsSite reports a unit in which the site speaks of itself or to its reader (see siteWe,
// secondPerson, sellersOur), that opens with a verb of the site's voice (siteVerb), or that
// opens with a footnote's asterisk.
func speaksAsSite(sc *scratch, t string) bool {
	if strings.Contains(t, "łeś") || strings.Contains(t, "łaś") || strings.HasPrefix(strings.TrimSpace(t), "*") ||
		strings.Contains(t, " * ") {
		// The Polish second person ("gdzie skończyłeś"), a footnote's asterisk, or the
		// site's mark explained ("Die mit * markierten Links …"; German's gender star is
		// written inside a word, "Leser*innen").
		return true
	}
	if sitesOwnWords(sc) {
		return true
	}
	for i := 0; i < sc.tok.n(); i++ {
		if youAt(&sc.tok, i) {
			return true
		}
	}
	if sc.tok.n() > 0 {
		return siteVerb(string(sc.tok.word(0)))
	}
	return false
}

// thisSite are folded pairs of a demonstrative and a noun for a site, a page or the work on it:
// "this website", "diese Seite", "ce site", "questo sito", "ta strona", "this work", "esta
// obra". A site speaks so of itself (its cookies, its links, the licence of its work);
// reporting names the site or the work. ("Dieser Artikel", "this article" are left out: a
// sentence of the article glued to a notice would read as the site's.)
var thisSite = map[string]map[string]bool{
	"this":   {"site": true, "website": true, "page": true, "app": true, "work": true},
	"diese":  {"seite": true, "website": true, "webseite": true, "internetseite": true, "app": true},
	"dieser": {"seite": true, "website": true, "webseite": true, "internetseite": true},
	"dieses": {"werk": true},
	"ce":     {"site": true},
	"du":     {"site": true, "service": true, "portail": true}, // "l'utilisation du service"
	"cette":  {"page": true, "application": true, "oeuvre": true},
	"este":   {"sitio": true, "site": true, "portal": true, "web": true},
	"esta":   {"web": true, "pagina": true, "aplicacion": true, "obra": true},
	"questo": {"sito": true, "portale": true},
	"questa": {"pagina": true, "app": true, "opera": true},
	"deze":   {"site": true, "website": true, "pagina": true, "app": true},
	"dit":    {"werk": true},
	"ta":     {"strona": true},
	"tej":    {"stronie": true, "witrynie": true},
	"ten":    {"serwis": true, "portal": true},
	"tym":    {"serwisie": true, "portalu": true},
}

// siteVerbEndings are the endings of verbs a site opens a sentence with when it speaks to its
// readers or of itself without a pronoun: the French imperative of "vous" ("Retrouvez",
// "Découvrez"), the first person plural ("Używamy", "Utilizamos", "Usiamo"). Reporting opens
// with its subject.
var siteVerbEndings = []string{"ez", "amy", "emy", "imy", "ymy", "amos", "emos", "imos", "iamo"}

// siteVerb reports a folded first word of six letters or more with one of siteVerbEndings.
func siteVerb(w string) bool {
	if len(w) < 6 {
		return false
	}
	for _, e := range siteVerbEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// tailNoticeCategories are the categories of notices that land glued to the end of an
// article's last paragraph and speak of the site in the third person (see reportsPhrase).
var tailNoticeCategories = map[string]bool{"cookie": true}

// tailNotice reports a rule phrase of tailNoticeCategories among sig.
func tailNotice(sig []signal) bool {
	for _, g := range sig {
		if g.class == classRule && tailNoticeCategories[strings.TrimSuffix(g.reason, "-phrase")] {
			return true
		}
	}
	return false
}

// siteNouns are the folded nouns a consent banner names the site or the paper with in the
// third person.
var siteNouns = wordSet("site website webseite internetseite seite sito sitio web pagina portal portale",
	"serwis serwisu strona strony stronie witryna witryny paper newspaper zeitung journal giornale",
	"periodico diario jornal krant gazeta")

// phraseIsSubject reports a unit in sc whose rules' phrases start at its first or second word:
// the noun phrase the sentence opens with, after an article at most ("L'uso dei cookie di
// profilazione è costato …", "Die Verwendung von Cookies ist …"). A banner opens with the site
// or the reader and says what is done with its cookies ("The paper uses cookies to …").
func phraseIsSubject(sc *scratch) bool {
	for i := 0; i < min(2, len(sc.covered)); i++ {
		if sc.covered[i] {
			return true
		}
	}
	return false
}

// appositionSubject reports a unit t, folded and matched in sc, that opens with a noun phrase
// before a name (appositionHead) whose last word no rule covers, or whose rules are all of a
// topic: the sentence's subject ("Newsletter publisher | Substack said …"), not a label.
func (s *Scorer) appositionSubject(sc *scratch, t string) bool {
	k := s.appositionHead(t)
	if k == 0 {
		return false
	}
	n := 0
	foldEach(t[:k], func([]byte) { n++ })
	return n > 0 && n <= sc.tok.n() && (!sc.covered[n-1] || topicOnly(sc.sig, false, false))
}

// proseAroundPerWord is what the words of a unit outside its rules' phrases may lean towards
// boilerplate, a word at most, for proseAround.
const proseAroundPerWord = 0.0

// proseAround reports whether the words of the unit in sc that no rule covers, and the pairs
// among them, lean towards the news by the vocabulary model: the sentence around a phrase is
// the article's. False without the model.
func (s *Scorer) proseAround(sc *scratch) bool {
	if s.vocab == nil {
		return false
	}
	sum, n := logOddsOver(&sc.tok, s.vocab, 0, sc.covered)
	return n > 0 && sum < proseAroundPerWord*float64(n)
}

// askedFirst reports a question mark followed by more words in t: a question, then another
// sentence.
func askedFirst(t string) bool {
	i := strings.IndexByte(t, '?')
	return i >= 0 && strings.IndexFunc(t[i+1:], unicode.IsLetter) >= 0
}

// newsletterRhythm reports a newsletter's phrase among the rules' evidence of the unit in sc
// and a rhythm among its words (bxRhythm: "every Friday", "chaque matin").
func newsletterRhythm(sc *scratch) bool {
	return slices.ContainsFunc(sc.sig, func(g signal) bool { return g.reason == "newsletter-phrase" }) &&
		rhythmAfter(&sc.tok, 0)
}

// rhythmAfter reports a rhythm (bxRhythm: "every Friday", "chaque matin", "elk uur") whose
// second word stands after word from of tok.
func rhythmAfter(tok *tokens, from int) bool {
	for i := from + 1; i < tok.n(); i++ {
		if pairAt(tok, i)&bxRhythm != 0 {
			return true
		}
	}
	return false
}
