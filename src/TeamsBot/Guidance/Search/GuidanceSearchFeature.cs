namespace TeamsBot.Guidance.Search;

public static class GuidanceSearchFeature
{
    /// <summary>The guidance search (Lucene.Net, Danish analysis) over whatever <see cref="IGuidanceDirectory"/> is registered.</summary>
    public static IServiceCollection AddGuidanceSearch(this IServiceCollection services)
    {
        services.AddSingleton<IGuidanceSearch, LuceneGuidanceSearch>();
        return services;
    }
}
