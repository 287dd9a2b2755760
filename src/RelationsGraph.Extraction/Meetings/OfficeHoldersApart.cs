using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The visitor also met Premier A and B, chairman of the parliament", "she met the Prime Minister, A, and the Speaker, B": a
/// visitor who "met" several office-holders of one other country, each told with an office of their own, calls on each of
/// them in turn, one meeting each, as "separately" tells (pattern: state-visit coverage listing the host country's other
/// leaders the guest saw besides the head of state). Only the verb "met"/"meet(s)" with two or more named counterparts of one
/// country, every one with a different office, one subject named before the verb from another country (or of none known;
/// not a pronoun, not a relative "who met"), and nothing but commas, "and" and the counterparts' own titles between them.
/// Counterparts of different countries ("met A of X and B of Y") or without offices ("met A and B") stay one meeting.
/// </summary>
internal static class OfficeHoldersApart
{
    private static readonly FrozenSet<string> Pronouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "him", "her" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool Applies(List<Token> tokens, MeetingMention m, IReadOnlyList<Mention> mentions)
    {
        if (m.Kind != MeetingKinds.Talks || m.ObjectIds.Count < 2 || m.TokenStart >= tokens.Count || tokens[m.TokenStart].Lower is not ("met" or "meet" or "meets")) return false;
        var objects = new List<Mention>();
        foreach (var p in mentions)
            if (p.Kind == MentionKind.Person && p.EntityId is { } id && p.TokenStart >= m.TokenEnd && m.ObjectIds.Contains(id) && objects.All(o => o.EntityId != id))
                objects.Add(p);
        if (objects.Count != m.ObjectIds.Count) return false;
        var country = objects[0].Iso2;
        if (country is null || objects.Any(o => o.Iso2 != country || o.Title is null)) return false;
        if (objects.Select(o => o.Title!).Distinct(StringComparer.OrdinalIgnoreCase).Count() != objects.Count) return false;
        // One visitor, named before the verb in this sentence: "He met A and B" may be anyone's aides, "A and B met C and D" a
        // meeting of delegations, "X, who met A and B" a recollection in passing. The visitor is another country's, or of none
        // known: "A met B and C" among one government's own is a meeting of them all.
        var subjects = m.Participants.Keys.Where(id => !m.ObjectIds.Contains(id)).ToList();
        if (subjects.Count != 1 || m.TokenStart > 0 && tokens[m.TokenStart - 1].Lower is "who" or "which" or "that") return false;
        var named = false;
        foreach (var p in mentions)
        {
            if (p.Kind != MentionKind.Person || p.EntityId != subjects[0]) continue;
            if (p.Iso2 == country) return false;
            if (p.TokenEnd <= m.TokenStart && p.Surface.Any(char.IsUpper) && !Pronouns.Contains(p.Surface)) named = true;
        }
        if (!named) return false;
        objects.Sort((a, b) => a.TokenStart.CompareTo(b.TokenStart));
        for (var k = m.TokenEnd; k < objects[^1].TokenStart; k++)
            if (tokens[k].Text is ";" or ":" || tokens[k].Lower is "with" or "then" or "before" or "after" or "while" or "who" or "which") return false;
        return true;
    }
}
