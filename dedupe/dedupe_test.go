package dedupe

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// doc builds units from paragraphs of sentences separated by "|".
func doc(paras ...string) []Unit {
	var us []Unit
	for pi, p := range paras {
		for _, s := range strings.Split(p, "|") {
			us = append(us, Unit{Text: strings.TrimSpace(s), Para: pi})
		}
	}
	return us
}

type want struct {
	index  int
	reason string
	text   string // the removed bytes
}

var findCases = []struct {
	name  string
	units []Unit
	want  []want
}{
	{"faq answer repeated at the start of the next paragraph",
		doc("Perché si sono interrotte? | Per una combinazione di eventi e sfiducia politica.",
			"Per una combinazione di eventi e sfiducia politica. | Quando è iniziata? | Nel 2020."),
		[]want{{2, ReasonRepeated, "Per una combinazione di eventi e sfiducia politica."}}},
	{"repeat with changed quotes, punctuation and an orphan space",
		doc("Il ministro ha detto: “la riforma passerà entro l’estate”.",
			"Il ministro ha detto \"la riforma passerà entro l'estate\" ."),
		[]want{{1, ReasonRepeated, "Il ministro ha detto \"la riforma passerà entro l'estate\" ."}}},
	{"dropped anchor text",
		doc("Il rifiuto è stato legato ai mercenari del gruppo Wagner .",
			"Altro testo che non c'entra nulla con il resto.",
			"Il rifiuto è stato legato ai mercenari del gruppo ."),
		[]want{{2, ReasonNear, "Il rifiuto è stato legato ai mercenari del gruppo ."}}},
	{"the damaged copy comes first: it goes, the complete one stays",
		doc("The court fined the company for misleading its customers about fees .",
			"The court fined the company for misleading its many customers about fees."),
		[]want{{0, ReasonNear, "The court fined the company for misleading its customers about fees ."}}},
	{"a repeat whose original the splitter cut in two",
		doc("It speaks of cities, of nights, of the century.” | When neon lights debuted in Europe, they seemed futuristic.",
			"It speaks of cities, of nights, of the century.” when neon lights debuted in Europe, they seemed futuristic."),
		[]want{{2, ReasonRepeated, "It speaks of cities, of nights, of the century.” when neon lights debuted in Europe, they seemed futuristic."}}},
	{"a damaged copy of a sentence the splitter did not split",
		doc("Informa o jornalista Wesley Galzo, no jornal Estado de S. Paulo.",
			"Informa o jornalista Wesley Galzo, no jornal de S . | Segundo o legista, o corpo foi arrastado."),
		[]want{{1, ReasonNear, "Informa o jornalista Wesley Galzo, no jornal de S ."}}},
	{"a copy of the tail of a sentence after an abbreviation",
		doc("Zwłaszcza nad AfD, z notowaniami sięgającymi 23 proc. i chadecją ok. 31 proc., największym ugrupowaniem politycznym Niemiec.",
			"31 proc., największym ugrupowaniem politycznym Niemiec. | Podsumujmy."),
		[]want{{1, ReasonRepeated, "31 proc., największym ugrupowaniem politycznym Niemiec."}}},
	{"a copied beginning the splitter missed: only the copy goes",
		doc("Il valico è aperto. | Lo hanno riferito fonti locali aggiungendo che l'apertura serve a favorire l'uscita dei feriti",
			"Lo hanno riferito fonti locali aggiungendo che l'apertura serve a favorire l'uscita dei feriti \"È falso\" dire che l'Italia sia coinvolta."),
		[]want{{2, ReasonRepeated, "Lo hanno riferito fonti locali aggiungendo che l'apertura serve a favorire l'uscita dei feriti"}}},
	{"a copied beginning ends before a form feed, as before a space",
		doc("Il valico è aperto. | Lo hanno riferito fonti locali aggiungendo che l'apertura serve a favorire l'uscita dei feriti",
			"Lo hanno riferito fonti locali aggiungendo che l'apertura serve a favorire l'uscita dei feriti\f\"È falso\" dire che l'Italia sia coinvolta."),
		[]want{{2, ReasonRepeated, "Lo hanno riferito fonti locali aggiungendo che l'apertura serve a favorire l'uscita dei feriti"}}},
	{"an invalid byte between two words reads as the space the output has there",
		doc("Il valico è aperto. | Lo hanno riferito fonti locali aggiungendo che l'apertura serve a favorire l'uscita dei feriti",
			"Lo hanno riferito fonti locali aggiungendo che l'apertura serve a favorire l'uscita dei feriti\xcb2026 secondo il ministero."),
		[]want{{2, ReasonRepeated, "Lo hanno riferito fonti locali aggiungendo che l'apertura serve a favorire l'uscita dei feriti"}}},
	{"a control character before a full stop reads as nothing",
		doc("Lo hanno riferito fonti locali aggiungendo che l'apertura serve a favorire l'uscita dei feriti.",
			"Lo hanno riferito fonti locali aggiungendo che l'apertura serve a favorire l'uscita dei feriti\x01."),
		[]want{{1, ReasonRepeated, "Lo hanno riferito fonti locali aggiungendo che l'apertura serve a favorire l'uscita dei feriti\x01."}}},
	{"a caption repeated inside a longer sentence stays",
		doc("Il presidente della Repubblica Sergio Mattarella",
			"Il presidente della Repubblica Sergio Mattarella ha detto: «Serve unità»."),
		nil},
	{"a repeated run of sentences and a repeated paragraph",
		doc("La giunta ha approvato il bilancio del comune. | Il voto è arrivato dopo tre ore di discussione.",
			"Poi la seduta è stata sciolta dal presidente.",
			"La giunta ha approvato il bilancio del comune. | Il voto è arrivato dopo tre ore di discussione. | Resta il nodo dei trasporti in città."),
		[]want{{3, ReasonRepeated, "La giunta ha approvato il bilancio del comune."}, {4, ReasonRepeated, "Il voto è arrivato dopo tre ore di discussione."}}},
	{"sentences that differ in a number are not duplicates",
		doc("Il PIL è cresciuto dell'1,2% nel primo trimestre dell'anno.", "Il PIL è cresciuto dell'1,4% nel primo trimestre dell'anno."),
		nil},
	{"sentences that differ in a name are not duplicates",
		doc("Mario Rossi ha vinto la gara di ieri sera a Milano.", "Luigi Bianchi ha vinto la gara di ieri sera a Milano."),
		nil},
	{"a copy missing a number is not a near-copy",
		doc("The council approved the plan with 27 votes after a long debate.", "The council approved the plan with votes after a long debate."),
		nil},
	{"a copy missing a negation is not a near-copy",
		doc("Der Minister hat die Reform nicht unterschrieben, sagte ein Sprecher.", "Der Minister hat die Reform unterschrieben, sagte ein Sprecher."),
		nil},
	{"a French copy missing its pas is not a near-copy",
		doc("Le maire ne viendra pas à la réunion de lundi soir, selon son cabinet.", "Le maire ne viendra à la réunion de lundi soir, selon son cabinet."),
		nil},
	{"a Polish pas (a lane) is an ordinary word",
		doc("Na jezdni wyznaczono szerszy pas dla rowerów i nowe przejście dla pieszych.", "Na jezdni wyznaczono szerszy dla rowerów i nowe przejście dla pieszych ."),
		[]want{{1, ReasonNear, "Na jezdni wyznaczono szerszy dla rowerów i nowe przejście dla pieszych ."}}},
	{"short formulaic sentences stay",
		doc("Sì. | No comment.", "Sì. | No comment. | Grazie a tutti."),
		nil},
	{"a quoted refrain stays when it does not follow itself",
		doc("«Non ci arrenderemo mai, mai, mai!»", "Lo ripetevano in piazza i manifestanti.", "«Non ci arrenderemo mai, mai, mai!»"),
		nil},
	{"a quoted sentence doubled right after itself goes",
		doc("«Non ci arrenderemo mai, mai, mai!»", "«Non ci arrenderemo mai, mai, mai!»"),
		[]want{{1, ReasonRepeated, "«Non ci arrenderemo mai, mai, mai!»"}}},
	{"list items stay",
		doc("- 200 g di farina di grano tenero", "- un cucchiaio di olio extravergine", "Per la salsa:", "- 200 g di farina di grano tenero"),
		nil},
	{"a near-copy with too many words missing is not reported",
		doc("The regional government announced new rules on parking near the station today.", "The regional government announced rules today."),
		nil},
}

func TestJunkSpace(t *testing.T) {
	for _, tc := range []struct {
		s     string
		i     int
		end   int
		space bool
	}{
		{"hall\xcb0", 4, 5, true},         // letter, digit: the output has "hall 0"
		{"hall\x01\x02Ora", 4, 6, true},   // two control characters between letters
		{"hall\x01.", 4, 5, false},        // before a full stop: "hall."
		{"1\xcb,5", 1, 2, true},           // a digit and a comma would make "1,5"
		{"hall. \xcb0", 6, 7, false},      // after a space
		{"\xcb0", 0, 1, false},            // nothing before
		{"ab\xc2\x85cd", 2, 4, true},      // U+0085, a C1 control, between letters
		{"ab\xef\xbf\xbdcd", 2, 2, false}, // a real U+FFFD is text: no run
	} {
		if tc.end == tc.i {
			assert.NotEqual(t, uint8(cJunk), lookupRune(utf8.DecodeRuneInString(tc.s[tc.i:])).class, "%q", tc.s)
			continue
		}
		end, space := junkSpace(tc.s, tc.i)
		assert.Equal(t, tc.end, end, "%q", tc.s)
		assert.Equal(t, tc.space, space, "%q", tc.s)
	}
}

func TestFindUnits(t *testing.T) {
	for _, tc := range findCases {
		t.Run(tc.name, func(t *testing.T) {
			ms := Default.FindUnits(tc.units)
			var got []want
			for _, m := range ms {
				got = append(got, want{m.Index, m.Reason, tc.units[m.Index].Text[m.Start:m.End]})
				assert.LessOrEqual(t, m.Original, m.OriginalLast)
				assert.Greater(t, m.Similarity, 0.0)
				assert.LessOrEqual(t, m.Similarity, 1.0)
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestFindWholeUnitsOnly(t *testing.T) {
	units := []string{
		"Lo hanno riferito fonti locali aggiungendo che l'apertura serve a favorire l'uscita dei feriti",
		"Lo hanno riferito fonti locali aggiungendo che l'apertura serve a favorire l'uscita dei feriti \"È falso\" dire che.",
		"Lo hanno riferito fonti locali aggiungendo che l'apertura serve a favorire l'uscita dei feriti",
	}
	ms := Default.Find(units)
	require.Len(t, ms, 1)
	assert.Equal(t, 2, ms[0].Index)
	assert.Equal(t, 0, ms[0].Original)
	assert.Equal(t, len(units[2]), ms[0].End)
}

func TestOptions(t *testing.T) {
	_, err := New(WithMinWords(0))
	assert.Error(t, err)
	_, err = New(WithMaxGap(-1))
	assert.Error(t, err)
	_, err = New(WithMinPrefixWords(-1))
	assert.Error(t, err)

	units := doc("Il rifiuto è stato legato ai mercenari del gruppo Wagner.", "Il rifiuto è stato legato ai mercenari del gruppo.")
	noNear, err := New(WithMaxGap(0))
	require.NoError(t, err)
	assert.Empty(t, noNear.FindUnits(units))
	assert.Len(t, Default.FindUnits(units), 1)

	short := doc("Sì, certo.", "Sì, certo.")
	assert.Empty(t, Default.FindUnits(short))
	two, err := New(WithMinWords(2))
	require.NoError(t, err)
	assert.Len(t, two.FindUnits(short), 1)
}

// TestHashCollision forces every shingle key equal: matches must still be confirmed by the
// words themselves, so nothing that differs is reported.
func TestHashCollision(t *testing.T) {
	tk := &tokens{collide: true}
	units := doc("alpha beta gamma delta epsilon zeta.", "eta theta iota kappa lambda mu.", "nu xi.", "pi rho.")
	tk.read(units, false)
	assert.Empty(t, Default.match(tk, units))
	two, err := New(WithMinWords(2))
	require.NoError(t, err)
	tk = &tokens{collide: true}
	tk.read(units, false)
	assert.Empty(t, two.match(tk, units))
	// And a real copy is still found among them.
	units = append(units, Unit{Text: "Eta theta iota kappa lambda mu!", Para: 9})
	tk = &tokens{collide: true}
	tk.read(units, false)
	ms := Default.match(tk, units)
	require.Len(t, ms, 1)
	assert.Equal(t, 4, ms[0].Index)
	assert.Equal(t, 1, ms[0].Original)
}

func TestBadInput(t *testing.T) {
	for _, units := range [][]Unit{
		nil,
		{{Text: ""}},
		{{Text: "\xff\xfe\xfd"}, {Text: "\xff\xfe\xfd"}},
		{{Text: "a\u0301b c d e f g"}, {Text: "áb c d e f g"}},
		{{Text: strings.Repeat("word ", 3)}, {Text: strings.Repeat("word ", 3), Para: 5}, {Text: "x", Para: 2}},
	} {
		assert.NotPanics(t, func() { Default.FindUnits(units) })
	}
	// Decomposed and composed accents are the same word.
	ms := Default.FindUnits([]Unit{{Text: "La cafe\u0301 est ouvert tous les jours.", Para: 0}, {Text: "La café est ouvert tous les jours.", Para: 1}})
	assert.Len(t, ms, 1)
}

func FuzzFindUnits(f *testing.F) {
	for _, tc := range findCases {
		var b strings.Builder
		for _, u := range tc.units {
			fmt.Fprintf(&b, "%d\t%s\n", u.Para, u.Text)
		}
		f.Add(b.String())
	}
	f.Fuzz(func(t *testing.T, s string) {
		var units []Unit
		para := 0
		for _, line := range strings.Split(s, "\n") {
			if strings.HasPrefix(line, "1") {
				para++
			}
			units = append(units, Unit{Text: line, Para: para})
		}
		prev := -1
		for _, m := range Default.FindUnits(units) {
			if m.Index <= prev || m.Index >= len(units) || m.Start < 0 || m.End > len(units[m.Index].Text) || m.Start >= m.End {
				t.Fatalf("bad match %+v", m)
			}
			if m.Original > m.OriginalLast || m.OriginalLast >= len(units) {
				t.Fatalf("bad original %+v", m)
			}
			prev = m.Index
		}
	})
}
