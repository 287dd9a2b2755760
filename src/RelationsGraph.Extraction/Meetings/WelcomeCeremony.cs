namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "welcomed her with a guard of honour at the Ostrava Palace", "received with full honours on the lawn of the X House":
/// a ceremony of welcome is the host receiving a guest at his own seat, so, like a reception or a call, it is told by that venue
/// alone and the venue's town is not added beside it (pattern: honours paid on arrival sit at the host's house). A ceremony
/// told with no word of welcome or honours (an award, an opening, a commemoration) keeps its town.
/// </summary>
internal static class WelcomeCeremony
{
    public const string Rule = "a ceremony of welcome at a named venue is held at the venue alone";

    public static bool Of(Meeting meeting) =>
        meeting.Kind == MeetingKinds.Ceremony && meeting.Mentions.Any(m => m.Sentence.Tokens.Any(t => IsWelcomeWord(t.Lower)));

    /// <summary>The words of a welcome: greeting the guest ("welcomed", "a formal welcome"), or the honours paid to them.</summary>
    private static bool IsWelcomeWord(string word) =>
        word is "welcome" or "welcomed" or "welcomes" or "welcoming" or "honours" or "honors" or "honour" or "honor" or "salute";
}
