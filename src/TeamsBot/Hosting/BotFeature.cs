namespace TeamsBot.Hosting;

/// <summary>
/// What a feature folder declares about itself, so nothing outside the folder has to list it: its tables
/// (created at start-up), its routes (commands with their help, card verbs), its texts. Its services, options,
/// log messages and background work are registered by its own <c>AddX</c>.
/// </summary>
public sealed class BotFeature(string name)
{
    public string Name { get; } = name;

    /// <summary>The marker class of the feature's <c>Strings.resx</c>, when it has texts.</summary>
    public Type? Strings { get; internal set; }

    public IReadOnlyList<string> Tables => _tables;

    /// <summary>Registers the feature's commands, card verbs and hooks on the router.</summary>
    public Action<FeatureRoutes>? Map { get; internal set; }

    private readonly List<string> _tables = [];

    internal void AddTables(IEnumerable<string> names) => _tables.AddRange(names);
}

/// <summary>Fluent declaration of a <see cref="BotFeature"/>, returned by <c>services.AddBotFeature(name)</c>.</summary>
public sealed class BotFeatureBuilder(BotFeature feature, IServiceCollection services)
{
    public IServiceCollection Services => services;

    public BotFeatureBuilder WithTables(params string[] names)
    {
        feature.AddTables(names);
        return this;
    }

    /// <summary>The feature's texts: <typeparamref name="TStrings"/> sits beside its <c>Strings.resx</c>.</summary>
    public BotFeatureBuilder WithTexts<TStrings>()
    {
        feature.Strings = typeof(TStrings);
        return this;
    }

    public BotFeatureBuilder WithRoutes(Action<FeatureRoutes> map)
    {
        feature.Map = map;
        return this;
    }
}
