using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace TeamsBot.Benchmarks;

/// <summary>One counsellor's <c>/checkin</c> in a duty channel, as Teams sends it with the bot @mentioned.</summary>
public sealed record CheckIn(string UserId, string Name, string ChannelId);

/// <summary>Any message in a channel with the bot @mentioned: who sends it, in which channel and thread (conversation), and the text after the mention.</summary>
public sealed record ChannelPost(string UserId, string Name, string ChannelId, string ConversationId, string Text);

/// <summary>When each post was sent and answered, and with what status (Stopwatch timestamps).</summary>
public sealed record LoadResult(long[] Sent, long[] Answered, int[] Status, long Started, long Finished);

/// <summary>Posts check-ins (or any channel posts) to the host with a fixed number in flight, each worker taking the next one when its answer is in.</summary>
public sealed class CheckInLoad(HttpClient bot, string serviceUrl)
{
    private const string BotId = "28:benchmark-bot";
    private const string BotName = "Vagtrum";

    /// <summary>The team a benchmark duty channel belongs to: one team per duty channel, so check-ins elsewhere change nothing.</summary>
    public static string TeamOf(string channelId) => channelId.Replace("@thread", "-team@thread", StringComparison.Ordinal);

    /// <summary>Steady load: <paramref name="concurrency"/> check-ins in flight until all are sent.</summary>
    public Task<LoadResult> RunAsync(IReadOnlyList<CheckIn> checkIns, int concurrency) => SendAsync(Posts(checkIns), concurrency);

    /// <summary>
    /// <paramref name="count"/> check-ins in <paramref name="channels"/> channels of their own (named from <paramref name="name"/>)
    /// before measuring, so JIT and pools are warm; false, with <paramref name="failure"/> and the refused answers on
    /// standard error, when one was not answered 200.
    /// </summary>
    public async Task<bool> WarmUpAsync(string name, int count, int channels, int concurrency, string failure)
    {
        var warmUp = Enumerable.Range(0, count)
            .Select(i => new CheckIn($"29:{name}-{i}", $"Warm-up {i}", $"19:{name}-{i % channels}@thread.tacv2"))
            .ToList();
        var warmed = await RunAsync(warmUp, concurrency);
        if (warmed.Status.Any(s => s != 200))
        {
            Console.Error.WriteLine($"{failure}: answers {string.Join(", ", warmed.Status.Where(s => s != 200).Distinct())}.");
            return false;
        }

        return true;
    }

    /// <summary>Steady load: <paramref name="concurrency"/> posts in flight until all are sent.</summary>
    public async Task<LoadResult> SendAsync(IReadOnlyList<ChannelPost> posts, int concurrency)
    {
        var result = Prepare(posts, out var bodies);
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Math.Min(concurrency, posts.Count)).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < posts.Count)
            {
                await PostAsync(i, bodies[i], result);
            }
        }));
        return result with { Finished = Stopwatch.GetTimestamp() };
    }

    /// <summary>
    /// Bursts: <paramref name="size"/> counsellors press at the same moment, as at a shift change; the next burst
    /// starts once every answer is in and the bot has had <paramref name="pause"/> to finish its personal messages.
    /// </summary>
    public async Task<LoadResult> RunBurstsAsync(IReadOnlyList<CheckIn> checkIns, int size, TimeSpan pause)
    {
        var result = Prepare(Posts(checkIns), out var bodies);
        for (var first = 0; first < checkIns.Count; first += size)
        {
            await Task.WhenAll(Enumerable.Range(first, Math.Min(size, checkIns.Count - first)).Select(i => PostAsync(i, bodies[i], result)));
            await Task.Delay(pause);
        }

        return result with { Finished = Stopwatch.GetTimestamp() };
    }

    // Each typed /checkin starts its own thread in the channel, as a new post does in Teams.
    private static ChannelPost[] Posts(IReadOnlyList<CheckIn> checkIns) =>
        [.. checkIns.Select((c, i) => new ChannelPost(c.UserId, c.Name, c.ChannelId, $"{c.ChannelId};messageid=post-{i.ToString(CultureInfo.InvariantCulture)}", "/checkin"))];

    private LoadResult Prepare(IReadOnlyList<ChannelPost> posts, out byte[][] bodies)
    {
        // Serialized up front, so the load generator spends its share of the two cores on sending, not on JSON.
        bodies = [.. posts.Select(p => System.Text.Encoding.UTF8.GetBytes(Activity(p).ToJsonString()))];
        return new LoadResult(new long[posts.Count], new long[posts.Count], new int[posts.Count], Stopwatch.GetTimestamp(), 0);
    }

    private async Task PostAsync(int i, byte[] body, LoadResult result)
    {
        result.Sent[i] = Stopwatch.GetTimestamp();
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            using var response = await bot.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
            result.Status[i] = (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            result.Status[i] = 0;
        }

        result.Answered[i] = Stopwatch.GetTimestamp();
    }

    private JsonObject Activity(ChannelPost post) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = post.UserId, ["name"] = post.Name },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["conversation"] = new JsonObject
        {
            ["id"] = post.ConversationId,
            ["conversationType"] = "channel",
            ["isGroup"] = true,
            ["tenantId"] = "benchmark-tenant",
        },
        ["locale"] = "da-DK",
        ["text"] = $"<at>{BotName}</at> {post.Text}",
        ["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = $"<at>{BotName}</at>",
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        }),
        ["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = "benchmark-tenant" },
            ["team"] = new JsonObject { ["id"] = TeamOf(post.ChannelId) },
            ["channel"] = new JsonObject { ["id"] = post.ChannelId },
        },
    };
}
