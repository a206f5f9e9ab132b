using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

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
    private const string BotId = "28:benchmark-bot";
    private const string BotName = "Vagtrum";
    private const int Channels = 10;
    private int _posts;

    /// <summary>Sends <paramref name="count"/> messages, cycling through <paramref name="texts"/>, and waits (up to 10 s) for every answer.</summary>
    public async Task<RoundResult> RunAsync(IReadOnlyList<string> texts, int count, int concurrency)
    {
        var conversations = new string[count];
        var bodies = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            var post = Interlocked.Increment(ref _posts).ToString(CultureInfo.InvariantCulture);
            var channel = $"{RecordingConnectorServer.ReplyWatchedPrefix}{(i % Channels).ToString(CultureInfo.InvariantCulture)}@thread.tacv2";
            conversations[i] = $"{channel};messageid={name}-{post}";
            bodies[i] = Encoding.UTF8.GetBytes(Activity(channel, conversations[i], i, texts[i % texts.Count]).ToJsonString());
        }

        var sent = new long[count];
        var status = new int[count];
        var started = Stopwatch.GetTimestamp();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Math.Min(concurrency, count)).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                sent[i] = Stopwatch.GetTimestamp();
                status[i] = await PostAsync(bodies[i]);
            }
        }));

        var waited = Stopwatch.StartNew();
        var arrived = new long?[count];
        while (waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            for (var i = 0; i < count; i++)
            {
                arrived[i] ??= connector.TryGetFirstReply(conversations[i], out var at) ? at : null;
            }

            if (arrived.All(a => a is not null))
            {
                break;
            }

            await Task.Delay(10);
        }

        var answered = Enumerable.Range(0, count).Where(i => arrived[i] is not null).ToList();
        var last = answered.Count == 0 ? Stopwatch.GetTimestamp() : answered.Max(i => arrived[i]!.Value);
        return new RoundResult(count, status.Count(s => s != 200), answered.Count,
            [.. answered.Select(i => Stopwatch.GetElapsedTime(sent[i], arrived[i]!.Value).TotalMilliseconds)],
            Stopwatch.GetElapsedTime(started, last).TotalSeconds);
    }

    private async Task<int> PostAsync(byte[] body)
    {
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            using var response = await bot.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    private JsonObject Activity(string channel, string conversation, int index, string text) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        ["serviceUrl"] = connector.ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = $"29:reader-{(index % 50).ToString(CultureInfo.InvariantCulture)}", ["name"] = "Reader" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["conversation"] = new JsonObject
        {
            ["id"] = conversation,
            ["conversationType"] = "channel",
            ["isGroup"] = true,
            ["tenantId"] = "benchmark-tenant",
        },
        ["locale"] = "da-DK",
        ["text"] = $"<at>{BotName}</at> {text}",
        ["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = $"<at>{BotName}</at>",
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        }),
        ["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = "benchmark-tenant" },
            ["team"] = new JsonObject { ["id"] = channel.Replace("@thread", "-team@thread", StringComparison.Ordinal) },
            ["channel"] = new JsonObject { ["id"] = channel },
        },
    };
}
