package filter

import (
	"slices"
	"strings"

	"github.com/newsclean/newsclean/spam"
)

// appealMarks extends the glued spam marks ms of paragraph pi over the sentences that speak
// in the publisher's voice next to them (spam.Scorer.Appeal): a donation appeal or an
// affiliate note of several sentences goes whole, not only its sentences with a known phrase.
// It returns ms unchanged, ms with more sentence marks, or one mark over the whole paragraph;
// whole reports the last.
func appealMarks(d *document, sc *spam.Scorer, doc *spam.Doc, pi int, ms []mark) (_ []mark, whole bool) {
	p := &d.paras[pi]
	ks := d.keptSents(pi)
	if len(ks) < 2 {
		return ms, false
	}
	sents := make([]string, len(ks))
	isSpam := make([]bool, len(ks))
	reason, evidence := "", []string(nil)
	for i, si := range ks {
		sents[i] = d.sentText(p.sents[si])
		for _, m := range ms {
			if m.covers(pi, si) {
				isSpam[i] = true
				if reason == "" {
					reason, evidence = m.reason, m.evidence
				}
			}
		}
	}
	if reason == "" || len(evidence) == 0 {
		return ms, false // only bytes cut off a sentence: its rest is the article's
	}
	for _, m := range ms {
		if m.para < 0 && slices.ContainsFunc(ks, func(si int) bool { return p.sents[si].Start == m.span.Start }) {
			// A promo cut off the start of a sentence: the rest of it is the article's,
			// which no voice of the site around it takes ("Vous avez une info ? | Écrivez-nous
			// à … | Le budget sera …").
			return ms, false
		}
	}
	all, add := sc.Appeal(sents, isSpam, spam.Context{Doc: doc, Para: pi})
	// The score of the spam the voiced sentences go with comes first, as in every spam
	// removal's evidence, then the rule's name.
	voiced := []string{evidence[0], spam.AppealEvidence}
	if all {
		ev := append(voiced, evidence[1:]...)
		return []mark{d.paragraphMark(pi, StageSpam, reason, ev...)}, true
	}
	for i, v := range add {
		switch {
		case !v.Spam:
		case v.Reason == spam.AppealEvidence:
			ms = append(ms, d.sentenceMark(pi, ks[i], ks[i]+1, StageSpam, reason, voiced...))
		default:
			ms = append(ms, d.sentenceMark(pi, ks[i], ks[i]+1, StageSpam, v.Reason, d.spamEvidence(v)...))
		}
	}
	return ms, false
}

// appealTailMarks marks a promo glued to the end of paragraph pi whose last sentences speak
// as the site to the reader after its one sentence with a phrase (spam.Scorer.AppealTail),
// which the scoring of glued sentences, stopping at the last sentence, does not reach.
func appealTailMarks(d *document, sc *spam.Scorer, doc *spam.Doc, pi int) []mark {
	p := &d.paras[pi]
	ks := d.keptSents(pi)
	if len(ks) < 2 || !spam.PublisherVoice(d.sentText(p.sents[ks[len(ks)-1]])) ||
		spamCutEnds(d, p.sents[ks[len(ks)-1]].End) {
		// Most paragraphs end as the article's: a look at the last sentence spares the rest.
		return nil
	}
	sents := make([]string, len(ks))
	for i, si := range ks {
		sents[i] = d.sentText(p.sents[si])
	}
	from, v := sc.AppealTail(sents, spam.Context{Doc: doc, Para: pi})
	if from < 0 {
		return nil
	}
	ev := d.spamEvidence(v)
	ms := []mark{d.sentenceMark(pi, ks[from], ks[from]+1, StageSpam, v.Reason, ev...)}
	for _, si := range ks[from+1:] {
		ms = append(ms, d.sentenceMark(pi, si, si+1, StageSpam, v.Reason, ev[0], spam.AppealEvidence))
	}
	return ms
}

// premiseBefore reports sentence s, right before the last mark of ms, as the premise of the
// appeal or paywall that mark removes (spam.AppealPremise: "Guter Journalismus kostet
// Geld." before "Unterstützen Sie uns …").
func premiseBefore(ms []mark, s string) bool {
	if len(ms) == 0 || ms[len(ms)-1].para < 0 || !slices.ContainsFunc(ms[len(ms)-1].evidence, askingEvidence) {
		return false
	}
	return spam.AppealPremise(s)
}

// askingEvidence reports the evidence of a donation appeal, a support appeal or a paywall.
func askingEvidence(e string) bool {
	return strings.HasPrefix(e, "donation") || strings.HasPrefix(e, "paywall") || strings.HasPrefix(e, "box-donation") ||
		strings.HasPrefix(e, "box-paywall") || e == "support-appeal" || e == spam.AppealEvidence
}
