namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "THE 1990 ACCORD" or "A deal struck in 1990" as a subhead, then "The handover follows the Joint Declaration on the Port
/// of Velde, signed in 1990": a short line standing alone above a paragraph announces what that paragraph tells, so the
/// untitled document the line names and the titled document its paragraph's first sentence names are one (the pattern: a
/// subhead restates, in fewer words, the section under it). Only when the line's document was met nowhere else, no year
/// sets the two apart, and the line's noun is the titled one's family or a general noun (deal, accord, pact, agreement)
/// that stands for any settlement; the title must be in the paragraph's first sentence, the first document resolved there.
/// </summary>
internal static class SubheadAnnounced
{
    /// <summary>A subhead is short: longer lines are sentences that only lack their full stop.</summary>
    private const int MaxTokens = 14;

    /// <param name="agreements">The documents so far, in the order first met.</param>
    /// <param name="used">Documents already named in this sentence.</param>
    /// <param name="titled">A titled reference.</param>
    /// <param name="generalNoun">Whether a word is a general settlement noun.</param>
    /// <param name="closesASentence">Whether a line ends as a sentence does.</param>
    public static Agreement? Of(List<Agreement> agreements, HashSet<Agreement> used, AgreementMention titled,
        Func<string, bool> generalNoun, Func<string, bool> closesASentence)
    {
        if (titled.Title is null || titled.RenamesAnother || titled.SetApart || used.Count > 0) return null;
        var sentence = titled.Sentence;
        var family = AgreementKinds.Family(titled.Kind);
        Agreement? found = null;
        foreach (var a in agreements)
        {
            if (a.Title is not null || a.Mentions.Count == 0 || used.Contains(a)) continue;
            var line = a.Mentions[0].Sentence;
            if (line.Index != sentence.Index - 1 || line.Paragraph == sentence.Paragraph || line.Index <= 2) continue;
            if (line.Tokens.Count > MaxTokens || closesASentence(line.Text)) continue;
            if (a.Mentions.Any(x => x.Sentence != line)) continue;
            if (a.Year is not null && titled.Year is not null && a.Year != titled.Year) continue;
            var head = line.Tokens[a.Mentions[0].TokenEnd - 1].Lower;
            if (a.Family != family && !generalNoun(head)) continue;
            if (found is not null) return null;
            found = a;
        }
        // "A deal struck in 1990" over "the Joint Declaration ...": the title's noun, not the subhead's general one, says what
        // kind of document it is, so "the 1990 joint declaration" later finds it.
        if (found is not null) found.Kind = titled.Kind;
        return found;
    }
}
