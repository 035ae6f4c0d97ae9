package text

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// sentenceCases cover the eight languages the filter is tuned for: abbreviations, decimals,
// ordinals, quotes and ellipses. Each case lists the sentences the paragraph must split into.
var sentenceCases = []struct {
	lang, in string
	want     []string
}{
	// it
	{"it", "Il sig. Bianchi e la dott.ssa Neri sono arrivati. Poi sono ripartiti.", []string{"Il sig. Bianchi e la dott.ssa Neri sono arrivati.", "Poi sono ripartiti."}},
	{"it", "Il PIL è cresciuto dell'1,2% nel 2024. L'inflazione è al 3.5 per cento.", []string{"Il PIL è cresciuto dell'1,2% nel 2024.", "L'inflazione è al 3.5 per cento."}},
	{"it", "Lo prevede l'art. 21 della Costituzione. Nessuno lo contesta.", []string{"Lo prevede l'art. 21 della Costituzione.", "Nessuno lo contesta."}},
	{"it", "La società Rossi S.p.A. ha chiuso. I dipendenti protestano.", []string{"La società Rossi S.p.A. ha chiuso.", "I dipendenti protestano."}},
	{"it", "Lo ha scritto ieri il sito Notizie.it. Il ministero non ha commentato.", []string{"Lo ha scritto ieri il sito Notizie.it.", "Il ministero non ha commentato."}},
	{"en", "The report was first published by news.co.uk. The ministry declined to comment.", []string{"The report was first published by news.co.uk.", "The ministry declined to comment."}},
	{"de", "Das teilte der Verein e.V. am Montag mit. Die Polizei ermittelt, z.B. wegen Betrugs.", []string{"Das teilte der Verein e.V. am Montag mit.", "Die Polizei ermittelt, z.B. wegen Betrugs."}},
	{"it", "«Non ci arrenderemo» (...) ha detto il sindaco. Poi ha lasciato la sala.", []string{"«Non ci arrenderemo» (...) ha detto il sindaco.", "Poi ha lasciato la sala."}},
	{"it", "Aspettavamo una risposta… che non è mai arrivata. Peccato.", []string{"Aspettavamo una risposta… che non è mai arrivata.", "Peccato."}},
	// en
	{"en", "Mr. Smith met Dr. Jones at 5 p.m. on Friday. They talked.", []string{"Mr. Smith met Dr. Jones at 5 p.m. on Friday.", "They talked."}},
	{"en", "He lives at No. 10 Downing Street. Ask him. No. He won't answer.", []string{"He lives at No. 10 Downing Street.", "Ask him.", "No.", "He won't answer."}},
	{"en", "The museum shows modern art. The queue is long.", []string{"The museum shows modern art.", "The queue is long."}},
	{"en", "It happened on Jan. 12, 2024. Nobody saw it.", []string{"It happened on Jan. 12, 2024.", "Nobody saw it."}},
	{"en", "She said: “We are done.” Then she left the room.", []string{"She said: “We are done.”", "Then she left the room."}},
	{"en", "Growth was 2.5 percent. That beat forecasts.", []string{"Growth was 2.5 percent.", "That beat forecasts."}},
	{"en", "He waited... Nothing happened. Then... well, he left.", []string{"He waited...", "Nothing happened.", "Then... well, he left."}},
	// de
	{"de", "Am 3. Oktober ist Feiertag. Die Läden sind zu.", []string{"Am 3. Oktober ist Feiertag.", "Die Läden sind zu."}},
	{"de", "Das kostet ca. 5 Mio. Euro, d. h. zu viel. Wir warten.", []string{"Das kostet ca. 5 Mio. Euro, d. h. zu viel.", "Wir warten."}},
	{"de", "Siehe z. B. Nr. 7 der Liste. Sie ist kurz.", []string{"Siehe z. B. Nr. 7 der Liste.", "Sie ist kurz."}},
	{"de", "„Wir kommen wieder!“ Das versprach er.", []string{"„Wir kommen wieder!“", "Das versprach er."}},
	{"de", "Im 19. Jahrhundert war das anders. Heute nicht.", []string{"Im 19. Jahrhundert war das anders.", "Heute nicht."}},
	// fr
	{"fr", "M. Dupont et Mme Martin sont partis. Ils reviendront.", []string{"M. Dupont et Mme Martin sont partis.", "Ils reviendront."}},
	{"fr", "Le taux atteint 1,5 %. C'est peu.", []string{"Le taux atteint 1,5 %.", "C'est peu."}},
	{"fr", "Vraiment ? Oui. Il l'a dit : « Jamais ! »", []string{"Vraiment ?", "Oui.", "Il l'a dit : « Jamais ! »"}},
	{"fr", "Tout cela est. Mais rien ne change.", []string{"Tout cela est.", "Mais rien ne change."}},
	// es
	{"es", "Los migrantes fueron rescatados en el mar. En Albania esperan respuesta.", []string{"Los migrantes fueron rescatados en el mar.", "En Albania esperan respuesta."}},
	{"es", "¿Qué pasó? ¡Nada! La Sra. García lo confirmó.", []string{"¿Qué pasó?", "¡Nada!", "La Sra. García lo confirmó."}},
	{"es", "Contestó con un \"no, por ahora no\". \"Siempre se muestra educado\", dijo.", []string{"Contestó con un \"no, por ahora no\".", "\"Siempre se muestra educado\", dijo."}},
	{"it", "«Non si lascia nulla al caso». — D.M. Lascia un commento", []string{"«Non si lascia nulla al caso».", "— D.M.", "Lascia un commento"}},
	{"it", "Lo ha detto il sindaco. – A.B.C. Il resto segue.", []string{"Lo ha detto il sindaco.", "– A.B.C.", "Il resto segue."}},
	// Initials open the paragraph, or stand after a dash inside a sentence: no signature.
	{"it", "— D.M. Lascia la città.", []string{"— D.M. Lascia la città."}},
	{"en", "The deal — U.S. officials say — is close.", []string{"The deal — U.S. officials say — is close."}},
	// pt
	{"pt", "Informa o jornal Estado de S. Paulo. O governo nega.", []string{"Informa o jornal Estado de S. Paulo.", "O governo nega."}},
	{"pt", "A Dra. Souza falou com o Sr. Lima. Depois saiu.", []string{"A Dra. Souza falou com o Sr. Lima.", "Depois saiu."}},
	// nl
	{"nl", "Dhr. Jansen en mevr. De Vries zijn er, o.a. voor de pers. Zij spreken.", []string{"Dhr. Jansen en mevr. De Vries zijn er, o.a. voor de pers.", "Zij spreken."}},
	{"nl", "Dat staat bijv. op blz. 12 van het rapport. Lees het.", []string{"Dat staat bijv. op blz. 12 van het rapport.", "Lees het."}},
	// pl
	{"pl", "Poparcie wynosi ok. 31 proc., według sondażu. To dużo.", []string{"Poparcie wynosi ok. 31 proc., według sondażu.", "To dużo."}},
	{"pl", "Mieszka przy ul. Długiej, tj. w centrum. Prof. Nowak to potwierdził.", []string{"Mieszka przy ul. Długiej, tj. w centrum.", "Prof. Nowak to potwierdził."}},
	{"pl", "Ustawę przyjęto w 2020 r. Rząd ją podpisał.", []string{"Ustawę przyjęto w 2020 r.", "Rząd ją podpisał."}},
	{"pl", "Marsz zacznie się o godz. 12 na placu. Przyjdą tysiące.", []string{"Marsz zacznie się o godz. 12 na placu.", "Przyjdą tysiące."}},
}

func TestSentencesLanguages(t *testing.T) {
	for _, tc := range sentenceCases {
		t.Run(tc.lang, func(t *testing.T) {
			got := spans(tc.in, Sentences(tc.in, Span{0, len(tc.in)}))
			assert.Equal(t, tc.want, got, "%q", tc.in)
		})
	}
}

// TestSentencesCover checks that the sentences of every case cover every non-space byte of
// the paragraph, in order, without overlap.
func TestSentencesCover(t *testing.T) {
	for _, tc := range sentenceCases {
		ss := Sentences(tc.in, Span{0, len(tc.in)})
		var b strings.Builder
		prev := 0
		for _, s := range ss {
			assert.GreaterOrEqual(t, s.Start, prev, "%q", tc.in)
			b.WriteString(s.Of(tc.in))
			prev = s.End
		}
		assert.Equal(t, strings.Join(strings.Fields(tc.in), ""), strings.Join(strings.Fields(b.String()), ""), "%q", tc.in)
	}
}

func FuzzSentences(f *testing.F) {
	for _, tc := range sentenceCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, sp := range Sentences(s, Span{0, len(s)}) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("bad span %v after %d in %q", sp, prev, s)
			}
			prev = sp.End
		}
	})
}
