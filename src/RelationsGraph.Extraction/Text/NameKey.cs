using System.Text;

namespace RelationsGraph.Extraction.Text;

/// <summary>
/// Normal forms of names: <see cref="Of"/> for dictionary look-ups (case, accents, full stops and
/// hyphens ignored) and <see cref="Slug"/> for the readable part of stable ids.
/// </summary>
public static class NameKey
{
    /// <summary>"Lee Jae-myung" and "lee jae myung" give the same key.</summary>
    public static string Of(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in FoldAccents(text))
        {
            if (c is '.' ) continue;
            if (c is '’' or '\'') { sb.Append('\''); continue; }
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                pendingSpace = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }
        // "Co-operation" and "Cooperation", "co-ordination" and "coordination": one word spelt two ways in bodies' names.
        var key = sb.ToString();
        return key.Contains("co o", StringComparison.Ordinal) ? CoPrefix(key) : key;
    }

    private static string CoPrefix(string key) =>
        key.Replace("co operat", "cooperat", StringComparison.Ordinal).Replace("co ordinat", "coordinat", StringComparison.Ordinal);

    /// <summary>Lowercase ASCII words joined by hyphens: "Lee Jae-myung" → "lee-jae-myung".</summary>
    public static string Slug(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in FoldAccents(text))
        {
            if (c is '.' or '\'' or '’') continue;
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }

    // Latin letters with diacritics and their base letters. Normalisation (FormD) is not
    // available under invariant globalization, so the common ones are folded by table.
    private const string Accented = "ÀÁÂÃÄÅĀĂĄàáâãäåāăąÇĆČçćčĎďÈÉÊËĒĖĘĚèéêëēėęěĞğÌÍÎÏĪİìíîïīıŁłÑŃŇñńňÒÓÔÕÖØŌŐòóôõöøōőŘřŚŞŠśşšŢŤțţťȚÙÚÛÜŪŮŰùúûüūůűÝŸýÿŹŻŽźżž";
    private const string Plain    = "AAAAAAAAAaaaaaaaaaCCCcccDdEEEEEEEEeeeeeeeeGgIIIIIIiiiiiiLlNNNnnnOOOOOOOOooooooooRrSSSsssTTtttTUUUUUUUuuuuuuuYYyyZZZzzz";

    private static string FoldAccents(string text)
    {
        if (System.Text.Ascii.IsValid(text)) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var k = Accented.IndexOf(chars[i]);
            if (k >= 0) chars[i] = Plain[k];
        }
        return new string(chars);
    }
}
