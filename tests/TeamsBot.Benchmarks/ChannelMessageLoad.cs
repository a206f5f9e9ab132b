using System.Diagnostics;
using System.Globalization;

namespace TeamsBot.Benchmarks;

/// <summary>One round: how many were sent, refused and answered, latencies from POST to the answer at the connector, and the round's length.</summary>
public sealed record RoundResult(int Sent, int Refused, int Answered, IReadOnlyList<double> Milliseconds, double Seconds)
{
    public double Throughput => Answered / Seconds;
}

/// <summary>
/// The SDK comparison's load, the same for both bots: channel messages with the bot @mentioned, each a new post
/// (its own thread) in one of ten channels, <c>concurrency</c> in flight. Measured per message: from its POST to the
/// bot's answer arriving at the recording connector; the round lasts from the first POST to the last answer.
/// </summary>
public sealed class ChannelMessageLoad(HttpClient bot, RecordingConnectorServer connector, string name)
{
    private const int Channels = 10;
    private readonly CheckInLoad _load = new(bot, connector.ServiceUrl);
    private int _posts;

    /// <summary>Sends <paramref name="count"/> messages, cycling through <paramref name="texts"/>, and waits (up to 10 s) for every answer.</summary>
    public async Task<RoundResult> RunAsync(IReadOnlyList<string> texts, int count, int concurrency)
    {
        var posts = new ChannelPost[count];
        for (var i = 0; i < count; i++)
        {
            var post = Interlocked.Increment(ref _posts).ToString(CultureInfo.InvariantCulture);
            var channel = $"{RecordingConnectorServer.ReplyWatchedPrefix}{(i % Channels).ToString(CultureInfo.InvariantCulture)}@thread.tacv2";
            var reader = $"29:reader-{(i % 50).ToString(CultureInfo.InvariantCulture)}";
            posts[i] = new ChannelPost(reader, "Reader", channel, $"{channel};messageid={name}-{post}", texts[i % texts.Count]);
        }

        var sent = await _load.SendAsync(posts, concurrency);
        var waited = Stopwatch.StartNew();
        var arrived = new long?[count];
        while (waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            for (var i = 0; i < count; i++)
            {
                arrived[i] ??= connector.TryGetFirstReply(posts[i].ConversationId, out var at) ? at : null;
            }

            if (arrived.All(a => a is not null))
            {
                break;
            }

            await Task.Delay(10);
        }

        var answered = Enumerable.Range(0, count).Where(i => arrived[i] is not null).ToList();
        var last = answered.Count == 0 ? Stopwatch.GetTimestamp() : answered.Max(i => arrived[i]!.Value);
        return new RoundResult(count, sent.Status.Count(s => s != 200), answered.Count,
            [.. answered.Select(i => Stopwatch.GetElapsedTime(sent.Sent[i], arrived[i]!.Value).TotalMilliseconds)],
            Stopwatch.GetElapsedTime(sent.Started, last).TotalSeconds);
    }
}
