// TEMPORARY until guide-content and guide-search are merged: deleted at the merge.
namespace TeamsBot.Guidance.Content
{
    public static class GuidanceContentShim
    {
        public static IServiceCollection AddGuidanceContent(this IServiceCollection services, IConfiguration configuration) =>
            services.AddSingleton<IGuidanceDirectory>(new ShimDirectory());

        private sealed class ShimDirectory : IGuidanceDirectory
        {
            public GuidanceSnapshot Current => GuidanceSnapshot.Empty;
        }
    }
}

namespace TeamsBot.Guidance.Search
{
    public static class GuidanceSearchShim
    {
        public static IServiceCollection AddGuidanceSearch(this IServiceCollection services) =>
            services.AddSingleton<IGuidanceSearch>(new ShimSearch());

        private sealed class ShimSearch : IGuidanceSearch
        {
            public GuidanceResults Search(string query, GuidanceKind kind, int take = 3) => GuidanceResults.None;
        }
    }
}
