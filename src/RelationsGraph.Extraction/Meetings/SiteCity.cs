using RelationsGraph.Extraction.Entities;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Meetings;

/// <summary>
/// "met at Calder Tower in Brennick", "talks at Varno airport in Ostrel": a named site that is neither a town nor a
/// palace, hall or square by its name (a tower, an airport, a base, an estate), told with "in" and a town right after it,
/// stands in that town; a meeting placed only at the site is held in the town too (pattern: SITE in TOWN). The venue-word
/// names take their town through <see cref="VenueCity.CityOf"/> in the graph builder already.
/// </summary>
internal static class SiteCity
{
    public const string Rule = "the town a named site stands in ('at X Tower in Y')";

    /// <summary>The entity id of the town, or null when the meeting has no single such site or no town follows it.</summary>
    public static string? Of(IReadOnlyList<Mention> heldIn, VenueCity venueCity, IReadOnlyList<IReadOnlyList<Mention>> mentionsBySentence)
    {
        if (heldIn.Count != 1) return null;
        var site = heldIn[0];
        if (site.Kind != MentionKind.Place || venueCity.IsTown(site) || venueCity.IsVenueOfAMeeting(site)) return null;
        var sentenceMentions = mentionsBySentence[site.Sentence.Index];
        if (venueCity.CityOf(site, sentenceMentions) is not { } city) return null;
        // Only "in" says the site stands within the town ("X, Y" and "X of Y" are as often a town and its region).
        var tokens = site.Sentence.Tokens;
        // A town known in its own right: a generated place known only in place context is as often a state or an island
        // ("Sandhaven estate in California").
        return sentenceMentions.Any(m => m.EntityId == city && m.TokenStart > site.TokenEnd && tokens[m.TokenStart - 1].Text == "in" && venueCity.IsTownInItsOwnRight(m)) ? city : null;
    }
}
