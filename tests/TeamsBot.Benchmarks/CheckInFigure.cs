using System.Diagnostics;

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
        var warmUp = Enumerable.Range(0, 100)
            .Select(i => new CheckIn($"29:compare-warm-up-{i}", $"Warm-up {i}", $"19:compare-warm-up-{i % Channels}@thread.tacv2")).ToList();
        var warmed = await load.RunAsync(warmUp, concurrency);
        if (warmed.Status.Any(s => s != 200))
        {
            Console.Error.WriteLine($"Check-in warm-up failed: answers {string.Join(", ", warmed.Status.Where(s => s != 200).Distinct())}.");
            return false;
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        var checkIns = Enumerable.Range(0, counsellors)
            .Select(i => new CheckIn($"29:counsellor-{i}", RecordingConnectorServer.CounsellorName(i), $"19:duty-{i % Channels}@thread.tacv2")).ToList();
        var result = await load.RunAsync(checkIns, concurrency);

        var latencies = new List<double>();
        var waited = Stopwatch.StartNew();
        for (var i = 0; i < checkIns.Count; i++)
        {
            long onBoard;
            while (!connector.TryGetFirstOnBoard(i, out onBoard) && waited.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(20);
            }

            if (connector.TryGetFirstOnBoard(i, out onBoard))
            {
                latencies.Add(Stopwatch.GetElapsedTime(result.Sent[i], onBoard).TotalMilliseconds);
            }
        }

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
