namespace RelationsGraph.Web.Tests.Infrastructure;

/// <summary>A fact that needs the seed articles in ../shared/seeds; it skips itself, saying so, without them.</summary>
public sealed class SeedsFactAttribute : FactAttribute
{
    public SeedsFactAttribute()
    {
        if (!Directory.Exists(RepositoryPaths.Seeds))
            Skip = $"Skipped: the seed articles were not found at {RepositoryPaths.Seeds} (../shared/seeds beside the repository).";
    }
}
