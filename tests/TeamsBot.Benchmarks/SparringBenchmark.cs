using System.Diagnostics;
using System.Globalization;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Benchmarks;

/// <summary>
/// Issue 9's two figures, on a host of its own (a short acknowledgement timeout): from a counsellor's <c>/sparring</c>
/// to the on-call supervisor's card at the connector, with <c>--sparring-burst</c> requests at the same moment; and
/// how late the escalation's second step is (the backup's card at the connector minus the deadline, the first step's
/// stored time plus <see cref="AckTimeout"/>) with <c>--sparring</c> requests open. Counsellors check in in one duty
/// channel first; the roster (supervisor 1 on call, supervisor 2 backup, all week) is written through the host's own
/// store, as a coordinator's forms would; each supervisor writes to the bot once, so it knows their 1:1 chat.
/// </summary>
public static class SparringBenchmark
{
    public static readonly TimeSpan AckTimeout = TimeSpan.FromSeconds(5);

    private const string Channel = "19:duty-sparring@thread.tacv2";
    private const int WarmUp = 5;

    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        var (burst, open) = (options.SparringBurst, options.Sparring);
        var backup = BenchmarkPerson.Supervisor(2);
        Console.WriteLine($"Vagtrum sparring benchmark: {burst} requests at the same moment, then {open} open requests escalating " +
            $"(Sparring:AckTimeout {AckTimeout.TotalSeconds:F0} s); host built {BotProcess.Configuration}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");

        var storage = Azurite.ConnectionString;
        await using var connector = await RecordingConnectorServer.StartAsync(Azurite.FreePort());
        var environment = Supervisors;
        environment["Sparring__AckTimeout"] = AckTimeout.ToString("c", CultureInfo.InvariantCulture);
        environment["Sparring__LaterAckTimeout"] = AckTimeout.ToString("c", CultureInfo.InvariantCulture);
        using var bot = await BotProcess.StartAsync(storage, Azurite.FreePort(), environment);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Math.Max(burst, 20) }) { BaseAddress = bot.Address, Timeout = TimeSpan.FromSeconds(60) };
        var started = DateTimeOffset.UtcNow;

        // Everyone checks in at the start, the counsellors of the open requests too.
        var everyone = Enumerable.Range(0, WarmUp + burst + open).ToList();
        var sparring = new SparringStorage(storage, bot.TablePrefix);
        if (await BurstFigureAsync(http, connector, sparring, everyone, burst, "Set-up failed") is not { } figure)
        {
            return 1;
        }

        var load = new SparringLoad(http, connector.ServiceUrl);
        var openIds = everyone.Skip(WarmUp + burst).ToList();
        var (_, openStatus) = await load.RequestAsync(openIds, 20);
        var backupCards = await ArrivalsAsync(connector, backup, openIds, AckTimeout * 2 + TimeSpan.FromSeconds(60));
        var steps = await sparring.StepTimesAsync(started);
        List<double> lateness = [];
        List<double> claimLateness = [];
        foreach (var c in openIds)
        {
            if (backupCards.TryGetValue(c, out var card) && steps.TryGetValue($"29:counsellor-{c}", out var taken) && taken.Count >= 2)
            {
                var deadline = taken[0] + AckTimeout;
                lateness.Add((card.At - deadline).TotalMilliseconds);
                claimLateness.Add((taken[1] - deadline).TotalMilliseconds);
            }
        }

        Console.WriteLine($"escalation: second step's card at connector minus its deadline ({open} open): {Percentiles.Describe(lateness)}");
        Console.WriteLine($"escalation: second step claimed minus its deadline:                 {Percentiles.Describe(claimLateness)}");
        PrintTarget("p99 <= 5 s", lateness, 5000, "ms");

        var refused = figure.Refused + openStatus.Count(s => s != 200);
        var noCard = burst - figure.ToCard.Count;
        var noStep = open - lateness.Count;
        Console.WriteLine($"errors: {refused} requests not answered 200, {noCard} supervisor cards never arrived, {noStep} second steps never arrived, " +
            $"{connector.Unexpected} unexpected connector calls ({connector.MemberLookUps} member look-ups answered)");
        return refused == 0 && noCard == 0 && noStep == 0 && connector.Unexpected == 0 ? 0 : 1;
    }

    /// <summary>
    /// The request figure alone, on a running host whose <c>Roles:Supervisors</c> are <see cref="Supervisors"/>: counsellors
    /// numbered from <paramref name="first"/> check in, the roster is written, then <paramref name="burst"/> request at the same
    /// moment (after a few warm-up requests). False when a request was refused or a card never came.
    /// </summary>
    public static async Task<bool> RequestFigureAsync(HttpClient http, RecordingConnectorServer connector, string storage, BotProcess bot, int first, int burst)
    {
        var everyone = Enumerable.Range(first, WarmUp + burst).ToList();
        if (await BurstFigureAsync(http, connector, new SparringStorage(storage, bot.TablePrefix), everyone, burst, "Sparring set-up failed") is not { } figure)
        {
            return false;
        }

        Console.WriteLine($"errors: {figure.Refused} requests not answered 200, {burst - figure.ToCard.Count} supervisor cards never arrived");
        return figure.Refused == 0 && figure.ToCard.Count == burst;
    }

    /// <summary>
    /// Sets up and prints the request figure: <paramref name="everyone"/> check in, the roster is written and both supervisors
    /// write to the bot; then the first few request as a warm-up and the next <paramref name="burst"/> at the same moment.
    /// Null (after <paramref name="setUpFailed"/> on standard error) when the set-up was refused.
    /// </summary>
    private static async Task<BurstFigure?> BurstFigureAsync(
        HttpClient http, RecordingConnectorServer connector, SparringStorage sparring, IReadOnlyList<int> everyone, int burst, string setUpFailed)
    {
        var (primary, backup) = (BenchmarkPerson.Supervisor(1), BenchmarkPerson.Supervisor(2));
        var checkIns = everyone.Select(i => new CheckIn($"29:counsellor-{i}", RecordingConnectorServer.CounsellorName(i), Channel)).ToList();
        var checkedIn = await new CheckInLoad(http, connector.ServiceUrl).RunAsync(checkIns, 20);
        await sparring.WriteRosterAsync(CheckInLoad.TeamOf(Channel), primary, backup);
        var load = new SparringLoad(http, connector.ServiceUrl);
        if (checkedIn.Status.Any(s => s != 200) || !await load.IntroduceAsync(primary) || !await load.IntroduceAsync(backup))
        {
            Console.Error.WriteLine($"{setUpFailed}: a check-in or a supervisor's first message was not answered 200.");
            return null;
        }

        // A few requests first, so the figures are of a running service, not of the first request after start.
        var warmUp = everyone.Take(WarmUp).ToList();
        await load.RequestAsync(warmUp, WarmUp);
        await ArrivalsAsync(connector, primary, warmUp, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(1));

        var burstIds = everyone.Skip(WarmUp).Take(burst).ToList();
        var (sent, status) = await load.RequestAsync(burstIds, burst);
        var cards = await ArrivalsAsync(connector, primary, burstIds, TimeSpan.FromSeconds(30));
        var toCard = burstIds.Select((c, i) => cards.TryGetValue(c, out var a) ? Stopwatch.GetElapsedTime(sent[i], a.Timestamp).TotalMilliseconds : (double?)null)
            .OfType<double>().ToList();
        Console.WriteLine($"sparring request -> supervisor's card at connector ({burst} at the same moment): {Percentiles.Describe(toCard)}");
        PrintTarget("p99 <= 200 ms", toCard, 200, "ms");
        return new BurstFigure(toCard, status.Count(s => s != 200));
    }

    /// <summary>The host settings <see cref="RequestFigureAsync"/> needs (and the sparring run starts from): the benchmark's two supervisors.</summary>
    public static Dictionary<string, string> Supervisors => new()
    {
        ["Roles__Supervisors__0"] = BenchmarkPerson.Supervisor(1).EntraId,
        ["Roles__Supervisors__1"] = BenchmarkPerson.Supervisor(2).EntraId,
    };

    /// <summary>When the first message naming each counsellor reached the person's 1:1 chat; waits until all have, or the time is up.</summary>
    private static async Task<Dictionary<int, Arrival>> ArrivalsAsync(RecordingConnectorServer connector, BenchmarkPerson to, IReadOnlyList<int> counsellors, TimeSpan wait)
    {
        var found = new Dictionary<int, Arrival>();
        var waited = Stopwatch.StartNew();
        while (found.Count < counsellors.Count && waited.Elapsed < wait)
        {
            foreach (var c in counsellors.Where(c => !found.ContainsKey(c)))
            {
                if (connector.TryGetFirstTo(to.Conversation, c, out var arrival))
                {
                    found[c] = arrival;
                }
            }

            await Task.Delay(20);
        }

        return found;
    }

    private static void PrintTarget(string target, IReadOnlyCollection<double> values, double limit, string unit)
    {
        if (values.Count > 0)
        {
            var p99 = Percentiles.Of(values, 0.99);
            Console.WriteLine($"target {target}: {(p99 <= limit ? "met" : "NOT met")} (p99 {p99:F1} {unit})");
        }
    }

    /// <summary>The request figure's latencies (POST to the supervisor's card, ms) and how many of the burst were not answered 200.</summary>
    private sealed record BurstFigure(List<double> ToCard, int Refused);
}
