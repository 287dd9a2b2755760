using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Entities;

/// <summary>
/// "Côte d'Ivoire", "Place d'Armes", "Palazzo dell'Agricoltura": French and Italian names elide their particle before a vowel and
/// write it onto the next word, so one token starts lower-case ("d'", "l'", "dell'") and carries a capitalised name word after the
/// apostrophe (pattern: Romance particles inside names of states and buildings). Such a token goes on the name it follows when the
/// whole reads as a known name (the mention finder checks that); it never opens a name alone.
/// </summary>
internal static class ElidedParticleName
{
    private static readonly string[] Particles = ["d", "l", "dell", "dall", "nell", "sull", "all"];

    public static bool Continues(Token t)
    {
        var text = t.Text;
        var apostrophe = text.IndexOfAny(['\'', '’']);
        if (apostrophe <= 0 || apostrophe + 1 >= text.Length || !char.IsUpper(text[apostrophe + 1])) return false;
        var particle = text.AsSpan(0, apostrophe);
        foreach (var p in Particles)
            if (particle.SequenceEqual(p)) return true;
        return false;
    }
}
