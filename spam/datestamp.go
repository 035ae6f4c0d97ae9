package spam

import (
	"bytes"
	"strings"
	"unicode"
)

// A page prints when its article went up and when it last changed: "Published 12 March 2024,
// 10:15 | Updated 18:40", "Pubblicato il 12 marzo 2024 alle 10:15", "Publié le 12 mars à 10h15,
// mis à jour à 18h40", "Opublikowano: 12.03.2024, 10:15". A scraper keeps the stamp as a line,
// or glues it to the paragraph next to it. The stamp opens on a word of publishing or
// updating, holds a figure, and nothing else but dates, times, time zones and function words:
// a sentence of the article that reports a publication has a subject and a verb of its own
// ("The report, published on 12 March, found …").

// stampWords are the folded words of publishing and updating in the eight languages.
var stampWords = wordSet(
	"published posted updated modified last",
	"pubblicato pubblicata aggiornato aggiornata aggiornamento modificato ultimo ultima",
	"veroffentlicht aktualisiert geandert zuletzt",
	"publie publiee modifie mis jour",
	"publicado publicada actualizado actualizada modificado ultima actualizacion",
	"atualizado atualizada atualizacao",
	"gepubliceerd bijgewerkt gewijzigd laatst",
	"opublikowano aktualizacja zaktualizowano aktualizowano")

// stampFiller are the folded words a stamp may hold besides its own and the function words:
// months and days in the eight languages and their short forms, words of the time of day and
// time zones.
var stampFiller = wordSet(
	"january february march april may june july august september october november december",
	"jan feb mar apr jun jul aug sep sept oct nov dec",
	"monday tuesday wednesday thursday friday saturday sunday",
	"gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
	"gen giu lug ago set ott dic",
	"lunedi martedi mercoledi giovedi venerdi sabato domenica",
	"januar februar marz juni juli oktober dezember",
	"montag dienstag mittwoch donnerstag freitag samstag sonntag",
	"janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
	"lundi mardi mercredi jeudi vendredi samedi dimanche",
	"enero febrero abril mayo junio julio agosto septiembre octubre noviembre diciembre",
	"lunes martes miercoles jueves viernes sabado domingo",
	"janeiro fevereiro marco maio junho julho setembro outubro novembro dezembro",
	"segunda terca quarta quinta sexta feira",
	"januari februari maart mei augustus oktober",
	"maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
	"stycznia lutego marca kwietnia maja czerwca lipca sierpnia wrzesnia pazdziernika listopada grudnia",
	"poniedzialek wtorek sroda czwartek piatek sobota niedziela",
	"h hrs uhr ore horas hs godz godzina uur am pm",
	"cet cest gmt utc bst edt est pst")

// Bounds of a stamp, in words.
const (
	stampMinWords = 3
	stampMaxWords = 24
)

// dateStampWeight is the stamp's evidence: a line of the page template.
const dateStampWeight = 0.6

// DateStampEvidence names a publishing or updating stamp in a Verdict.
const DateStampEvidence = "date-stamp"

// stampBits holds one bit per fold hash of stampWords.
var stampBits = hashBits(stampWords)

// dateStamp adds the evidence of a unit that is a stamp from its first word to its last, and
// counts a candidate for one that opens with a stamp.
func (s *Scorer) dateStamp(sc *scratch) {
	tok := &sc.tok
	n := tok.n()
	if n < stampMinWords || tok.w[0].sets&setStamp == 0 {
		return // nearly every unit: a stamp opens on its word of publishing or updating
	}
	switch end, ok := s.stampRun(tok); {
	case ok && end == n && n <= stampMaxWords:
		sc.labelWhole(signal{DateStampEvidence, "template-phrase", dateStampWeight, classRule})
	case ok:
		sc.candidates++ // a stamp opens the unit: glued to its first sentence (stampLead)
	}
}

// stampRun reads the words of tok while they may belong to a stamp, and returns where the run
// ends; ok says it holds a word of stampWords and a figure. Nearly every unit ends the run at
// one of its first words.
func (s *Scorer) stampRun(tok *tokens) (end int, ok bool) {
	n := tok.n()
	label, figure := false, false
	i := 0
	for ; i < n; i++ {
		w := tok.word(i)
		switch {
		case tok.w[i].sets&setStamp != 0 && stampWords[string(w)]:
			label = true
		case len(w) <= 10 && bytes.ContainsAny(w, "0123456789"): // "2024", "10h15", "12.03.2024"
			figure = true
		case stampFiller[string(w)] || s.stop[string(w)]:
		default:
			return i, label && figure
		}
	}
	return i, label && figure
}

// stampLead cuts a stamp glued to the start of sentence t, up to a capitalised word that opens
// the article's sentence: "Pubblicato il 12 marzo 2024 alle 10:15 | Il consiglio comunale …".
// Every word before it is a stamp's, and the rest reads as a sentence with no evidence.
func (s *Scorer) stampLead(t string) (int, Verdict) {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	words := 0
	prev := ""
	for start := 0; start < len(t) && words <= stampMaxWords; {
		var stop int
		if start, stop = nextField(t, start); start == stop {
			break
		}
		field := t[start:stop]
		sc.tok.fold(field)
		if sc.tok.n() == 0 {
			start = stop
			continue
		}
		if words >= stampMinWords && capitalised(field) && !strings.HasSuffix(prev, ",") && !stampWords[string(sc.tok.word(0))] {
			function := s.stop[string(sc.tok.word(0))]
			head := strings.TrimRightFunc(t[:start], unicode.IsSpace)
			sc.tok.fold(head)
			if end, ok := s.stampRun(&sc.tok); ok && end == sc.tok.n() && s.restReads(t[start:], function) {
				return len(head), Verdict{Spam: true, Score: dateStampWeight, Reason: "template-phrase",
					Evidence: []string{DateStampEvidence, "glued-to-prose"}}
			}
			sc.tok.fold(field) // the stamp may go on: "… 10:15 - | Aggiornato alle 18:40"
		}
		if end, _ := s.stampRun(&sc.tok); end < sc.tok.n() {
			return 0, Verdict{} // a word no stamp holds
		}
		words += sc.tok.n()
		prev = field
		start = stop
	}
	return 0, Verdict{}
}
