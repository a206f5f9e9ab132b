extern alias bot;
using Azure.Data.Tables;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using bot::TeamsBot.Hosting;
using bot::TeamsBot.Organisation;
using bot::TeamsBot.Protection;
using bot::TeamsBot.Sparring;
using bot::TeamsBot.Sparring.Overview;
using bot::TeamsBot.Storage;

namespace TeamsBot.Benchmarks;

/// <summary>
/// The benchmark host's sparring tables, reached through the host's own store classes: the roster a coordinator would
/// set up (written before the run), and the requests' stored steps (read after it, for each step's deadline).
/// </summary>
public sealed class SparringStorage(string connectionString, string tablePrefix)
{
    private readonly Tables _tables = TablesOf(connectionString, tablePrefix);

    /// <summary>
    /// The team's roster: <paramref name="primary"/> on call around the clock every day with <paramref name="backup"/>,
    /// in two slots a day (a slot lasts less than a day), as a coordinator's forms would store it.
    /// </summary>
    public async Task WriteRosterAsync(string teamKey, BenchmarkPerson primary, BenchmarkPerson backup)
    {
        var clock = new OrganisationClock(TimeProvider.System, Options.Create(new OrganisationOptions()));
        var store = new TableRosterStore(_tables, clock);
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            foreach (var (start, end) in new[] { (new TimeOnly(0, 0), new TimeOnly(12, 0)), (new TimeOnly(12, 0), new TimeOnly(0, 0)) })
            {
                var change = await store.AddSlotAsync(teamKey, new WeeklySlot(RandomId.New(), day, start, end, primary.Person, backup.Person), default);
                if (!change.Added)
                {
                    throw new InvalidOperationException($"The benchmark's roster was refused: {change.Refusal}");
                }
            }
        }
    }

    /// <summary>Each request's steps as stored, by the counsellor's Teams id (the note is not read).</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<DateTimeOffset>>> StepTimesAsync(DateTimeOffset since)
    {
        var text = new PrivateText(new EphemeralDataProtectionProvider(), NullLogger<PrivateText>.Instance);
        var requests = await new SparringRequestQuery(_tables, text).CreatedBetweenAsync(since, DateTimeOffset.UtcNow.AddMinutes(1), default);
        return requests.GroupBy(r => r.Counsellor.TeamsId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<DateTimeOffset>)[.. g.Last().Steps.Select(s => s.TakenAt)], StringComparer.Ordinal);
    }

    private static Tables TablesOf(string connectionString, string tablePrefix)
    {
        var feature = new BotFeature("Sparring");
        new BotFeatureBuilder(feature, new ServiceCollection()).WithTables(SparringFeature.RostersTable, SparringFeature.RequestsTable);
        var options = Options.Create(new StorageOptions { ConnectionString = connectionString, TablePrefix = tablePrefix });
        return new Tables(new TableServiceClient(connectionString), options, [feature]);
    }
}

/// <summary>Someone in the benchmark with a fixed Teams id, Entra id and 1:1 conversation.</summary>
public sealed record BenchmarkPerson(string TeamsId, string Name, string EntraId, string Conversation)
{
    public bot::TeamsBot.Organisation.Person Person => new(TeamsId, Name, EntraId);

    /// <summary>On-call supervisor <paramref name="number"/>: their 1:1 conversation is one the connector watches.</summary>
    public static BenchmarkPerson Supervisor(int number) => new(
        $"29:bench-supervisor-{number}", $"Supervisor {number}", $"6f0c1a52-0000-4000-8000-{number:D12}",
        RecordingConnectorServer.WatchedConversationPrefix + number);
}
