// TEMPORARY until guide-search is merged: deleted at the merge.
namespace TeamsBot.Guidance.Search;

public static class GuidanceSearchShim
{
    public static IServiceCollection AddGuidanceSearch(this IServiceCollection services) =>
        services.AddSingleton<IGuidanceSearch>(new ShimSearch());

    private sealed class ShimSearch : IGuidanceSearch
    {
        public GuidanceResults Search(string query, GuidanceKind kind, int take = 3) => GuidanceResults.None;
    }
}
