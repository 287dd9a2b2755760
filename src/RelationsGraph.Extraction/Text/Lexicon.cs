namespace RelationsGraph.Extraction.Text;

/// <summary>Closed word lists the recognisers rely on (English news style).</summary>
internal static class Lexicon
{
    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that introduce reported speech: "X said", "said X".</summary>
    public static readonly FrozenSet<string> SpeechVerbs = Set(
        "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "stressed", "explained", "wrote",
        "asked", "argued", "insisted", "urged", "warned", "remarked", "stated", "declared", "announced", "replied",
        "emphasized", "emphasised", "underlined", "observed", "commented", "recalled", "acknowledged", "pledged",
        "lauded", "praised", "echoed", "highlighted", "reiterated", "welcomed", "called", "vowed", "expressed", "agreed");

    /// <summary>Nouns for what a person is, in front of a name or in an apposition.</summary>
    public static readonly FrozenSet<string> PersonNouns = Set(
        "adviser", "advisor", "aide", "expert", "professor", "analyst", "researcher", "scholar", "fellow", "economist",
        "pianist", "singer", "artist", "poet", "writer", "author", "novelist", "politician", "lawmaker", "legislator",
        "senator", "diplomat", "envoy", "ambassador", "minister", "president", "premier", "chancellor", "leader",
        "strongman", "dictator", "spokesman", "spokeswoman", "spokesperson", "official", "director", "chairman",
        "chairwoman", "chief", "head", "secretary", "general", "commander", "activist", "journalist", "correspondent",
        "predecessor", "successor", "founder", "ceo", "executive", "member", "representative", "candidate", "governor",
        "mayor", "lecturer", "historian", "survivor", "victim", "student", "monarch", "king", "queen", "emperor", "prince",
        "violinist", "composer", "conductor", "actor", "actress", "painter", "athlete", "coach", "player", "lawyer", "judge",
        "scientist", "engineer", "businessman", "businesswoman", "entrepreneur", "billionaire", "philanthropist", "priest",
        "bishop", "pope", "cardinal", "imam", "monk", "negotiator", "prosecutor", "general", "admiral", "colonel",
        // Spouses at state dinners and partner programmes: "his wife Kim Keon Hee", "first lady Jill Biden".
        "wife", "husband", "spouse", "widow", "lady",
        // Officials of bodies, rulers and clerics: "the EU's trade commissioner, X", "the military ruler X", "the Shia cleric X".
        "commissioner", "administrator", "ruler", "cleric",
        // Go-betweens and presiding officers: "X, the UN mediator", "the agency's chief inspector, Y", "parliament speaker Z".
        "mediator", "facilitator", "coordinator", "inspector", "chairperson", "speaker",
        // Envoys, agents and courtiers of diplomacy past and present, who speak, negotiate or sign for a side: "X, the
        // Ruritanian delegate", "the privy councillor Y", "Z, the chargé d'affaires", "W, a courtier of the shah".
        "delegate", "plenipotentiary", "councillor", "counsellor", "counselor", "consul", "statesman", "viceroy", "commissary",
        "nobleman", "courtier", "grandee", "clansman", "magistrate", "jurist", "chargé");

    /// <summary>Person nouns that describe an office held for a country (so they imply REPRESENTS).</summary>
    public static readonly FrozenSet<string> OfficeNouns = Set(
        "president", "premier", "chancellor", "leader", "strongman", "dictator", "minister", "ambassador", "envoy",
        "diplomat", "monarch", "king", "queen", "emperor", "prince", "senator", "lawmaker", "governor");

    /// <summary>
    /// Nouns of an office's holder in an apposition or before a name: the office nouns and the staff who speak or act for
    /// an office ("X, India's foreign secretary", "the White House spokesman Y"), the list every office reader starts from.
    /// </summary>
    public static readonly FrozenSet<string> OfficeHolderNouns = Set(
        [.. OfficeNouns, "secretary", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson"]);

    /// <summary>Lowercase words allowed between the capitalised words of one name ("Group of Seven").</summary>
    public static readonly FrozenSet<string> NameConnectors = Set("of", "to", "for", "on", "de", "da", "del", "van", "von", "der", "bin", "al", "el", "la", "le", "du", "and",
        // Portuguese, Italian and Arabic particles inside names: "Jose Eduardo dos Santos", "Lino di Stefano", "Khalid ibn Walid".
        "dos", "das", "di", "ibn", "bint",
        // The Swedish nobility's particle: "Karl af Lindholm" (SwedishNobleParticle).
        "af",
        // Spanish and Italian articles inside venue names: "Palacio de las Garzas", "Salone delle Feste".
        "las", "los", "delle", "della", "dei", "degli");

    /// <summary>Prepositions after which a capital or unknown name is a location, not a government.</summary>
    public static readonly FrozenSet<string> Locatives = Set("in", "at", "to", "from", "near", "into", "outside", "inside", "via", "toward", "towards", "across", "around");

    /// <summary>Adjectives that may stand between a preposition and a place ("to rural Japan").</summary>
    public static readonly FrozenSet<string> PlaceAdjectives = Set("rural", "northern", "southern", "eastern", "western", "central", "coastal", "neighboring", "neighbouring", "nearby", "downtown");

    /// <summary>Last words that make a name an organization.</summary>
    public static readonly FrozenSet<string> OrganizationSuffixes = Set(
        "Party", "University", "College", "School", "Institute", "Embassy", "Consulate", "Ministry", "Agency", "Council",
        "Bank", "Fund", "Organization", "Organisation", "Association", "Foundation", "Union", "Office", "Committee",
        "Commission", "Forum", "Corporation", "Company", "Group", "Assembly", "Parliament", "Congress", "Court", "Cabinet",
        // A country's upper chamber, as its parliament: "the Argentine Senate", "the U.S. Senate".
        "Senate",
        "Department", "Service", "Times", "News", "Herald", "Post", "Journal", "Press", "Academy", "Society", "Federation",
        // Armed and political movements, public authorities and commands: "Justice and Equality Movement", "Panama Canal Authority".
        "Movement", "Front", "Authority", "Guard", "Command", "Forces",
        // Economic and regional communities and lay or religious communities: "European Economic Community", "Community of Saint X".
        "Community",
        // Armed services and their units, named by the service's noun: "the Royal Marines", "the Varnek Liberation Army", "the Black Sea
        // Fleet" (a service noun before a rank, "Army General X", qualifies the rank: ArmedServiceName).
        "Army", "Navy", "Marines", "Fleet", "Corps");

    /// <summary>Last words that make a name a place (venue or administrative area).</summary>
    public static readonly FrozenSet<string> PlaceSuffixes = Set(
        "Prefecture", "Province", "City", "County", "State", "Island", "Islands", "Region", "District", "Hotel", "Palace",
        // Residences and landmarks where leaders receive each other.
        "Mansion", "Castle", "Residence", "Villa", "Pavilion", "Fort", "Harbour", "Harbor", "Bay", "Lake", "Port",
        // Places named after people: "Lincoln Memorial", "Ho Chi Minh Mausoleum", "Nelson Mandela Boulevard".
        "Memorial", "Mausoleum", "Monument", "Cemetery", "Street", "Avenue", "Boulevard", "Road", "Bridge",
        "House", "Hall", "Center", "Centre", "Square", "Park", "Stadium", "Airport", "Peninsula", "Sea", "Strait", "Mountain",
        // Cultural and religious venues of state visits: "National Museum of Slavery", "Grand Theatre", "Jama Mosque".
        "Museum", "Theatre", "Theater", "Library", "Gardens", "Temple", "Mosque", "Cathedral", "Basilica", "Pagoda", "Shrine", "Monastery",
        "Abbey", "Chapel", "Synagogue");

    /// <summary>Capitalised words that never begin a name (sentence-initial function words, pronouns).</summary>
    public static readonly FrozenSet<string> NotNames = Set(
        "the", "a", "an", "in", "on", "at", "but", "and", "or", "for", "with", "during", "after", "before", "following",
        "although", "however", "still", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
        "his", "her", "their", "our", "its", "my", "your", "among", "ahead", "beyond", "under", "as", "if", "when", "while",
        "since", "until", "from", "by", "to", "of", "there", "here", "what", "who", "why", "how", "where", "meanwhile",
        "also", "yet", "so", "then", "now", "today", "yesterday", "tomorrow", "mr", "mrs", "ms", "dr", "according",
        "both", "each", "all", "many", "some", "several", "most", "more", "other", "such", "no", "not", "despite", "amid",
        "about", "over",
        // Adverbs that open a sentence before its subject ("Only Santos signed", "Later Marcos met").
        "only", "even", "just", "later", "earlier", "instead", "together", "first", "finally", "again",
        // Participles that open a news sentence before the subject ("Speaking to reporters, X said").
        "speaking", "referring", "asked", "asking", "addressing", "responding", "commenting", "writing", "signed", "signing",
        // Prepositions that open a sentence before a name ("Alongside Tarrow, X said", "Besides Rist, ...").
        "alongside", "besides", "beside", "against", "towards", "toward", "throughout", "within", "upon", "unlike", "via");

    /// <summary>
    /// Honorifics of South and Southeast Asia and the Muslim world that stand before a name and are no part of it
    /// ("Shri Narendra Modi", "Smt. Sushma Swaraj", "Ayatollah Ali Khamenei", "Datuk Seri Anwar Ibrahim"). "Md" is no
    /// honorific: it is the written short form of the given name Muhammad in Bangladesh ("Md Rafiq Tovell"), part of the name.
    /// </summary>
    public static readonly FrozenSet<string> NameHonorifics = Set(
        "Shri", "Sri", "Smt", "Shrimati", "Kumari", "Km", "Ayatollah", "Hojatoleslam", "Haji", "Hajji", "Datuk", "Dato",
        "Datin", "Tun", "Tan", "Seri", "Pehin", "Bapak", "Pak", "Ibu", "Begum", "Janab", "Mahamahim", "Alhaji", "Alhaja",
        // Commonwealth forms of address in official releases: "Rt. Hon. X", "Hon. X", "the Honourable X", "H.E. X" (His or Her Excellency).
        "Hon", "Rt", "H.E", "Honourable", "Honorable",
        // "His Excellency X", "Her Excellency Y": the style written out in full.
        "Excellency",
        // A Fijian chief's style ("Ratu Sir X") and a priest's ("Father X"), before the name they address.
        "Ratu", "Father");

    public static readonly FrozenSet<string> Weekdays = Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
}
