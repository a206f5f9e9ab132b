using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TeamsBot.Benchmarks;

/// <summary>One counsellor's <c>/checkin</c> in a duty channel, as Teams sends it with the bot @mentioned.</summary>
public sealed record CheckIn(string UserId, string Name, string ChannelId);

/// <summary>When each check-in was sent and answered, and with what status (Stopwatch timestamps).</summary>
public sealed record LoadResult(long[] Sent, long[] Answered, int[] Status, long Started, long Finished);

/// <summary>Posts check-ins to the host with a fixed number in flight, each worker taking the next one when its answer is in.</summary>
public sealed class CheckInLoad(HttpClient bot, string serviceUrl)
{
    private const string BotId = "28:benchmark-bot";
    private const string BotName = "Vagtrum";

    public async Task<LoadResult> RunAsync(IReadOnlyList<CheckIn> checkIns, int concurrency)
    {
        var bodies = checkIns.Select(Activity).ToArray();
        var sent = new long[checkIns.Count];
        var answered = new long[checkIns.Count];
        var status = new int[checkIns.Count];
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, Math.Min(concurrency, checkIns.Count)).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < checkIns.Count)
            {
                sent[i] = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await bot.PostAsJsonAsync("/api/messages", bodies[i]);
                    status[i] = (int)response.StatusCode;
                }
                catch (HttpRequestException)
                {
                    status[i] = 0;
                }

                answered[i] = Stopwatch.GetTimestamp();
            }
        }));
        return new LoadResult(sent, answered, status, started, Stopwatch.GetTimestamp());
    }

    private JsonObject Activity(CheckIn checkIn, int index) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = checkIn.UserId, ["name"] = checkIn.Name },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        // Each typed /checkin starts its own thread in the channel, as a new post does in Teams.
        ["conversation"] = new JsonObject
        {
            ["id"] = $"{checkIn.ChannelId};messageid=post-{index.ToString(CultureInfo.InvariantCulture)}",
            ["conversationType"] = "channel",
            ["isGroup"] = true,
            ["tenantId"] = "benchmark-tenant",
        },
        ["locale"] = "da-DK",
        ["text"] = $"<at>{BotName}</at> /checkin",
        ["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = $"<at>{BotName}</at>",
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        }),
        ["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = "benchmark-tenant" },
            ["team"] = new JsonObject { ["id"] = "19:benchmark-team@thread.tacv2" },
            ["channel"] = new JsonObject { ["id"] = checkIn.ChannelId },
        },
    };
}
