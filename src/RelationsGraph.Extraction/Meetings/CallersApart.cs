using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "The Senate chairman and the Assembly speaker also called on him", "A and B separately called on the President": a
/// courtesy call is paid by one caller, so several callers named before the verb, with an adverb that tells the calls apart
/// ("also", "separately", "individually", "each"), pay one call each on the one person called on (the pattern: state-visit
/// coverage listing the dignitaries who called on the visitor). Without such an adverb ("Modi and his minister called on
/// the King") the callers go together and stay one meeting.
/// </summary>
internal static class CallersApart
{
    public static bool Applies(List<Token> tokens, MeetingMention m)
    {
        var verb = m.TokenStart;
        if (m.Kind != MeetingKinds.Talks || verb < 1 || verb + 1 >= tokens.Count) return false;
        if (tokens[verb].Lower is not ("called" or "calls") || tokens[verb + 1].Lower != "on") return false;
        if (tokens[verb - 1].Lower is not ("also" or "separately" or "individually" or "each")) return false;
        return m.ObjectIds.Count == 1 && m.Participants.Keys.Count(id => !m.ObjectIds.Contains(id)) >= 2;
    }

    public static IEnumerable<MeetingMention> Split(MeetingMention m)
    {
        var called = m.ObjectIds.First();
        foreach (var caller in m.Participants.Keys.Where(id => id != called).ToList())
        {
            var one = m.SplitOff();
            one.Participants[caller] = m.Participants[caller];
            one.Participants[called] = m.Participants[called];
            one.ObjectIds.Add(called);
            one.Notes.Add("callers apart: one call on the person by each caller");
            one.Places.AddRange(m.Places);
            yield return one;
        }
    }
}
