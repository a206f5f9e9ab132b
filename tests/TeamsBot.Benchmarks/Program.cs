using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using TeamsBot.Benchmarks;
using TeamsBot.Tests.Infrastructure;

// Check-in latency: from POST /api/messages to the board update that lists the counsellor arriving at the
// connector. Real host process, real Azurite, a local connector over HTTP. Prints figures; asserts nothing
// about speed, but fails (exit 1) when a check-in is refused or never reaches its board.

// Every figure prints with a decimal point, whatever the machine's culture (a Danish machine would print commas).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
if (args is [GuidanceBenchmark.Flag])
{
    return GuidanceBenchmark.Run();
}

if (BenchmarkOptions.AsksForHelp(args))
{
    Console.WriteLine(BenchmarkOptions.Usage);
    return 0;
}

if (CompareSdkOptions.IsAsked(args))
{
    return TryParse(CompareSdkOptions.Parse, out var compareSdk) ? await CompareSdkBenchmark.RunAsync(compareSdk) : 2;
}

if (!TryParse(BenchmarkOptions.Parse, out var options))
{
    return 2;
}

if (options.Sparring > 0)
{
    return await SparringBenchmark.RunAsync(options);
}

Console.WriteLine($"Vagtrum check-in benchmark: {options.Counsellors} counsellors in {options.Channels} channel(s), " +
    (options.Bursts ? $"in bursts of {options.Concurrency} at the same moment" : $"{options.Concurrency} in flight") +
    $", {options.WarmUp} warm-up check-ins; host built {BotProcess.Configuration}, " +
    $"{Environment.ProcessorCount} cores, .NET {Environment.Version}");

var storage = Azurite.ConnectionString;
await using var connector = await RecordingConnectorServer.StartAsync(Azurite.FreePort());
using var bot = await BotProcess.StartAsync(storage, Azurite.FreePort());
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency })
{
    BaseAddress = bot.Address,
    Timeout = TimeSpan.FromSeconds(60),
};
var load = new CheckInLoad(http, connector.ServiceUrl);

if (options.WarmUp > 0)
{
    if (!await load.WarmUpAsync("warm-up", options.WarmUp, options.Channels, options.Concurrency, "Warm-up failed"))
    {
        return 1;
    }

    // Let the runtime finish optimising what the warm-up made hot (tiered JIT works in the background).
    await Task.Delay(TimeSpan.FromSeconds(2));
}

var postsBefore = connector.BoardPosts;
var updatesBefore = connector.BoardUpdates;
var checkIns = Enumerable.Range(0, options.Counsellors)
    .Select(i => new CheckIn($"29:counsellor-{i}", RecordingConnectorServer.CounsellorName(i), $"19:duty-{i % options.Channels}@thread.tacv2"))
    .ToList();
var azurite = StorageProcess.Find(storage);
var cpuBefore = bot.CpuTime();
var azuriteCpuBefore = azurite?.CpuTime();
var ownCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var result = options.Bursts
    ? await load.RunBurstsAsync(checkIns, options.Concurrency, TimeSpan.FromMilliseconds(300))
    : await load.RunAsync(checkIns, options.Concurrency);
var cpuUsed = bot.CpuTime() - cpuBefore;
var azuriteCpuUsed = azurite?.CpuTime() - azuriteCpuBefore;
var ownCpuUsed = Process.GetCurrentProcess().TotalProcessorTime - ownCpuBefore;

var (boardLatencies, missing) = await BoardArrivals.WaitAsync(connector, result);
var lastOnBoard = Enumerable.Range(0, checkIns.Count)
    .Select(i => connector.TryGetFirstOnBoard(i, out var t) ? t : result.Finished)
    .Append(result.Finished)
    .Max();
var elapsed = Stopwatch.GetElapsedTime(result.Started, lastOnBoard);
var answerLatencies = result.Sent.Zip(result.Answered, (s, a) => Stopwatch.GetElapsedTime(s, a).TotalMilliseconds).ToList();
var refused = result.Status.Count(s => s != 200);

Console.WriteLine($"check-in -> board update at connector: {Percentiles.Describe(boardLatencies)}");
Console.WriteLine($"POST /api/messages -> answer:          {Percentiles.Describe(answerLatencies)}");
Console.WriteLine(options.Bursts
    ? $"{(checkIns.Count + options.Concurrency - 1) / options.Concurrency} bursts in {elapsed.TotalSeconds:F2} s (throughput is not meaningful with pauses between bursts)"
    : $"throughput: {checkIns.Count / elapsed.TotalSeconds:F1} check-ins/s ({checkIns.Count} in {elapsed.TotalSeconds:F2} s, first POST to last board update)");
Console.WriteLine($"board messages: {connector.BoardPosts - postsBefore} posted, {connector.BoardUpdates - updatesBefore} updated in place; " +
    $"{connector.PersonalMessages} personal messages and {connector.ThreadReplies} thread answers in all");
Console.WriteLine($"CPU per check-in: host {PerCheckIn(cpuUsed)}, Azurite {PerCheckIn(azuriteCpuUsed)}, " +
    $"this load generator and its connector {PerCheckIn(ownCpuUsed)} (the machine has {Environment.ProcessorCount} cores for all three)");
Console.WriteLine($"host peak memory (VmHWM, whole run incl. warm-up): {PeakMemory.Describe(bot.PeakResidentBytes())}");
Console.WriteLine($"errors: {refused} check-ins not answered 200, {missing.Count} never on their board, {connector.Unexpected} unexpected connector calls");
if (boardLatencies.Count > 0)
{
    var p99 = Percentiles.Of(boardLatencies, 0.99);
    Console.WriteLine($"target p99 <= 100 ms at 50 concurrent: {(p99 <= 100 ? "met" : "NOT met")} (p99 {p99:F1} ms, " +
        (options.Bursts ? $"bursts of {options.Concurrency})" : $"{options.Concurrency} in flight)"));
}

var formsFailed = options.Forms > 0 && !await ReflectionBenchmark.RunAsync(http, connector, options.Forms, bot, azurite);

return refused == 0 && missing.Count == 0 && connector.Unexpected == 0 && !formsFailed ? 0 : 1;

// A bad argument prints its message and the usage to standard error; the caller exits with 2.
bool TryParse<T>(Func<string[], T> parse, [NotNullWhen(true)] out T? parsed)
    where T : class
{
    try
    {
        parsed = parse(args);
        return true;
    }
    catch (ArgumentException e)
    {
        Console.Error.WriteLine(e.Message);
        Console.Error.WriteLine(BenchmarkOptions.Usage);
        parsed = null;
        return false;
    }
}

string PerCheckIn(TimeSpan? cpu) => cpu is { } used ? $"{used.TotalMilliseconds / checkIns.Count:F2} ms" : "n/a";
