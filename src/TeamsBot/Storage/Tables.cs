using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using TeamsBot.Hosting;

namespace TeamsBot.Storage;

/// <summary>The bot's tables: each feature declares its own (<see cref="BotFeatureBuilder.WithTables"/>) and asks for it by name.</summary>
public sealed class Tables
{
    private readonly TableServiceClient _service;
    private readonly IOptions<StorageOptions> _options;

    public Tables(TableServiceClient service, IOptions<StorageOptions> options, IEnumerable<BotFeature> features)
        : this(service, options, features.SelectMany(f => f.Tables))
    {
    }

    /// <summary>For tests that need only some tables.</summary>
    internal Tables(TableServiceClient service, IOptions<StorageOptions> options, IEnumerable<string> names)
    {
        _service = service;
        _options = options;
        All = [.. names.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Every table a feature declared, created at start-up.</summary>
    public IReadOnlyList<string> All { get; }

    public TableClient Get(string name) => _service.GetTableClient(_options.Value.TablePrefix + name);
}
