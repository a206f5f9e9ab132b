using System.Diagnostics;

namespace TeamsBot.Benchmarks;

/// <summary>How long each check-in took to reach its board at the connector, as both check-in figures measure it.</summary>
public static class BoardArrivals
{
    /// <summary>
    /// From each check-in's POST to the first board update listing the counsellor (counsellor <c>i</c> is check-in <c>i</c>),
    /// and the check-ins never on their board. A board update is sent before the check-in's answer, so by now every
    /// board is in; a short grace (10 s for all) covers a straggler.
    /// </summary>
    public static async Task<(List<double> Milliseconds, List<int> Missing)> WaitAsync(RecordingConnectorServer connector, LoadResult result)
    {
        var latencies = new List<double>();
        var missing = new List<int>();
        var deadline = Stopwatch.StartNew();
        for (var i = 0; i < result.Sent.Length; i++)
        {
            long onBoard;
            while (!connector.TryGetFirstOnBoard(i, out onBoard) && deadline.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(20);
            }

            if (connector.TryGetFirstOnBoard(i, out onBoard))
            {
                latencies.Add(Stopwatch.GetElapsedTime(result.Sent[i], onBoard).TotalMilliseconds);
            }
            else
            {
                missing.Add(i);
            }
        }

        return (latencies, missing);
    }
}
