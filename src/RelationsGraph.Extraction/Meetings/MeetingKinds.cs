namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// The words that announce a meeting and the kind each one means. Kinds fall into two groups
/// that never describe the same gathering: diplomatic encounters and ceremonial events.
/// </summary>
internal static class MeetingKinds
{
    public const string Summit = "summit", Talks = "talks", PhoneCall = "phone_call", Visit = "visit",
        Conference = "conference", Ceremony = "ceremony", Reception = "reception", Speech = "speech",
        // A signing ceremony is a diplomatic encounter, not a celebration: its people meet to conclude a document.
        Signing = "signing";

    private static readonly FrozenDictionary<string, string> Nouns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["summit"] = Summit, ["summits"] = Summit, ["talks"] = Talks, ["meeting"] = Talks, ["meetings"] = Talks, ["encounter"] = Talks,
        ["session"] = Talks, ["conversation"] = Talks, ["dialogue"] = Talks, ["gathering"] = Summit,
        // "held separate bilateral meetings with A and B": the plural names meetings too (one each, see MeetingMentionFinder.Separately).
        ["visit"] = Visit, ["visits"] = Visit, ["trip"] = Visit, ["tour"] = Visit, ["conference"] = Conference,
        ["forum"] = Conference, ["ceremony"] = Ceremony, ["celebration"] = Ceremony, ["event"] = Ceremony,
        ["commemoration"] = Ceremony, ["reception"] = Reception, ["dinner"] = Reception, ["banquet"] = Reception,
        ["luncheon"] = Reception, ["speech"] = Speech,
        // Further words news uses for the same kinds of gathering.
        ["audience"] = Talks, ["negotiations"] = Talks, ["consultations"] = Talks, ["retreat"] = Summit,
        ["videoconference"] = PhoneCall, ["lunch"] = Reception, ["breakfast"] = Reception, ["inauguration"] = Ceremony,
        // "X gave a lecture at the university": a talk before an audience is a speech.
        ["lecture"] = Speech,
        // "two days of bilaterals", "had bilaterals with A and B": the plural of the noun "bilateral" (one meeting of two sides each).
        ["bilaterals"] = Talks,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> Verbs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["met"] = Talks, ["meet"] = Talks, ["meets"] = Talks, ["hosted"] = Visit, ["hosts"] = Visit, ["host"] = Visit,
        ["visited"] = Visit, ["visiting"] = Visit, ["welcomed"] = Visit, ["phoned"] = PhoneCall,
        // "X telephoned Y": a call told by its verb, as "phoned" is.
        ["telephoned"] = PhoneCall,
        // "X conferred the Order of Y on Z": a decoration handed over in person (see HonourConferment).
        ["conferred"] = Ceremony, ["confers"] = Ceremony, ["bestowed"] = Ceremony, ["bestows"] = Ceremony,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every noun and verb that names a kind (lowercase).</summary>
    public static IEnumerable<string> Words => Nouns.Keys.Concat(Verbs.Keys);

    public static bool IsVerb(string word) => Verbs.ContainsKey(word) && !Nouns.ContainsKey(word);

    public static string? KindOf(string word, bool capitalized)
    {
        if (Nouns.TryGetValue(word, out var kind)) return kind;
        return !capitalized && Verbs.TryGetValue(word, out kind) ? kind : null;
    }

    public static bool IsCeremonial(string kind) => kind is Ceremony or Reception or Speech;

    /// <summary>The more specific of two kinds for one gathering ("phone call" beats "talks").</summary>
    public static string MoreSpecific(string a, string b) => Rank(b) > Rank(a) ? b : a;

    private static int Rank(string kind) => kind switch
    {
        PhoneCall => 6, Summit => 5, Reception => 5, Conference => 4, Signing => 4, Ceremony => 3, Visit => 3, Talks => 2, _ => 1,
    };
}
