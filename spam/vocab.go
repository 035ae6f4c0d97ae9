package spam

import (
	_ "embed"
	"iter"
	"maps"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// A word model of boilerplate against news: the log-odds, per folded word and pair of
// adjacent words, that a unit using it is a site's own text rather than an article's. The
// rules name the phrases a site uses; the model knows the vocabulary around them, so it
// weighs a wording nobody wrote a rule for ("Get your need-to-know stories …") by the words
// it shares with the boilerplate the project wrote down. It is trained on project-written
// text only (vocabTrain, TestVocabModelCurrent). It adds weight to a unit that already has
// some evidence (vocabSignal), and lets a long box it reads as boilerplate throughout go
// undamped (vocabBox). Alone (vocabAlone) it speaks only inside a document: for a line of its
// own whose place confirms it, for a sentence glued to a paragraph that offers money or shouts
// in words that lean far towards boilerplate, and for a paragraph's last sentence that does
// not end like one or that leans that way in every part. The spam stage asks it about
// paragraphs through ReadsAsBoilerplate and LeansBoilerplate, and about the sentence before
// a glued promo through DenseBoilerplate.

//go:embed model/vocab.tsv
var vocabFile string

// numberHash stands for every number: "5 euro" and "9 euro" are one pair.
var numberHash = fnv("<n>")

// vocabModel returns the embedded model, parsed once: pairKey(word, 0) for a word,
// pairKey(word, next) for a pair.
var vocabModel = sync.OnceValue(func() *vocabTable { return parseVocab(vocabFile) })

func parseVocab(src string) *vocabTable {
	m := newVocabTable(strings.Count(src, "\n"))
	for f, v := range vocabEntries(src) {
		a, b, pair := strings.Cut(f, " ")
		k := pairKey(fnv(a), 0)
		if pair {
			k = pairKey(fnv(a), fnv(b))
		}
		m.put(k, float32(v))
	}
	return m
}

// vocabEntries yields the feature and the weight of each line of a model file; comments and
// malformed lines are skipped (the file is generated and checked by TestVocabModelCurrent).
func vocabEntries(src string) iter.Seq2[string, float64] {
	return func(yield func(string, float64) bool) {
		for line := range strings.Lines(src) {
			f, w, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
			if !ok || strings.HasPrefix(line, "#") {
				continue
			}
			v, err := strconv.ParseFloat(w, 32)
			if err != nil {
				continue
			}
			if !yield(f, v) {
				return
			}
		}
	}
}

// vocabTable is the model's lookup table: open addressing with linear probing over at most
// half-full slots. The scorer asks it two questions per word of every short unit, and a flat
// table answers them in about a third of a Go map's time. A slot holds a 32-bit fingerprint
// of its pairKey beside the weight, eight bytes: a probe reads one cache line, and the whole
// table (2 MB for the built-in model) stays nearer the core than keys and weights kept apart.
// Two features of the model share a fingerprint, and one takes the other's weight, only if
// they also meet in one run of slots: about one chance in ten thousand for the whole model.
type vocabTable struct {
	slots []vocabSlot
	shift uint // 64 - log2(len(slots))
}

type vocabSlot struct {
	fp uint32 // fingerprint of the key; 0: an empty slot
	w  float32
}

func newVocabTable(n int) *vocabTable {
	bits := uint(4)
	for 1<<bits < 2*n {
		bits++
	}
	return &vocabTable{slots: make([]vocabSlot, 1<<bits), shift: 64 - bits}
}

// slot returns where key k is, or the empty slot where it would go.
func (m *vocabTable) slot(k uint64) int {
	mask := len(m.slots) - 1
	i := int((k * 0x9E3779B97F4A7C15) >> m.shift)
	fp := fingerprint(k)
	for m.slots[i].fp != 0 && m.slots[i].fp != fp {
		i = (i + 1) & mask
	}
	return i
}

// fingerprint returns 32 bits of k independent of the slot's (an odd number: never 0).
func fingerprint(k uint64) uint32 { return uint32((k*0xC2B2AE3D27D4EB4F)>>32) | 1 }

func (m *vocabTable) put(k uint64, v float32) {
	m.slots[m.slot(k)] = vocabSlot{fingerprint(k), v}
}

// get returns the weight of key k, 0 for a feature the model does not hold.
func (m *vocabTable) get(k uint64) float32 {
	return m.slots[m.slot(k)].w
}

// featureHash returns word i's hash, every number as one.
func (t *tokens) featureHash(i int) uint32 {
	if isNumber(t.word(i)) {
		return numberHash
	}
	return t.w[i].hash
}

// vocabLogOdds sums the model's log-odds over the words and adjacent pairs of the unit in tok.
func vocabLogOdds(tok *tokens, m *vocabTable) float64 {
	sum, _ := logOddsOver(tok, m, 0, nil)
	return sum
}

// logOddsOver sums the model's log-odds over the words of tok from word from on that skip
// does not mark (skip may be nil), and over the pairs of adjacent ones among them (see
// vocabLogOdds); n is how many words it summed.
func logOddsOver(tok *tokens, m *vocabTable, from int, skip []bool) (sum float64, n int) {
	prev := uint32(0)
	for i := from; i < tok.n(); i++ {
		if skip != nil && skip[i] {
			continue
		}
		h := tok.featureHash(i)
		sum += float64(m.get(pairKey(h, 0)))
		if i > from && (skip == nil || !skip[i-1]) {
			sum += float64(m.get(pairKey(prev, h)))
		}
		prev, n = h, n+1
	}
	return sum, n
}

// logOddsUntil sums the model's log-odds over the words and adjacent pairs of the unit in tok,
// and reports false, with the sum so far, when it gives up early: after every multiple of
// every words, up to until words, when the words so far average less than perWord. With until
// 0 it never does.
func logOddsUntil(tok *tokens, m *vocabTable, every, until int, perWord float64) (float64, bool) {
	n := tok.n()
	sum := 0.0
	prev := uint32(0)
	for i := 0; i < n; i++ {
		h := tok.featureHash(i)
		sum += float64(m.get(pairKey(h, 0)))
		if i > 0 {
			sum += float64(m.get(pairKey(prev, h)))
		}
		prev = h
		if k := i + 1; k <= until && k < n && k%every == 0 && sum < perWord*float64(k) {
			return sum, false
		}
	}
	return sum, true
}

// logOdds returns vocabLogOdds for the unit in sc, computed once per unit.
func (sc *scratch) logOdds(m *vocabTable) float64 {
	if !sc.vocabKnown {
		sc.vocabLo, sc.vocabKnown = vocabLogOdds(&sc.tok, m), true
	}
	return sc.vocabLo
}

// denseFrom reports whether the unit in sc leans towards boilerplate from its first words on
// and averages vocabGluedDense a word over all of them: its first vocabDenseHead words
// average vocabDenseHeadPerWord or more. Most units it is asked about are sentences of news,
// whose first words settle it: it stops there, at a fraction of the lookups of the whole.
func (sc *scratch) denseFrom(m *vocabTable) bool {
	if !sc.vocabKnown && !sc.logOddsUnless(m, vocabDenseHead, vocabDenseHead, vocabDenseHeadPerWord) {
		return false
	}
	return sc.vocabLo >= vocabGluedDense*float64(sc.tok.n())
}

// logOddsUnless sums the model's log-odds over the unit in sc, as vocabLogOdds does, and keeps
// the sum (logOdds), unless it gives up first and reports false (see logOddsUntil).
func (sc *scratch) logOddsUnless(m *vocabTable, every, until int, perWord float64) bool {
	sum, ok := logOddsUntil(&sc.tok, m, every, until, perWord)
	if ok {
		sc.vocabLo, sc.vocabKnown = sum, true
	}
	return ok
}

// vocabTrain counts the features of the boilerplate units spam and of the news units news,
// each by language, and returns the model's file: one "word<TAB>log-odds" or "word
// next<TAB>log-odds" a line, sorted, for the features seen at least vocabMinCount times whose
// log-odds is large enough to matter. The estimate is multinomial naive Bayes with add-half
// smoothing. Each language's boilerplate and news weigh the same in total, so that a
// language's own words ("de", "het", "że") say nothing about the kind, however many lines of
// each kind it has.
func vocabTrain(spam, news map[string][]string) string {
	type counts struct {
		spam, news float64
		n          int
	}
	c := map[string]*counts{}
	var tok tokens
	count := func(units []string, isSpam bool, weight float64) (total float64) {
		for _, u := range units {
			tok.fold(u)
			prev := ""
			for i := 0; i < tok.n(); i++ {
				w := string(tok.word(i))
				if isNumber(tok.word(i)) {
					w = "<n>"
				}
				feats := []string{w}
				if i > 0 {
					feats = append(feats, prev+" "+w)
				}
				prev = w
				for _, f := range feats {
					e := c[f]
					if e == nil {
						e = &counts{}
						c[f] = e
					}
					if isSpam {
						e.spam += weight
					} else {
						e.news += weight
					}
					e.n++
					total += weight
				}
			}
		}
		return total
	}
	var totalSpam, totalNews float64
	for _, lang := range slices.Sorted(maps.Keys(spam)) {
		if len(spam[lang]) == 0 || len(news[lang]) == 0 {
			continue // a language with one kind only would teach its words as the kind
		}
		totalSpam += count(spam[lang], true, 1000/float64(len(spam[lang])))
		totalNews += count(news[lang], false, 1000/float64(len(news[lang])))
	}
	v := float64(len(c))
	var lines []string
	for f, e := range c {
		if e.n < vocabMinCount {
			continue
		}
		lo := math.Log((e.spam+0.5)/(totalSpam+0.5*v)) - math.Log((e.news+0.5)/(totalNews+0.5*v))
		if math.Abs(lo) < vocabMinWeight {
			continue
		}
		lines = append(lines, f+"\t"+strconv.FormatFloat(lo, 'f', 2, 32)+"\n")
	}
	sort.Strings(lines)
	return "# generated by TestVocabModelCurrent -update-vocab from the project's own text; do not edit\n" +
		strings.Join(lines, "")
}

const (
	vocabMinCount  = 2   // a feature seen once says more about one line than about the kind
	vocabMinWeight = 0.5 // features nearer even than this change no verdict
)

// vocabSignal adds the model's verdict on the unit in sc, which has some evidence already,
// when its words lean clearly towards boilerplate: further for a unit that ends like a
// sentence, or whose evidence is the weakest there is (weakest), and further still for a
// sentence whose only words of evidence are the site's furniture ("La redazione risponde alle
// lettere dei lettori …": a newsroom tells of its work in the words of its pages). It is a
// context signal, not a rule's: it weighs the evidence of the rules, families and shapes, and
// is no evidence of its own.
//
// A short line of its own (line) whose every word leans that way (shortLean) gets
// vocabShortWeight whatever its total: three words cannot add up to the floor.
func vocabSignal(sc *scratch, m *vocabTable, t string, weakest, line bool) bool {
	floor := float64(vocabFloor)
	switch sentence := reportedSentence(t); {
	case sentence && furnitureOnly(sc.sig):
		floor = vocabFurnitureSentence
	case sentence || weakest:
		floor = vocabSentenceFloor
	}
	lo := sc.logOdds(m)
	short := line && shortLean(t, sc.tok.n(), lo)
	if lo < floor && !short {
		return false
	}
	w := min(vocabMaxWeight, vocabBaseWeight+(lo-vocabFloor)*vocabSlope)
	if short {
		w = max(w, vocabShortWeight)
	}
	sc.sig = append(sc.sig, signal{VocabularyEvidence, VocabularyEvidence, w, classContext})
	return true
}

// vocabAlone adds the model's verdict on a unit that no rule, family or shape explains, when
// its words are those of boilerplate beyond doubt; the caller scores it inside a document only.
// A line of its own gets a weight under the threshold: it must also sit off the article's
// topic, or have a shape of its own (see contextSignals). A sentence glued to a paragraph has
// no such place to confirm it, so it needs its words to lean much further (vocabGluedAlone;
// vocabGluedTail when it ends a paragraph without ending like a sentence), and then the model
// explains the whole of it. Either must survive the checks for news
// (topicHeading, reportsPhrase, containsProse …). It reports whether it added the signal.
func vocabAlone(sc *scratch, m *vocabTable, t string, kind Kind, tail bool) bool {
	if kind == Glued {
		// Most sentences at a paragraph's end are the article's, and end like sentences: only
		// one that offers money or shouts is worth the lookups, or one at the end that does not
		// end like a sentence (a button or a teaser run on after the article's last full stop:
		// "Klick hier für alle Tore im Video"), which needs less (vocabGluedTail). A sentence
		// at the end that ends like one needs its words to lean that way in every part
		// (denseFrom): a consent or edition notice in the site's voice ("Puedes cambiar tu
		// elección en cualquier momento desde el enlace al pie de esta página.").
		floor := float64(vocabGluedAlone)
		dense := false
		switch {
		case tail && !terminated(t):
			floor = vocabGluedTail
		case !moneyAmount(t) && strings.IndexByte(t, '!') < 0:
			if !tail {
				return false
			}
			dense = true
		}
		if dense && !sc.denseFrom(m) {
			return false
		}
		if sc.logOdds(m) < floor || attributed(sc) {
			return false
		}
		sc.labelWhole(signal{VocabularyEvidence, VocabularyEvidence, vocabGluedWeight, classRule})
		return true
	}
	lo := sc.logOdds(m)
	if lo < vocabAloneFloor {
		return false // under every floor below: most units end here
	}
	floor, w := float64(vocabAloneFloor), vocabAloneWeight
	if reportedSentence(t) {
		floor = vocabAloneSentence
	}
	if lo >= vocabVoiceFloor && sitesOwnWords(sc) && addressesReader(&sc.tok, t) {
		// Under vocabVoiceFloor a line that does not end like a sentence keeps the floor
		// and the weight of any line's.
		floor, w = vocabVoiceFloor, vocabVoiceWeight
	}
	if lo < floor || attributed(sc) {
		// Reported speech ("…, hieß es", "the club said") is the article's, whatever its
		// words: the model alone does not judge it.
		return false
	}
	sc.sig = append(sc.sig, signal{VocabularyEvidence, VocabularyEvidence, w, classRule})
	return true
}

// vocabLongAlone adds the model's verdict on a line of its own longer than it judges alone as
// a unit (vocabMaxWords), up to vocabLongBytes, that no rule, family or shape explains, when
// its words average vocabLongPerWord of log-odds or more: a box kept as one paragraph in
// wordings no rule holds (a betting partner's offer, a crypto platform's pitch, a lender's
// terms). Prose averages far less (of the realworld clean paragraphs, one job posting
// averages 1.0 a word, the rest at most 0.8). The words must lean that way from the start
// (averagesFrom): a paragraph of news stops the lookups at its first check. Reported speech is
// the article's, as for vocabAlone. It reports whether it added the signal; the caller leaves
// the line undamped for its length.
func vocabLongAlone(sc *scratch, m *vocabTable) bool {
	if !sc.averagesFrom(m, vocabLongPerWord) || attributed(sc) {
		return false
	}
	sc.sig = append(sc.sig, signal{VocabularyEvidence, VocabularyEvidence, vocabLongWeight, classRule})
	return true
}

// averagesFrom reports whether the unit in sc reaches vocabWholeFloor of log-odds and averages
// perWord a word. Every vocabCheckWords words it stops when the words so far average less than
// half of perWord: most units it is asked about are paragraphs of news, which settle it at the
// first check.
func (sc *scratch) averagesFrom(m *vocabTable, perWord float64) bool {
	if !sc.vocabKnown && !sc.logOddsUnless(m, vocabCheckWords, sc.tok.n(), perWord/2) {
		return false
	}
	return throughout(sc.vocabLo, sc.tok.n(), perWord)
}

// VocabularyEvidence names the vocabulary model's evidence in a Verdict.
const VocabularyEvidence = "vocabulary"

// ReadsAsBoilerplate reports whether the model reads t, sentences the rules found no
// evidence in, as the site's text through and through: its log-odds reaches vocabWholeFloor
// and averages vocabWholePerWord a word. The sentences of a box the scraper kept as one
// paragraph, around the one the rules found, speak of the site's product in its voice
// ("Every weekday at 7 with our reporters."); a paragraph of news averages less (of the
// realworld clean paragraphs, one job posting averages 1.0 a word, the rest at most 0.8). It
// is false without the built-in rules.
func (s *Scorer) ReadsAsBoilerplate(t string) bool {
	lo, n := s.logOddsOf(t)
	return throughout(lo, n, vocabWholePerWord)
}

// throughout reports whether log-odds lo of a unit of n words reaches vocabWholeFloor and
// averages perWord a word: the unit reads as boilerplate from end to end, not in one part.
func throughout(lo float64, n int, perWord float64) bool {
	return reaches(lo, n, vocabWholeFloor, perWord)
}

// reaches reports whether log-odds lo of a unit of n words reaches floor and averages perWord
// a word.
func reaches(lo float64, n int, floor, perWord float64) bool {
	return lo >= floor && lo >= perWord*float64(n)
}

// DenseBoilerplate reports whether the model reads every part of t as boilerplate: its
// log-odds reaches vocabDenseFloor and averages vocabDensePerWord a word, half again what a
// box's paragraph must (ReadsAsBoilerplate). The spam stage asks it of the sentence right
// before a promo glued to the end of a paragraph: the presentation of the box the promo ends
// ("Dieser Artikel enthält Links zu Onlineshops." before "Bei einem Kauf erhalten wir eine
// Provision."), which no rule explains. It is false without the built-in rules.
func (s *Scorer) DenseBoilerplate(t string) bool {
	lo, n := s.logOddsOf(t)
	return reaches(lo, n, vocabDenseFloor, vocabDensePerWord)
}

// LeansThroughout reports whether the words of t lean towards boilerplate word after word:
// log-odds ≥ vocabThroughoutFloor and ≥ vocabThroughoutPerWord a word. The spam stage asks it
// of the sentences next to a promo glued to the end of a paragraph: a short question right
// before it, the teaser of a box that speaks to the reader in a verb's person rather than
// with a "you" ("Já tem conta?", "Non hai tempo di leggere?"), and the sentence after it that
// ends the paragraph, the rest of the box ("Proseguendo nella lettura accetti il loro
// utilizzo."). A reporter's question leans less: of the 23 questions of at most eight words
// in the realworld clean paragraphs and the project's news probes, the highest averages 0.9 a
// word. It is false without the built-in rules.
func (s *Scorer) LeansThroughout(t string) bool {
	lo, n := s.logOddsOf(t)
	return reaches(lo, n, vocabThroughoutFloor, vocabThroughoutPerWord)
}

// LeansBoilerplate reports whether the model's words of t lean towards boilerplate at all:
// its log-odds reaches vocabFloor. The spam stage asks it of each sentence of a paragraph that
// the model judged as a whole (VocabularyEvidence), to see whether the model's evidence is
// spread over the paragraph or sits in one sentence. It is false without the built-in rules.
func (s *Scorer) LeansBoilerplate(t string) bool {
	lo, _ := s.logOddsOf(t)
	return lo >= vocabFloor
}

// LeansAsBox reports whether the words of t lean towards boilerplate (log-odds ≥ vocabFloor)
// and average vocabWholePerWord a word, as a box's paragraph must (ReadsAsBoilerplate). The
// spam stage asks it of each sentence a glued promo leaves in a paragraph whose opening it
// took: a sentence of a newsroom's findings in the first person ("Wir haben für diesen
// Bericht nachgerechnet, und Sie zahlen …") may lean past vocabFloor over its length, but
// not a unit of log-odds a word. It is false without the built-in rules.
func (s *Scorer) LeansAsBox(t string) bool {
	lo, n := s.logOddsOf(t)
	return reaches(lo, n, vocabFloor, vocabWholePerWord)
}

// logOddsOf returns the model's log-odds for t and its number of words; 0 without the model.
func (s *Scorer) logOddsOf(t string) (float64, int) {
	if s.vocab == nil || len(t) > maxUnitBytes {
		return 0, 0
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.tok.fold(t)
	return vocabLogOdds(&sc.tok, s.vocab), sc.tok.n()
}

// vocabBox adds the model's verdict on a line longer than the model judges as a unit
// (vocabMaxWords), whose rules found some evidence, when its words average vocabBoxPerWord of
// log-odds or more: a newsletter box, a paywall notice or a donation appeal kept as one
// paragraph. The caller then leaves the line undamped for its length: damping is for prose
// with a promo at one end, and prose averages far less a word (of the realworld clean
// paragraphs, one job posting averages 1.0, the rest at most 0.8).
func vocabBox(sc *scratch, m *vocabTable) bool {
	if !throughout(sc.logOdds(m), sc.tok.n(), vocabBoxPerWord) {
		return false
	}
	sc.sig = append(sc.sig, signal{VocabularyEvidence, VocabularyEvidence, vocabMaxWeight, classContext})
	return true
}

// shortLean reports a line of at most vocabShortWords words t, with log-odds lo, that does not
// end like a sentence (a question may: "Warum ein Abo?") and whose words average
// vocabShortPerWord towards boilerplate, at least vocabShortFloor in all: a label or a
// teaser of the site's furniture ("Free weekly newsletter", "Rispondi al commento",
// "Voordelen voor abonnees"). Three words cannot reach the floors of longer units; the
// subheadings of the project's corpus average at most 0.8 a word. It weighs only a line with
// some evidence already, a word of site furniture at least (vocabSignal): alone, a short
// line of a live ticker leans as far ("Gleich geht es los", 1.6 a word).
func shortLean(t string, n int, lo float64) bool {
	if n < 2 || n > vocabShortWords || lo < vocabShortFloor || lo < vocabShortPerWord*float64(n) {
		return false
	}
	end := strings.TrimRight(t, " \t\"'”’»)]")
	return !labelEndsSentence(t) || strings.HasSuffix(end, "?")
}

const (
	vocabShortWords   = 6    // the longest line shortLean reads, in words
	vocabShortPerWord = 1.2  // the least average log-odds a word
	vocabShortFloor   = 3.5  // the least log-odds in all: two words at 1.75
	vocabShortWeight  = 0.35 // with a word of site furniture, under the threshold: the place must confirm it
)

const (
	vocabMaxWords = 30 // a longer unit is prose with a promo at one end as often as a box

	// vocabLongPerWord is what a line longer than vocabMaxWords that nothing else explains
	// must average a word (vocabLongAlone): 0.25 over the highest realworld clean paragraph.
	vocabLongPerWord = 1.3
	vocabLongWeight  = 0.55 // enough alone: the words are the site's from end to end
	vocabLongBytes   = 1000 // a longer unit is an article's paragraph, whatever its words
	vocabCheckWords  = 5    // averagesFrom checks the words so far this often

	vocabFloor      = 8    // log-odds below this: the words say too little
	vocabBaseWeight = 0.2  // the weight at the floor
	vocabSlope      = 0.02 // and per unit of log-odds above it
	vocabMaxWeight  = 0.4  // never enough to remove a unit with no other evidence
	// vocabSentenceFloor is the floor for a unit that ends like a sentence: news reports in
	// the words of boilerplate, and such a sentence needs its words to lean further.
	vocabSentenceFloor = 20
	// vocabFurnitureSentence is the floor for a sentence whose only evidence is words of site
	// furniture (furnitureOnly).
	vocabFurnitureSentence = 25

	// vocabWeakest is just above the score of the weakest evidence, one word of site
	// furniture ("PDF", "Konto"). In a glued unit that is a reason to weigh the vocabulary only
	// when it leans as far as a sentence's must (vocabSentenceFloor; vocabFurnitureSentence
	// when the unit ends like a sentence): "Die Stellenanzeige finden Sie hier als PDF zum
	// Ausdrucken." (19.5) is the site's and the article's; "Tagesgeld mit 3,5 % Zinsen,
	// täglich verfügbar – jetzt Konto eröffnen." (28.7) is an ad.
	vocabWeakest = 0.21

	vocabAloneFloor  = 12   // log-odds of a line nothing else explains: well towards boilerplate
	vocabAloneWeight = 0.45 // under the threshold: the line's place must confirm it
	// vocabVoiceFloor and vocabVoiceWeight are for a line the model alone judges in which the
	// site speaks of itself (sitesOwnWords: "we", "our", "this site") to the reader
	// (AddressesReader): the voice confirms the words ("Vond je dit een goed stuk? … houd je
	// ons in de lucht."). Advice to the reader in the same words has no "we" ("If you want to
	// cancel your subscription, you can …"), a newsroom's note on its work no "you" ("Eine
	// Auswahl zeigen wir in unserer Bildergalerie …").
	vocabVoiceFloor  = 19
	vocabVoiceWeight = 0.55
	// vocabAloneSentence is the floor for a line that ends like a sentence: news gives the
	// reader advice in the words of a sign-up box ("Sichern Sie sich rechtzeitig einen Termin
	// beim Bürgeramt, wenn …").
	vocabAloneSentence = 25

	// vocabGluedAlone is the floor for a glued sentence nothing else explains: of the
	// sentences of the realworld clean paragraphs, the highest of at most vocabMaxWords words
	// scores 20 (the highest of any length 33, a 59-word review of an app).
	vocabGluedAlone  = 25
	vocabGluedWeight = 0.5
	// vocabGluedTail is the floor for the last sentence of a paragraph that does not end like a
	// sentence: of the realworld clean paragraphs that so end, the last sentence scores at most
	// 12.3 (one that runs into an ad label), the others at most 5.
	vocabGluedTail = 14
	// vocabGluedDense is the least average a word of a sentence that ends a paragraph like
	// a sentence and neither offers money nor shouts, for the model alone to judge it (with
	// vocabGluedAlone): no realworld clean sentence scores 25 (the highest, 22.7), and of the
	// news probes' sentences none reaches 25 at 1.6 a word.
	vocabGluedDense = 1.6
	// vocabDenseHead words at the start must average vocabDenseHeadPerWord (denseFrom).
	vocabDenseHead        = 5
	vocabDenseHeadPerWord = 1.0
	// vocabDenseFloor and vocabDensePerWord: DenseBoilerplate. Of the 1,404 sentences of the
	// realworld clean paragraphs, three reach both (a five-word remark on a social network;
	// two sentences of a job posting); of 2,422 news sentences helpers wrote in boilerplate's
	// words, three. None of them went when the project's probes put each right before a promo
	// glued to its paragraph.
	vocabDenseFloor   = 12
	vocabDensePerWord = 1.5
	// vocabThroughoutFloor and vocabThroughoutPerWord: LeansThroughout.
	vocabThroughoutFloor   = 3
	vocabThroughoutPerWord = 1.2

	vocabWholeFloor   = 20  // ReadsAsBoilerplate, vocabBox: the least log-odds of the whole
	vocabWholePerWord = 1.0 // ReadsAsBoilerplate: the least average a word
	vocabBoxPerWord   = 1.2 // vocabBox: the least average a word, a margin over news paragraphs
	// vocabAlonePerWord is the least average a word of a line the model alone judged for it
	// to go undamped for its length (scoreIn): a newsroom's own note to its readers ("…
	// eine Auswahl zeigen wir auf unserer Lokalseite.") averages 1.3.
	vocabAlonePerWord = 1.5
	// vocabBoxLeast is the least score, damped, of the rules' evidence in a long line that
	// vocabBox weighs: one word of site furniture in a long paragraph is not worth the lookups.
	vocabBoxLeast = 0.3
)
