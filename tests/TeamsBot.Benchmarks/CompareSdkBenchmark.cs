using System.Globalization;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Benchmarks;

/// <summary>
/// <c>--compare-sdk</c>: Microsoft's Bot Builder JS SDK echo bot and our host, driven by the same load generator against
/// the same recording connector in one run, in alternating rounds (SDK, ours, SDK, ours...), then each flow's figures
/// on the same host, and both processes' peak memory. Both run without authentication (see the heading it prints).
/// </summary>
public static class CompareSdkBenchmark
{
    public static async Task<int> RunAsync(CompareSdkOptions options)
    {
        var oursTexts = options.OursTextsOrDefault;
        Console.WriteLine($"Compared with Microsoft's SDK: botbuilder 4.23.3 CloudAdapter echo bot (a card for every message) against ours " +
            $"({string.Join(", ", oursTexts)} in a channel); {options.Rounds} alternating rounds of {options.Requests} each at {options.Concurrency} in flight, " +
            $"after {options.WarmUp} warm-up messages each; host built {BotProcess.Configuration}, {Environment.ProcessorCount} cores, " +
            $".NET {Environment.Version}, Node {SdkEchoProcess.NodeVersion()}");
        Console.WriteLine("Authentication, the same for both: no inbound token validation and no outbound token (the SDK with no MicrosoftAppId, " +
            "ours in Development with no Bot:MicrosoftAppId); ours can validate a local test issuer's tokens, but its outbound token " +
            "comes only from login.microsoftonline.com, which this machine cannot reach.");

        var storage = Azurite.ConnectionString;
        await using var connector = await RecordingConnectorServer.StartAsync(Azurite.FreePort());
        using var bot = await BotProcess.StartAsync(storage, Azurite.FreePort(), SparringBenchmark.Supervisors);
        using var sdk = await SdkEchoProcess.StartAsync(Azurite.FreePort());
        using var oursHttp = Client(bot.Address, options.Concurrency);
        using var sdkHttp = Client(sdk.Address, options.Concurrency);
        var ours = new ChannelMessageLoad(oursHttp, connector, "ours");
        var theirs = new ChannelMessageLoad(sdkHttp, connector, "sdk");
        IReadOnlyList<string> sdkTexts = [options.SdkText];

        if (options.WarmUp > 0)
        {
            var warmed = new[] { await theirs.RunAsync(sdkTexts, options.WarmUp, options.Concurrency), await ours.RunAsync(oursTexts, options.WarmUp, options.Concurrency) };
            if (warmed.Any(w => w.Refused > 0 || w.Answered < w.Sent))
            {
                Console.Error.WriteLine($"Warm-up failed: SDK {Errors(warmed[0])}; ours {Errors(warmed[1])}.");
                return 1;
            }

            await Task.Delay(TimeSpan.FromSeconds(2)); // Tiered JIT finishes what the warm-up made hot.
        }

        List<RoundResult> sdkRounds = [];
        List<RoundResult> oursRounds = [];
        for (var round = 1; round <= options.Rounds; round++)
        {
            sdkRounds.Add(await theirs.RunAsync(sdkTexts, options.Requests, options.Concurrency));
            oursRounds.Add(await ours.RunAsync(oursTexts, options.Requests, options.Concurrency));
            Console.WriteLine($"round {round}: SDK {Describe(sdkRounds[^1])}");
            Console.WriteLine($"round {round}: ours {Describe(oursRounds[^1])}");
        }

        var sdkSingle = await theirs.RunAsync(sdkTexts, options.OneInFlight, 1);
        var oursSingle = await ours.RunAsync(oursTexts, options.OneInFlight, 1);
        PrintTable(options, sdkRounds, oursRounds, sdkSingle, oursSingle);
        var compared = sdkRounds.Concat(oursRounds).Append(sdkSingle).Append(oursSingle).All(r => r.Refused == 0 && r.Answered == r.Sent);
        Console.WriteLine($"errors: {sdkRounds.Append(sdkSingle).Sum(r => r.Sent - r.Answered + r.Refused)} SDK and " +
            $"{oursRounds.Append(oursSingle).Sum(r => r.Sent - r.Answered + r.Refused)} ours not answered 200 or never at the connector; " +
            $"{connector.CardReplies} card answers in all; {connector.Unexpected} unexpected connector calls");

        var flows = true;
        if (options.Counsellors > 0)
        {
            Console.WriteLine();
            Console.WriteLine("Each flow on the same host:");
            var azurite = StorageProcess.Find(storage);
            flows = await CheckInFigure.RunAsync(oursHttp, connector, options.Counsellors, options.Concurrency)
                && await ReflectionBenchmark.RunAsync(oursHttp, connector, options.Forms, bot, azurite)
                && await SparringBenchmark.RequestFigureAsync(oursHttp, connector, storage, bot, 800_000, options.SparringBurst);
        }

        Console.WriteLine($"peak memory (VmHWM, whole run incl. warm-up): ours {PeakMemory.Describe(bot.PeakResidentBytes())} " +
            $"(target <= 200 MB), SDK echo bot {PeakMemory.Describe(sdk.PeakResidentBytes())}");
        return compared && flows && connector.Unexpected == 0 ? 0 : 1;
    }

    private static HttpClient Client(Uri address, int concurrency) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = Math.Max(concurrency, 20) }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };

    private static void PrintTable(CompareSdkOptions options, List<RoundResult> sdk, List<RoundResult> ours, RoundResult sdkSingle, RoundResult oursSingle)
    {
        var (sdkAll, oursAll) = (sdk.SelectMany(r => r.Milliseconds).ToList(), ours.SelectMany(r => r.Milliseconds).ToList());
        var (sdkRate, oursRate) = (sdk.Sum(r => r.Answered) / sdk.Sum(r => r.Seconds), ours.Sum(r => r.Answered) / ours.Sum(r => r.Seconds));
        Console.WriteLine();
        Console.WriteLine($"| at {options.Concurrency} in flight | SDK echo bot | ours ({string.Join(", ", options.OursTextsOrDefault)}) | ours / SDK |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine($"| throughput (rounds) | {sdkRate:F0} /s ({Range(sdk, r => r.Throughput, "F0")}) | {oursRate:F0} /s ({Range(ours, r => r.Throughput, "F0")}) | **{oursRate / sdkRate:F2}×** |");
        Console.WriteLine($"| p50 POST → reply at the connector | {P(sdkAll, 0.5)} ms | {P(oursAll, 0.5)} ms | {Ratio(oursAll, sdkAll, 0.5)} |");
        Console.WriteLine($"| p99 | {P(sdkAll, 0.99)} ms | {P(oursAll, 0.99)} ms | {Ratio(oursAll, sdkAll, 0.99)} |");
        Console.WriteLine($"| one in flight, p50 | {P(sdkSingle.Milliseconds, 0.5)} ms | {P(oursSingle.Milliseconds, 0.5)} ms | {Ratio(oursSingle.Milliseconds, sdkSingle.Milliseconds, 0.5)} |");
        Console.WriteLine($"goal: ours >= 2x the SDK's throughput with a p99 no worse: {(oursRate >= 2 * sdkRate && Q(oursAll, 0.99) <= Q(sdkAll, 0.99) ? "met" : "NOT met")}");
        Console.WriteLine();
    }

    private static string Describe(RoundResult r) =>
        $"{r.Throughput,6:F0} /s, {Percentiles.Describe(r.Milliseconds)} ({r.Answered} of {r.Sent} answered in {r.Seconds:F2} s{(r.Refused > 0 ? $", {r.Refused} refused" : string.Empty)})";

    private static string Errors(RoundResult r) => $"{r.Refused} refused, {r.Sent - r.Answered} never at the connector";

    private static string Range(List<RoundResult> rounds, Func<RoundResult, double> figure, string format) =>
        $"{rounds.Min(figure).ToString(format, CultureInfo.InvariantCulture)}–{rounds.Max(figure).ToString(format, CultureInfo.InvariantCulture)}";

    private static double Q(IReadOnlyList<double> values, double fraction) => values.Count == 0 ? double.NaN : Percentiles.Of(values, fraction);

    private static string P(IReadOnlyList<double> values, double fraction) => Q(values, fraction).ToString("F1", CultureInfo.InvariantCulture);

    private static string Ratio(IReadOnlyList<double> ours, IReadOnlyList<double> sdk, double fraction) => $"{Q(ours, fraction) / Q(sdk, fraction):F2}×";
}
