using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TeamsBot.DueWork;
using TeamsBot.Storage;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.DueWork;

/// <summary>
/// One "instance" of the bot as far as due work goes: a small host with the storage clients, due work and the given
/// handlers, on the shared Azurite. Two hosts with the same prefix are two instances on one storage account.
/// </summary>
internal sealed class DueWorkHost : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _stopped;

    private DueWorkHost(IHost host, RecordingLogs logs)
    {
        _host = host;
        Logs = logs;
    }

    public static string NewPrefix() => "T" + Guid.NewGuid().ToString("N")[..16];

    public RecordingLogs Logs { get; }

    public IDueWork Work => _host.Services.GetRequiredService<IDueWork>();

    public IServiceProvider Services => _host.Services;

    internal DueWorkRunner Runner => _host.Services.GetRequiredService<DueWorkRunner>();

    internal DueWorkTable Table => _host.Services.GetRequiredService<DueWorkTable>();

    internal DueWorkQueue Queue => _host.Services.GetRequiredService<DueWorkQueue>();

    internal DueWorkProcessor NewProcessor() => ActivatorUtilities.CreateInstance<DueWorkProcessor>(_host.Services);

    /// <summary>
    /// Starts the host. Without the processor, only the table, queue and recurring rows are set up, and a test runs due
    /// items itself through <see cref="Runner"/> or a processor of its own.
    /// </summary>
    public static async Task<DueWorkHost> StartAsync(string prefix, TimeProvider time, Action<IServiceCollection> handlers,
        bool runProcessor = true, Dictionary<string, string?>? settings = null)
    {
        var logs = new RecordingLogs();
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = Azurite.ConnectionString,
            ["Storage:TablePrefix"] = prefix,
            ["DueWork:PollInterval"] = "00:00:00.100",
            ["DueWork:RetryDelay"] = "00:00:00.100",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.Logging.AddProvider(logs);
        builder.Services.AddSingleton(time);
        builder.Services.AddTableStorage(builder.Configuration);
        builder.Services.AddDueWork(builder.Configuration);
        handlers(builder.Services);
        if (!runProcessor)
        {
            builder.Services.Remove(builder.Services.Single(d => d.ImplementationType == typeof(DueWorkProcessor)));
        }

        var host = builder.Build();
        await host.StartAsync();
        return new DueWorkHost(host, logs);
    }

    /// <summary>The instance goes away (a deployment, a crash that let it finish its current work).</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _host.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }
}
