using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The President on Monday received at the Orlan Palace the Velmarian Foreign Minister, Ana Dorr", "the Deputy Prime Minister
/// received in his office Dr Tomas Reyl", "the King received on Tuesday in Varna the visiting Premier": official copy puts the
/// place or the day of an audience between "received" and the guest, who is still a person named or titled right after it
/// (pattern: government press releases on audiences and courtesy calls; <see cref="ReceivedSomeone"/> and the finder read a guest
/// right after the verb). "received on Monday a letter from President X", "received in 2019 the award": a lowercase word that
/// is no place, day or office noun in the run tells no guest; "was received in P by X" is the passive (<see cref="PassiveReception"/>).
/// </summary>
internal static class ReceivedAfterAnAdjunct
{
    /// <summary>How far after the verb the guest may stand ("on Wednesday in the Hall of Y at Z, US President X").</summary>
    private const int Reach = 12;

    private static readonly FrozenSet<string> Leads = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "in", "at", "on", "today", "yesterday", "here" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The lowercase words of a place or day adjunct: "in his office", "at the presidential palace", "on Monday morning".</summary>
    private static readonly FrozenSet<string> AdjunctWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "on", "the", "his", "her", "their", "its", "of", "today", "yesterday", "here", "this", "morning", "afternoon",
        "evening", "night", "office", "offices", "residence", "palace", "audience", "capital", "headquarters", "presidential",
        "official", "royal", "state", "house", ",", "'s", "’s",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PassiveAuxiliaries = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "was", "were", "be", "been", "being", "is", "are", "also", "warmly", "officially", "then", "later", "first", "finally" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsAt(List<Token> tokens, int i, IReadOnlyList<Mention> mentions)
    {
        if (tokens[i].Lower is not ("received" or "receives") || i + 2 >= tokens.Count || !Leads.Contains(tokens[i + 1].Text)) return false;
        if (i > 0 && PassiveAuxiliaries.Contains(tokens[i - 1].Text)) return false;
        Mention? guest = null;
        foreach (var m in mentions)
            if (m.Kind == MentionKind.Person && m.EntityId is not null && m.TokenStart > i + 2 && m.TokenStart <= i + Reach &&
                (guest is null || m.TokenStart < guest.TokenStart))
                guest = m;
        if (guest is null) return false;
        for (var k = i + 1; k < TitleStart(tokens, i, guest.TokenStart); k++)
        {
            var t = tokens[k];
            if (!(t.IsWord && t.IsCapitalized || char.IsDigit(t.Text[0]) || AdjunctWords.Contains(t.Text))) return false;
        }
        return true;
    }

    /// <summary>
    /// "the visiting trade minister, X", "his Peruvian counterpart X": a guest's title of lowercase words after a determiner, ending in
    /// a person's noun right before the name, is the guest's and no part of the adjunct; where it starts, or the name's start.
    /// </summary>
    private static int TitleStart(List<Token> tokens, int verb, int name)
    {
        var j = name - 1;
        if (j > verb && tokens[j].Text == ",") j--;
        if (j <= verb || !Lexicon.PersonNouns.Contains(tokens[j].Lower) && tokens[j].Lower != "counterpart") return name;
        for (var k = j - 1; k > verb && j - k <= 5; k--)
        {
            if (tokens[k].Lower is "the" or "his" or "her" or "their") return k;
            if (!tokens[k].IsWord) return name;
        }
        return name;
    }
}
