using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "Around him sat A, B and C", "Around the table sat D for one side and E for the other": a sentence that opens on the
/// place around someone or around the table, then a posture and the people seated there, is the roll of a sitting, so
/// everyone named after the posture is at the gathering under discussion (pattern: inverted seating around a person or a
/// table). "Around the table sat those who …" names nobody after the posture and "Around 300 guests were seated" is a
/// number, not a place.
/// </summary>
internal static class SeatedAround
{
    /// <summary>The prepositions that open such a sentence.</summary>
    public static readonly FrozenSet<string> Prepositions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "around", "round" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True at the fronted "Around" of "Around him sat X" or "Around the table sat X".</summary>
    public static bool IsAt(List<Token> tokens, int i)
    {
        if (!Prepositions.Contains(tokens[i].Text) || !(i == 0 || i == 1 && tokens[0].Lower is "also" or "and")) return false;
        var k = i + 1;
        if (k < tokens.Count && tokens[k].Lower is "him" or "her" or "them") k++;
        else if (k + 1 < tokens.Count && tokens[k].Lower is "the" or "his" or "her" or "their" && tokens[k + 1].Lower is "table" or "tables") k += 2;
        else return false;
        return k + 1 < tokens.Count && VerbOnlyTriggers.Postures.Contains(tokens[k].Text) && tokens[k + 1].IsCapitalized;
    }
}
