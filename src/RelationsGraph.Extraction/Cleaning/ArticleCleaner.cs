using System.Text;
using System.Text.RegularExpressions;

namespace RelationsGraph.Extraction.Cleaning;

/// <summary>
/// Removes what is on the page but is not the article: share/print/font widgets, hashtag lines,
/// copyright lines, subscription and login notices, and everything from a reader-comment block on.
/// Paragraphs come back separated by one blank line.
/// </summary>
public static partial class ArticleCleaner
{
    [GeneratedRegex(@"^(?:\d+\s+comments?|(?:reader\s+)?comments?\s*\(\d+\)|login to comment|log in to comment|sign in to comment|(?:reader\s+)?comments|leave a (?:comment|reply)|add a comment|show comments|view comments|join the conversation)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentsStart();

    /// <summary>
    /// Words of the sharing, printing and reading controls sites put around a story (the site names
    /// of share buttons, the verbs and nouns of the controls): a short line made only of them is a widget bar.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> SentenceMarks = System.Buffers.SearchValues.Create(".?!\"“");
    private static readonly HashSet<string> WidgetVocabulary = new(StringComparer.OrdinalIgnoreCase)
    {
        "print", "page", "share", "shares", "tweet", "email", "e-mail", "mail", "copy", "link", "url", "listen", "bookmark",
        "save", "font", "size", "text", "small", "big", "large", "larger", "smaller", "increase", "decrease", "a+", "a-", "a",
        "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "reddit", "kakaotalk", "line", "weibo", "wechat",
        "pinterest", "messenger", "more", "this", "article", "story", "gift", "audio", "read", "later", "comment", "reply", "zoom", "to", "on",
    };

    /// <summary>The words that make a bar of such words a control bar: what the reader can do with the page.</summary>
    private static readonly HashSet<string> ControlWords = new(StringComparer.OrdinalIgnoreCase)
        { "print", "share", "tweet", "email", "e-mail", "copy", "url", "listen", "bookmark", "save", "font", "size", "a+", "a-", "zoom" };

    [GeneratedRegex(@"[A-Za-z][A-Za-z+-]*|[+-]")]
    private static partial Regex WidgetToken();

    [GeneratedRegex(@"^(?:©|\(c\)\s|copyright\b)|all rights reserved|unauthori[sz]ed reproduction", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"\b(?:subscription|subscriber|subscribe)\b.*\b(?:comment|read|access|account|plan)\b|\b(?:log ?in|sign ?in|sign up|register)\b.*\b(?:comment|continue|read|access)\b|^(?:subscribe|sign in|log ?in|sign up|register)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AccountNotice();

    /// <summary>Headings of the link lists sites put under or beside a story ("Related news", "Most read", "More from Features").</summary>
    [GeneratedRegex(@"^(?:related(?: news| stories| articles| content| coverage| reading)?|read (?:also|more)|also read|see also|more from [\w' &-]{1,30}|most (?:read|popular|viewed|shared)|recommended(?: for you| stories)?|you (?:may|might) also like|trending(?: now)?|latest (?:news|stories)|more stories|top stories|editor'?s picks)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex LinkListHeading();

    /// <summary>"READ ALSO: X set to be sworn in next month": one promoted headline on a line of its own.</summary>
    [GeneratedRegex(@"^(?:read also|also read|read more|related|see also)\s*:\s*\S.{0,150}$", RegexOptions.IgnoreCase)]
    private static partial Regex PromotedHeadline();

    /// <summary>
    /// "Tags: A, B, state visit", "Keywords: X", "Filed under: Y": the site's index terms for the story, page furniture whose
    /// names and nouns ("summit", "state visit") tell no event of the story (pattern: a labelled line of index terms).
    /// </summary>
    [GeneratedRegex(@"^(?:tags|keywords|topics|categories|filed under)\s*:\s*\S.{0,300}$", RegexOptions.IgnoreCase)]
    private static partial Regex IndexTermsLine();

    /// <summary>
    /// "Related reading: A · B", "Also on Site Name: A | B", "More from the desk: A; B": a labelled run of other stories'
    /// headlines on one line, however long, told apart from prose by the separators between the headlines.
    /// </summary>
    [GeneratedRegex(@"^[-–—\s]*(?:related(?: [a-z]+)?|(?:more|also) (?:from|on) [\w' &-]{1,30})\s*:\s*\S.{0,300}?(?:\s·\s|\s\|\s|;\s).{0,300}$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledHeadlineRun();

    /// <summary>A headline of a link list: a list item, or a short line that does not end a sentence.</summary>
    private static bool IsLinkListItem(ReadOnlySpan<char> line) =>
        line.StartsWith("- ") || line.StartsWith("* ") || line.StartsWith("• ") || NumberedItem().IsMatch(line) || line.Trim("-*_ ").Length == 0 ||
        line.Length <= 120 && line[^1] is not ('.' or '"' or '”');

    [GeneratedRegex(@"^#[^\s#]")]
    private static partial Regex HashtagLine();

    // Every line of every article passes these two: generated, they skip the static Regex cache lookup and the interpreter.
    [GeneratedRegex(@"^\d{1,2}[.)]\s")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Blanks();

    public static string Clean(string body)
    {
        // Lines are read in place and written straight into the result: a string is made only for a line with a
        // no-break space, a tab or a run of spaces. Lines within a paragraph are joined by a newline, paragraphs
        // (separated by blank lines) by an empty line.
        var normalized = body.Replace("\r\n", "\n").Replace('\r', '\n');
        var text = new StringBuilder(normalized.Length);
        var blankBefore = false;
        var inLinkList = false;
        var afterWidgets = false;
        var proseParagraphs = 0;
        foreach (var range in normalized.AsSpan().Split('\n'))
        {
            var raw = normalized.AsSpan(range);
            var line = raw.ContainsAny(Respaced) || raw.Contains("  ", StringComparison.Ordinal) ? Respace(raw.ToString()).AsSpan() : raw.Trim();
            if (CommentsStart().IsMatch(line))
            {
                if (!(afterWidgets && (proseParagraphs < OpeningParagraphs || CommentsStartLater(normalized, range.End.GetOffset(normalized.Length))))) break;
                continue;
            }
            if (line.Length == 0) { blankBefore = true; continue; }
            afterWidgets = IsWidgetWords(line);
            // Link lists ("Related news", "Most read") and promoted headlines: other stories' headlines, whose names are not
            // this story's; the list runs until a line of prose.
            if (LinkListHeading().IsMatch(line)) { inLinkList = true; continue; }
            if (inLinkList && IsLinkListItem(line)) continue;
            inLinkList = false;
            if (PromotedHeadline().IsMatch(line) || IndexTermsLine().IsMatch(line) || LabelledHeadlineRun().IsMatch(line)) continue;
            if (IsChrome(line)) continue;
            if (text.Length > 0) text.Append(blankBefore ? "\n\n" : "\n");
            text.Append(line);
            if (line.Length >= ProseLength && line[^1] is '.' or '"' or '”') proseParagraphs++;
            blankBefore = false;
        }
        return text.ToString();
    }

    /// <summary>
    /// "Facebook / Twitter / Email / Comments (4)" above the story: a comment count among the share links is a link to the
    /// comments, not their start (pattern: a comments link inside a share bar, with the comment block itself further down).
    /// It is a link when the story has not yet begun (fewer than <see cref="OpeningParagraphs"/> lines of prose above it: a
    /// headline, a standfirst, a byline) or when another comments heading follows; a share bar under the story, right above
    /// the one comments heading, still ends the story there.
    /// </summary>
    private const int OpeningParagraphs = 3;

    /// <summary>A line this long ending a sentence is a line of the story's prose, not a heading or a byline.</summary>
    private const int ProseLength = 40;

    private static bool CommentsStartLater(string text, int from)
    {
        foreach (var range in text.AsSpan(from).Split('\n'))
        {
            var line = text.AsSpan(from)[range].Trim();
            if (line.Length > 0 && CommentsStart().IsMatch(line)) return true;
        }
        return false;
    }

    /// <summary>A short line made only of the words of sharing and reading controls ("Facebook", "Twitter", "Email").</summary>
    private static bool IsWidgetWords(ReadOnlySpan<char> line)
    {
        if (line.Length >= 60 || line.IndexOfAny(SentenceMarks) >= 0) return false;
        var vocabulary = WidgetVocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        var anyWord = false;
        foreach (var w in WidgetToken().EnumerateMatches(line))
        {
            if (!vocabulary.Contains(line.Slice(w.Index, w.Length))) return false;
            anyWord = true;
        }
        return anyWord;
    }

    private static readonly System.Buffers.SearchValues<char> Respaced = System.Buffers.SearchValues.Create("\u00A0\t");

    /// <summary>The line with no-break spaces as spaces and each run of blanks as one space, trimmed.</summary>
    private static string Respace(string raw)
    {
        var spaced = raw.Replace('\u00A0', ' ');
        // Single spaces are what the pattern would write back: only a tab or a run of spaces needs the replace.
        return (spaced.Contains('\t') || spaced.Contains("  ", StringComparison.Ordinal) ? Blanks().Replace(spaced, " ") : spaced).Trim();
    }

    /// <summary>True for a line that is page furniture rather than prose.</summary>
    public static bool IsChrome(string line) => IsChrome(line.AsSpan());

    private static bool IsChrome(ReadOnlySpan<char> line) =>
        HashtagLine().IsMatch(line) || Copyright().IsMatch(line) || AccountNotice().IsMatch(line) || IsOnlyWidgets(line);

    /// <summary>"print page small font big font", "Share | Tweet | Email": no sentence, only control words.</summary>
    private static bool IsOnlyWidgets(ReadOnlySpan<char> line)
    {
        if (line.Length >= 60 || line.IndexOfAny(SentenceMarks) >= 0) return false;
        // Words read in place (every line of every article comes here).
        var vocabulary = WidgetVocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        var controls = ControlWords.GetAlternateLookup<ReadOnlySpan<char>>();
        bool anyWord = false, anyControl = false;
        foreach (var w in WidgetToken().EnumerateMatches(line))
        {
            var word = line.Slice(w.Index, w.Length);
            if (!vocabulary.Contains(word)) return false;
            anyWord = true;
            anyControl |= controls.Contains(word);
        }
        if (!anyWord) return line.Trim(" |/·-,").Length == 0;
        // At least one word must be a control ("Share", "Print"), so "Big Story" or "Read More" under a headline stays.
        return anyControl;
    }
}
