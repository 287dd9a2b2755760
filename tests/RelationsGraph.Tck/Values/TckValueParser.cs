using System.Globalization;
using System.Text;

namespace RelationsGraph.Tck.Values;

/// <summary>
/// Parses the TCK's value notation (README.adoc, "Format of the expected results"): null, booleans, integers,
/// floats (with NaN, Inf, -Inf), 'strings', [lists], {maps}, (:nodes {...}), [:relationships {...}] and &lt;paths&gt;.
/// </summary>
public sealed class TckValueParser
{
    private readonly string _text;
    private int _pos;

    private TckValueParser(string text) => _text = text;

    public static object? Parse(string text)
    {
        var parser = new TckValueParser(text);
        var value = parser.ParseValue();
        parser.SkipSpace();
        if (parser._pos != text.Length) throw parser.Error("unexpected text after the value");
        return value;
    }

    private object? ParseValue()
    {
        SkipSpace();
        if (_pos >= _text.Length) throw Error("a value was expected");
        var c = _text[_pos];
        switch (c)
        {
            case '\'': return ParseString();
            case '{': return ParseMap();
            case '(': return ParseNode();
            case '<': return ParsePath();
            case '[':
                return LooksLikeRelationship() ? ParseRelationship() : ParseList();
        }
        if (c == '-' || c == '+' || c == '.' || char.IsDigit(c)) return ParseNumber();
        var word = ReadIdentifier();
        return word switch
        {
            "null" => null,
            "true" => true,
            "false" => false,
            "NaN" => double.NaN,
            "Inf" => double.PositiveInfinity,
            _ => throw Error($"unknown literal '{word}'"),
        };
    }

    private object ParseNumber()
    {
        var start = _pos;
        if (_text[_pos] is '-' or '+') _pos++;
        if (string.CompareOrdinal(_text, _pos, "Inf", 0, 3) == 0)
        {
            _pos += 3;
            return _text[start] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        }
        var isFloat = false;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (char.IsDigit(c)) _pos++;
            else if (c is '.' or 'e' or 'E') { isFloat = true; _pos++; }
            else if (c is '-' or '+' && _text[_pos - 1] is 'e' or 'E') _pos++;
            else break;
        }
        var token = _text[start.._pos];
        if (!isFloat && long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            return integer;
        if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
            return real;
        throw Error($"malformed number '{token}'");
    }

    private string ParseString()
    {
        Expect('\'');
        var value = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length) throw Error("unterminated string");
            var c = _text[_pos++];
            if (c == '\'') return value.ToString();
            // The TCK escapes only the quote and the backslash itself; anything else is kept verbatim.
            if (c == '\\' && _pos < _text.Length && _text[_pos] is '\'' or '\\')
                c = _text[_pos++];
            value.Append(c);
        }
    }

    private List<object?> ParseList()
    {
        Expect('[');
        var items = new List<object?>();
        SkipSpace();
        if (TryConsume(']')) return items;
        do items.Add(ParseValue());
        while (TryConsume(','));
        Expect(']');
        return items;
    }

    private Dictionary<string, object?> ParseMap()
    {
        Expect('{');
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        SkipSpace();
        if (TryConsume('}')) return map;
        do
        {
            SkipSpace();
            var key = ReadIdentifier();
            Expect(':');
            if (!map.TryAdd(key, ParseValue())) throw Error($"duplicate key '{key}'");
        }
        while (TryConsume(','));
        Expect('}');
        return map;
    }

    private ExpectedNode ParseNode()
    {
        Expect('(');
        var labels = new List<string>();
        SkipSpace();
        while (TryConsume(':')) labels.Add(ReadIdentifier());
        var properties = ParseOptionalProperties();
        Expect(')');
        return new ExpectedNode(labels, properties);
    }

    private ExpectedRelationship ParseRelationship()
    {
        Expect('[');
        Expect(':');
        var type = ReadIdentifier();
        var properties = ParseOptionalProperties();
        Expect(']');
        return new ExpectedRelationship(type, properties);
    }

    private ExpectedPath ParsePath()
    {
        Expect('<');
        SkipSpace();
        var start = ParseNode();
        var hops = new List<ExpectedPathHop>();
        while (!TryConsume('>'))
        {
            var backward = TryConsume('<');
            Expect('-');
            var relationship = ParseRelationship();
            Expect('-');
            var forward = TryConsume('>');
            if (forward == backward) throw Error("a path relationship needs exactly one direction");
            SkipSpace();
            hops.Add(new ExpectedPathHop(relationship, forward, ParseNode()));
        }
        return new ExpectedPath(start, hops);
    }

    private IReadOnlyDictionary<string, object?> ParseOptionalProperties()
    {
        SkipSpace();
        return _pos < _text.Length && _text[_pos] == '{' ? ParseMap() : new Dictionary<string, object?>();
    }

    /// <summary>A '[' starts a relationship when a ':' follows it; lists never start with a colon.</summary>
    private bool LooksLikeRelationship()
    {
        var next = _pos + 1;
        while (next < _text.Length && char.IsWhiteSpace(_text[next])) next++;
        return next < _text.Length && _text[next] == ':';
    }

    private string ReadIdentifier()
    {
        SkipSpace();
        if (_pos < _text.Length && _text[_pos] == '`')
        {
            var close = _text.IndexOf('`', _pos + 1);
            if (close < 0) throw Error("unterminated quoted name");
            var quoted = _text[(_pos + 1)..close];
            _pos = close + 1;
            return quoted;
        }
        var start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_')) _pos++;
        if (start == _pos) throw Error("a name was expected");
        return _text[start.._pos];
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
    }

    private bool TryConsume(char c)
    {
        SkipSpace();
        if (_pos < _text.Length && _text[_pos] == c) { _pos++; return true; }
        return false;
    }

    private void Expect(char c)
    {
        if (!TryConsume(c)) throw Error($"'{c}' was expected");
    }

    private FormatException Error(string message) => new($"{message} at position {_pos} in TCK value: {_text}");
}
