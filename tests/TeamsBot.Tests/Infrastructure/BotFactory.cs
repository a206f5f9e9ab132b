using Bot.Protocol.Connector;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace TeamsBot.Tests.Infrastructure;

/// <summary>
/// The real host, in-process, on real Azurite (own tables per instance), with a recording connector and a
/// fake clock. It has an app id and trusts a test token service, and <see cref="CreateClient"/> signs every post
/// with a real channel token, so the real auth pipeline runs in every host test. Tests about the anonymous mode
/// the Agents Playground uses (Development, no app id) ask for it with <see cref="Anonymous"/>.
/// </summary>
public sealed class BotFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configure;
    private readonly bool _runBackgroundWorkers;
    private readonly StorageFaults? _storageFaults;
    private readonly bool _keepStorageRetries;

    /// <param name="storageFaults">Routes the bot's storage calls through this fault injector.</param>
    /// <param name="keepStorageRetries">
    /// With <paramref name="storageFaults"/>: keep the app's own retries and per-request timeout (Storage:* settings), so
    /// a test can see the SDK retry a call that was applied but answered late. Off by default: a fault then fails at once.
    /// </param>
    public BotFactory(Dictionary<string, string?>? settings = null, string environment = "Development", string? tablePrefix = null, Action<IServiceCollection>? configure = null,
        bool runBackgroundWorkers = false, StorageFaults? storageFaults = null, bool keepStorageRetries = false)
    {
        _runBackgroundWorkers = runBackgroundWorkers;
        _storageFaults = storageFaults;
        _keepStorageRetries = keepStorageRetries;
        _configure = configure;
        Environment = environment;
        TablePrefix = tablePrefix ?? "T" + Guid.NewGuid().ToString("N")[..16];
        _settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = Azurite.ConnectionString,
            ["Storage:TablePrefix"] = TablePrefix,
            ["Bot:RetryBaseDelay"] = "00:00:00.020",
            ["Sparring:Contact:Name"] = "Bagvagt Birgit",
            ["Sparring:Contact:Phone"] = "+45 12 34 56 78",
            // appsettings.Development.json fixes Danish for the Playground; tests follow each activity's locale, as Teams does.
            ["Localization:ForceLocale"] = "",
            // Each bot its own key ring (bots sharing a table prefix, i.e. one bot restarted, share it), protected as in production.
            ["DataProtection:KeyRingContainer"] = KeyRingContainerFor(TablePrefix),
            ["DataProtection:Certificate:Path"] = TestCertificate.Shared.Path,
            ["DataProtection:Certificate:Password"] = TestCertificate.Shared.Password,
            // No guidance content unless a test gives its own folder: the shipped samples' referrals would otherwise become
            // the reflection form's choices in every reflection test (a folder that does not exist is empty content).
            ["Guidance:ContentPath"] = Path.Combine(Path.GetTempPath(), "no-guidance-content-" + Guid.NewGuid().ToString("N")),
        };
        if (environment != "Development")
        {
            // The recording connector listens on loopback, which only Development allows by default; listed, it is allowed anywhere.
            _settings["Bot:AdditionalServiceHosts:0"] = "localhost";
        }

        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }
    }

    public string Environment { get; }

    /// <summary>No app id and no tokens: the Agents Playground's mode (Development only), for tests about that mode.</summary>
    public bool Anonymous { get; init; }

    /// <summary>The token service the host trusts, unless <see cref="Anonymous"/>.</summary>
    public TestChannelTokens Tokens { get; } = new();

    public string TablePrefix { get; }

    /// <summary>The key ring container of a bot with this table prefix.</summary>
    public static string KeyRingContainerFor(string tablePrefix) => "keys-" + tablePrefix.ToLowerInvariant();

    public RecordingConnector Connector { get; } = new();

    /// <summary>Every line the host logged.</summary>
    public RecordingLogs Logs { get; } = new();

    /// <summary>Starts at a fixed Copenhagen afternoon so times on cards are predictable.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 16, 0, 0, TimeSpan.Zero));

    /// <summary>A client that posts as Teams does: with a fresh channel token on every post (none when <see cref="Anonymous"/>).</summary>
    public new HttpClient CreateClient() =>
        Anonymous ? base.CreateClient() : CreateDefaultClient(ClientOptions.BaseAddress, Tokens.CreateHandler(Time));

    /// <summary>A client that sends no token, to see what the host does with a post nobody signed.</summary>
    public HttpClient CreateClientWithoutToken() => base.CreateClient();

    /// <summary>The rows of one of this bot's tables, read straight from Azurite.</summary>
    public async Task<List<Azure.Data.Tables.TableEntity>> StoredEntitiesAsync(string table)
    {
        var client = new Azure.Data.Tables.TableServiceClient(Azurite.ConnectionString).GetTableClient(TablePrefix + table);
        List<Azure.Data.Tables.TableEntity> rows = [];
        await foreach (var entity in client.QueryAsync<Azure.Data.Tables.TableEntity>())
        {
            rows.Add(entity);
        }

        return rows;
    }

    /// <summary>Every row this bot has stored, as "table/partition/row".</summary>
    public async Task<List<string>> StoredRowsAsync()
    {
        List<string> rows = [];
        foreach (var table in Services.GetRequiredService<TeamsBot.Storage.Tables>().All)
        {
            // The scheduler's recurring rows (the hourly purge, the overdue sweep) exist from start-up: they are no one's data.
            rows.AddRange((await StoredEntitiesAsync(table))
                .Where(e => !(table == TeamsBot.DueWork.DueWorkTable.Name && e.RowKey == TeamsBot.DueWork.RecurringDueWork.Key))
                .Select(e => $"{table}/{e.PartitionKey}/{e.RowKey}"));
        }

        return rows;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        if (!Anonymous)
        {
            builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(TestChannelTokens.Settings)); // The test's own settings come later and win.
        }

        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            if (!Anonymous)
            {
                Tokens.Configure(services);
            }

            services.AddHttpClient(ConnectorServiceCollectionExtensions.HttpClientName)
                .ConfigurePrimaryHttpMessageHandler(() => Connector);
            // Background sweeps are driven by tests directly, never by a timer racing them, unless a test is about the timer.
            // Due work (the overdue sweep, the purge) then runs only when a test calls it; its table and queue are still made.
            foreach (var worker in services.Where(d => !_runBackgroundWorkers && d.ImplementationType == typeof(TeamsBot.DueWork.DueWorkProcessor)).ToList())
            {
                services.Remove(worker);
            }

            if (_storageFaults is { } faults)
            {
                services.AddSingleton(sp => FaultedStorage(sp.GetRequiredService<IOptions<TeamsBot.Storage.StorageOptions>>().Value, faults));
            }

            _configure?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Tokens.Dispose();
        }
    }

    private Azure.Data.Tables.TableServiceClient FaultedStorage(TeamsBot.Storage.StorageOptions storage, StorageFaults faults)
    {
        // The app's storage client through the fault injector: with its retries and timeout as configured, or
        // (the default) without the SDK's own retries, so an injected fault fails the call at once.
        var options = _keepStorageRetries
            ? TeamsBot.Storage.StorageServiceCollectionExtensions.ClientOptions(storage)
            : new Azure.Data.Tables.TableClientOptions { Retry = { MaxRetries = 0 } };
        options.Transport = new Azure.Core.Pipeline.HttpClientTransport(new HttpClient(faults));
        return new Azure.Data.Tables.TableServiceClient(storage.ConnectionString, options);
    }
}
