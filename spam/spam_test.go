package spam

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestScoreTable(t *testing.T) {
	for _, tc := range []struct {
		line   string
		kind   Kind
		spam   bool
		reason string
	}{
		{"▷ Lo sai che da oggi puoi MONETIZZARE FACILMENTE I TUOI ASSET TOKENIZZANDOLI SUBITO? Contatto per approfondire: CLICCA QUI", Line, true, "cta-phrase"},
		{"Leggi anche: Il governo approva la manovra", Line, true, "readalso-phrase"},
		{"Pubblicità", Line, true, "adlabel-phrase"},
		{"Advertisement", Line, true, "adlabel-phrase"},
		{"Sign up for our newsletter and get the best stories delivered to your inbox", Line, true, "newsletter-phrase"},
		{"© 2024 Editoriale Rossi S.r.l. Tutti i diritti riservati. P.IVA 01234567890", Line, true, "copyright-phrase"},
		{"Home | Politica | Economia | Sport | Cultura", Line, true, "menu-row"},
		{"Click here to claim your FREE SPINS now!!", Glued, true, "cta-phrase"},
		// Legitimate text stays.
		{"Il governo ha approvato ieri la manovra finanziaria dopo una lunga trattativa con le parti sociali.", Line, false, ""},
		{"ROMA — Il consiglio dei ministri si è riunito ieri sera a Palazzo Chigi per discutere della legge di bilancio e delle nuove misure fiscali.", Line, false, ""},
		{"The company said customers who wanted a refund could \"click here\" on its website, a wording regulators criticised as misleading in a report published on Tuesday after a two-year inquiry into the firm's practices and its handling of complaints from thousands of users.", Line, false, ""},
		{"FAQ", Line, false, ""},
		{"SHOCKING NEWS TODAY", Glued, false, ""}, // shape alone never removes a glued sentence
	} {
		v := Default().ScoreAs(tc.line, tc.kind)
		assert.Equal(t, tc.spam, v.Spam, "%q: %+v", tc.line, v)
		if tc.spam {
			assert.Equal(t, tc.reason, v.Reason, "%q: %+v", tc.line, v)
			assert.NotEmpty(t, v.Evidence)
		}
		assert.GreaterOrEqual(t, v.Score, 0.0)
		assert.LessOrEqual(t, v.Score, 1.0)
	}
}

func TestLongProseIsDamped(t *testing.T) {
	short := Default().Score("Click here to learn more")
	long := Default().Score("Click here to learn more, the minister told reporters on Tuesday, " + strings.Repeat("describing how the new portal would let citizens file requests online and follow their progress ", 4))
	assert.Greater(t, short.Score, long.Score)
	assert.False(t, long.Spam)
}

func TestParseRules(t *testing.T) {
	rs, err := ParseRules(strings.NewReader(`
# my rules
[weights]
mine = 0.8
[it]
mine: offerta bomba
cta@0.9: ^premi il bottone$
promo: /(?i)guadagna \d+ euro/
`), "mine.rules")
	require.NoError(t, err)
	require.Len(t, rs, 3)
	assert.Equal(t, Rule{ID: "mine:offerta bomba", Category: "mine", Lang: "it", Weight: 0.8, Phrase: "offerta bomba"}, rs[0])
	assert.Equal(t, 0.9, rs[1].Weight)
	assert.Equal(t, builtin().weights["promo"], rs[2].Weight)

	s, err := New(WithoutBuiltins(), WithRules(rs...))
	require.NoError(t, err)
	v := s.Score("Offerta BOMBA!")
	assert.True(t, v.Spam)
	require.NotEmpty(t, v.Evidence)
	assert.Equal(t, "mine:offerta bomba", v.Evidence[0], "the rule is the strongest evidence")
	assert.True(t, s.Score("Premi il bottone").Spam)
	assert.False(t, s.Score("Ora premi il bottone rosso").Spam, "anchored phrase matched mid-line")
	assert.False(t, s.Score("Clicca qui").Spam, "built-ins were dropped")
	assert.Contains(t, s.Score("Guadagna 500 euro al giorno").Evidence, "promo:/(?i)guadagna \\d+ euro/")
}

func TestParseRulesErrorsNameTheLine(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"[it]\ncta clicca qui", "bad.rules:2"},
		{"\n\nnewcat: foo", "bad.rules:3: category \"newcat\" has no weight"},
		{"cta@2: foo", "bad.rules:1: weight \"2\""},
		{"promo: /(unclosed/", "bad.rules:1: bad regular expression"},
		{"[it\ncta: x", "bad.rules:1"},
		{"cta: !!!", "bad.rules:1: phrase"},
	} {
		_, err := ParseRules(strings.NewReader(tc.src), "bad.rules")
		require.Error(t, err, tc.src)
		assert.ErrorIs(t, err, ErrRules)
		assert.Contains(t, err.Error(), tc.want)
	}
}

func TestBuiltinRulesParse(t *testing.T) {
	rs := Builtin()
	assert.Greater(t, len(rs), 100)
	langs := map[string]bool{}
	for _, r := range rs {
		langs[r.Lang] = true
		assert.NotEmpty(t, r.ID)
	}
	assert.True(t, langs["it"] && langs["en"])
}

func TestNewRejectsBadOptions(t *testing.T) {
	_, err := New(WithThreshold(0))
	assert.Error(t, err)
	_, err = New(WithRules(Rule{Category: "x", Weight: 1.5, Phrase: "a b"}))
	assert.ErrorIs(t, err, ErrRules)
}
