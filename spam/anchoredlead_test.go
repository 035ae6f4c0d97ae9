package spam

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAnchoredLead checks that a lead opening on the words of a label or a button that the
// rules anchor to a unit's start stays, alone and glued, and that the label or the request
// such words open when they are boilerplate does not pass for one (more leads in
// filter/testdata/newsvoice_leads.txt).
func TestAnchoredLead(t *testing.T) {
	s := Default()
	for _, lead := range []string{
		"Régie publicitaire : le groupe de presse a vendu sa filiale à un concurrent belge.",
		"Termini di utilizzo poco chiari: il Garante multa la piattaforma per trecentomila euro.",
		"Wpis sponsorowany bez oznaczenia kosztował influencera karę w wysokości dwudziestu tysięcy złotych.",
		"Privacy terms of the app were changed twice without notice in a single year.",
		"Ultimo aggiornamento prezzi del carburante alla pompa: la benzina è tornata sopra i due euro in tre regioni.",
	} {
		for _, kind := range []Kind{Line, Glued} {
			v := s.ScoreAs(lead, kind)
			assert.False(t, v.Spam, "%q as %v: %+v", lead, kind, v)
			assert.Contains(t, v.Evidence, AnchoredLead, lead)
		}
	}
	for _, box := range []string{
		// A label glued to a sentence without a stop: a capitalised function word opens it.
		"Most read in Sport The council approved the new stadium by nine votes to four on Monday.",
		// A teaser: its label, a colon, the title.
		"Leggi anche: il Comune ha approvato il nuovo piano per le piste ciclabili in centro.",
		// A request: its verb and its object; a request in the words of the site's pages.
		"Try it free: this offer ends on Sunday for all new customers who sign up.",
		"Suscribite para guardar las notas y leerlas más tarde desde cualquier dispositivo.",
		"Comparte esta historia con alguien a quien le pueda gustar mucho.",
		"Share this story with someone who would really enjoy it.",
		"Podziel się tą historią z kimś, komu może się bardzo spodobać.",
		// A widget or a newsletter telling its own rhythm.
		"Newsletter ukazuje się w każdy piątek z najważniejszymi informacjami tygodnia.",
		"Most read articles are updated every hour from the traffic data of the last day.",
		"Meest gelezen artikelen worden elk uur bijgewerkt op basis van de bezoekersaantallen.",
	} {
		v := s.ScoreAs(box, Line)
		assert.True(t, v.Spam, "%q: %+v", box, v)
		assert.NotContains(t, v.Evidence, AnchoredLead, box)
	}
	// A label glued to a sentence that opens on a capital (Lead cuts it off in a paragraph).
	for _, glued := range []string{
		"Meistgelesene Artikel Andere Städte haben ähnliche Pläne längst umgesetzt, sagte der Bürgermeister.",
		"Newsletter Tygodnika Rada miasta zatwierdziła budżet po sześciu godzinach obrad w poniedziałek.",
	} {
		assert.NotContains(t, s.ScoreAs(glued, Glued).Evidence, AnchoredLead, glued)
	}
}

// TestHomographsOfTheSitesVoice checks that a word the site speaks of itself or to its reader
// with in one language is read as another language's word where that language's function
// words show it is: Polish "we" ("in"), Portuguese "nos" ("in the"), Polish "je" ("them").
func TestHomographsOfTheSitesVoice(t *testing.T) {
	site := func(t string) bool {
		var sc scratch
		sc.tok.fold(t)
		return speaksAsSite(&sc, t)
	}
	for _, news := range []string{
		"Sąd orzekł we wtorek, że spółka nie musi zwracać pieniędzy.",
		"Os preços subiram nos supermercados da capital, segundo o instituto.",
		"Kuratorium przygotowało materiały i rozesłało je do szkół w regionie.",
	} {
		assert.False(t, site(news), news)
	}
	for _, box := range []string{
		"We publish the best stories of the week every Friday.",
		"Nos journalistes vous répondent chaque vendredi.",
		"Heb je een tip voor de redactie?",
	} {
		assert.True(t, site(box), box)
	}
}
