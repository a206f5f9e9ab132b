namespace TeamsBot.Benchmarks;

/// <summary>
/// The check-in figure of the SDK comparison, measured as the check-in benchmark measures it: first-time
/// <c>/checkin</c>s in ten duty channels, <c>concurrency</c> in flight, from POST to the board update that lists the
/// counsellor at the connector. Counsellors are numbered from 0, so the reflection figure can use them next.
/// </summary>
public static class CheckInFigure
{
    private const int Channels = 10;

    /// <summary>Prints the figure; false when a check-in was refused or never reached its board.</summary>
    public static async Task<bool> RunAsync(HttpClient http, RecordingConnectorServer connector, int counsellors, int concurrency)
    {
        var load = new CheckInLoad(http, connector.ServiceUrl);
        if (!await load.WarmUpAsync("compare-warm-up", 100, Channels, concurrency, "Check-in warm-up failed"))
        {
            return false;
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        var checkIns = Enumerable.Range(0, counsellors)
            .Select(i => new CheckIn($"29:counsellor-{i}", RecordingConnectorServer.CounsellorName(i), $"19:duty-{i % Channels}@thread.tacv2")).ToList();
        var result = await load.RunAsync(checkIns, concurrency);

        var (latencies, _) = await BoardArrivals.WaitAsync(connector, result);
        var refused = result.Status.Count(s => s != 200);
        Console.WriteLine($"check-in -> board update at connector ({counsellors} first-time, {concurrency} in flight): {Percentiles.Describe(latencies)}");
        if (latencies.Count > 0)
        {
            var p99 = Percentiles.Of(latencies, 0.99);
            Console.WriteLine($"target p99 <= 100 ms: {(p99 <= 100 ? "met" : "NOT met")} (p99 {p99:F1} ms); " +
                $"errors: {refused} not answered 200, {counsellors - latencies.Count} never on their board");
        }

        return refused == 0 && latencies.Count == counsellors;
    }
}
