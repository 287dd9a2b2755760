using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The government of Mali and three rebel movements signed a peace accord in Algiers, in talks hosted by Algeria": a document
/// between a state's government and an armed or opposition group has one country side, the state; the group is no country,
/// and the hosts, mediators and guarantors around the table are no sides (the pattern: an internal settlement binds one state).
/// The state is the country (or the person whose country it is) named at the government word of a sentence about the
/// document that also names the non-state side.
/// </summary>
internal static class StateAndArmedGroup
{
    private static readonly FrozenSet<string> GovernmentWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "government", "administration", "regime" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that name a side that is no state: rebels, the opposition, separatists, guerrillas.</summary>
    private static readonly FrozenSet<string> NonStateWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "rebel", "rebels", "opposition", "insurgent", "insurgents", "guerrilla", "guerrillas", "militia", "militias", "separatist", "separatists",
        // "the warring factions agreed to a ceasefire": the factions of a civil war are no states.
        "faction", "factions",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Capitalised heads of an armed movement's name: "the Moro Islamic Liberation Front", "the Sudan People's Liberation Movement".</summary>
    private static readonly FrozenSet<string> MovementNames = new HashSet<string>(StringComparer.Ordinal) { "Movement", "Front", "Liberation" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"armed groups", "armed movements": armed followed by one of these is a non-state side ("armed forces" is the state's).</summary>
    private static readonly FrozenSet<string> ArmedSides = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "group", "groups", "movement", "movements", "faction", "factions" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that link a place to a government rather than qualify it ("signed in Gabon by the government").</summary>
    private static readonly FrozenSet<string> Linking = new HashSet<string>(StringComparer.Ordinal) { "by", "the", "a", "an", "in", "at", "for", "with", "to", "from", "of", "on", "and", "or" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether the sentence names a side that is no state.</summary>
    /// <remarks>A plain loop: this runs on every sentence, several times, and makes no enumerator or closure so.</remarks>
    internal static bool NamesNonStateSide(List<Token> tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            // Every word tested for below has five to eleven letters and opens with one of these letters: an ASCII token opening
            // otherwise, or a shorter or longer one ("of", "and", "said"), needs no set look-up (ignoring case keeps the length).
            var text = tokens[k].Text;
            if (text.Length is < 5 or > 11 || text[0] < 128 && !InitialsOfSides.Contains(text[0])) continue;
            if (NonStateWords.Contains(tokens[k].Text) || MovementNames.Contains(tokens[k].Text) ||
                tokens[k].Lower == "armed" && k + 1 < tokens.Count && ArmedSides.Contains(tokens[k + 1].Text)) return true;
        }
        return false;
    }

    /// <summary>Words after which a non-state side is what the states fight, not a side of their text ("their fight against armed groups").</summary>
    private static readonly FrozenSet<string> Opposing = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "against", "fight", "fighting", "combat", "combating", "combatting", "counter", "countering", "curb", "defeat", "threat", "threats",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a sentence of the document itself (where it is mentioned or made) names a non-state side as a side, not only as
    /// what the states fight (a non-state word within four words after "against", "fight", "combat", "counter").
    /// </summary>
    internal static bool NamesANonStateSideOf(Agreement agreement)
    {
        foreach (var m in agreement.Mentions)
            if (NamesNonStateSideAsASide(m.Sentence.Tokens)) return true;
        return agreement.ProducedEvidence is { } evidence && NamesNonStateSideAsASide(evidence.Tokens);
    }

    /// <summary>Whether the sentence names a non-state side other than as the object of fighting (see <see cref="NamesANonStateSideOf"/>).</summary>
    private static bool NamesNonStateSideAsASide(List<Token> tokens)
    {
        if (!NamesNonStateSide(tokens)) return false;
        var lastOpposing = -100;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (Opposing.Contains(tokens[k].Text)) { lastOpposing = k; continue; }
            if (k - lastOpposing <= 4) continue;
            if ((NonStateWords.Contains(tokens[k].Text) || MovementNames.Contains(tokens[k].Text) || tokens[k].Lower == "armed") && NamesNonStateSide(tokens.GetRange(k, Math.Min(2, tokens.Count - k)))) return true;
        }
        return false;
    }

    /// <summary>The first letters of <see cref="NonStateWords"/>, <see cref="MovementNames"/> and "armed", in both cases.</summary>
    private const string InitialsOfSides = "rRoOiIgGmMsSfFlLaA";

    /// <summary>The country id of the one state whose government concludes the document with a non-state side, or null.</summary>
    public static string? StateOf(Agreement agreement, Func<Sentence, IEnumerable<Mention>> mentionsIn)
    {
        // One pass with no sets: a sentence read twice gives the same state again, so only two different states matter.
        string? only = null;
        foreach (var m in agreement.Mentions)
            if (!SameState(m.Sentence, mentionsIn, ref only)) return null;
        if (agreement.ProducedEvidence is { } evidence && !SameState(evidence, mentionsIn, ref only)) return null;
        return only;
    }

    /// <summary>False when the sentence gives a state other than <paramref name="only"/>; else keeps the state it gives, if any.</summary>
    private static bool SameState(Sentence sentence, Func<Sentence, IEnumerable<Mention>> mentionsIn, ref string? only)
    {
        if (!NamesNonStateSide(sentence.Tokens) || StateIn(sentence, mentionsIn(sentence)) is not { } state) return true;
        if (only is not null && only != state) return false;
        only = state;
        return true;
    }

    /// <summary>
    /// The one state of the article's internal settlement: what the government word gives in any sentence, or the one country of
    /// a signing sentence that names a non-state side ("President Nyusi and the leader of the rebel movement signed"). Null when
    /// the article gives none or several.
    /// </summary>
    public static string? StateOfStory(IEnumerable<Sentence> sentences, Func<Sentence, IEnumerable<Mention>> mentionsIn)
    {
        var states = new HashSet<string>();
        // Most sentences name no non-state side: the cheap token test comes first.
        foreach (var sentence in sentences.Where(s => NamesNonStateSide(s.Tokens)))
        {
            var mentions = mentionsIn(sentence).ToList();
            if (StateIn(sentence, mentions) is { } state) states.Add(state);
            else if (SignedWithNonState(sentence, mentions) is { } signer) states.Add(signer);
        }
        return states.Count == 1 ? states.Single() : null;
    }

    /// <summary>A signing sentence naming a non-state side and exactly one country (by name, demonym or its people), else null.</summary>
    private static string? SignedWithNonState(Sentence sentence, IReadOnlyList<Mention> mentions)
    {
        var tokens = sentence.Tokens;
        if (!NamesNonStateSide(tokens) || !SigningVerb.AnyIn(tokens)) return null;
        var countries = mentions.Where(m => m.Kind is MentionKind.Country or MentionKind.Person && m.Iso2 is not null).Select(m => EntityRegistry.CountryId(m.Iso2!)).Distinct().ToList();
        return countries.Count == 1 ? countries[0] : null;
    }

    /// <summary>"Sudan's transitional government and an alliance of armed movements": the state of a sentence naming both sides, or null.</summary>
    internal static string? StateIn(Sentence sentence, IEnumerable<Mention> mentions)
    {
        var tokens = sentence.Tokens;
        if (!NamesNonStateSide(tokens)) return null;
        var named = mentions.Where(m => m.Kind is MentionKind.Country or MentionKind.Person && m.Iso2 is not null).ToList();
        foreach (var k in Enumerable.Range(0, tokens.Count).Where(k => GovernmentWords.Contains(tokens[k].Text)))
        {
            // "the government of Mali" (the country after "of"), else "the Malian government", "Mali's interim government"
            // (the country just before, past a possessive and one lowercase word): not "signed in Gabon by the government".
            var near = named.FirstOrDefault(m => k + 1 < tokens.Count && tokens[k + 1].Lower == "of" && m.TokenStart > k && m.TokenStart - k <= 3)
                       ?? named.FirstOrDefault(m => m.TokenEnd <= k && k - m.TokenEnd <= 2 && Enumerable.Range(m.TokenEnd, k - m.TokenEnd).All(j => tokens[j].Text is "'s" or "'" or "s" || tokens[j].IsWord && char.IsLower(tokens[j].Text[0]) && !Linking.Contains(tokens[j].Lower)));
            if (near is not null) return EntityRegistry.CountryId(near.Iso2!);
        }
        return null;
    }
}
