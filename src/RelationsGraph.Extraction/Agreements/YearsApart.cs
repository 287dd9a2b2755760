namespace RelationsGraph.Extraction.Agreements;

/// <summary>
/// "The forum closed with the Harbour Declaration 2025 ... the sixth forum, held there in 2019, adopted the earlier Harbour
/// Declaration 2019": a reference dated to one year never joins a document already dated to another, whichever path (a
/// title that names both once its year is set aside, an acronym, a restatement) chose it. Pattern: recurring summits and
/// treaties renewed under one name, told with the year of each edition; a document has one year of making, so two years
/// name two documents. A renaming ("..., known as ...") is left to <see cref="AgreementClusterer"/>'s own check.
/// </summary>
internal static class YearsApart
{
    public static bool Of(Agreement target, AgreementMention m) =>
        !m.RenamesAnother && m.Year is { } year && target.Year is { } other && other != year;
}
