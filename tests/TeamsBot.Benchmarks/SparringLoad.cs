using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace TeamsBot.Benchmarks;

/// <summary>
/// Sparring requests under load: counsellors type <c>/sparring</c> in their 1:1 chat with the bot, as Teams sends it;
/// supervisors write to the bot once first, so it knows their 1:1 chats (as it would once the app is installed for them).
/// </summary>
public sealed class SparringLoad(HttpClient bot, string serviceUrl)
{
    private const string BotId = "28:benchmark-bot";
    private const string Tenant = "benchmark-tenant";

    /// <summary>The one line a request carries: the note is encrypted at rest, so the run pays for that too.</summary>
    public const string Command = "/sparring Svær samtale om en far";

    /// <summary>The supervisor says hello in their 1:1 chat; false when the bot did not answer 200.</summary>
    public async Task<bool> IntroduceAsync(BenchmarkPerson supervisor)
    {
        using var response = await PostAsync(Encoding.UTF8.GetBytes(Personal(supervisor.TeamsId, supervisor.Name, supervisor.EntraId, supervisor.Conversation, "/hjælp").ToJsonString()));
        return response.IsSuccessStatusCode;
    }

    /// <summary>
    /// Each counsellor numbered in <paramref name="counsellors"/> asks for sparring, <paramref name="concurrency"/> in
    /// flight (the whole list at the same moment when it is as large): when each POST was sent, and its status.
    /// </summary>
    public async Task<(long[] Sent, int[] Status)> RequestAsync(IReadOnlyList<int> counsellors, int concurrency)
    {
        var bodies = counsellors.Select(i => Encoding.UTF8.GetBytes(Personal($"29:counsellor-{i}", RecordingConnectorServer.CounsellorName(i), null,
            ReflectionLoad.PersonalConversation(i), Command).ToJsonString())).ToArray();
        var sent = new long[bodies.Length];
        var status = new int[bodies.Length];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Math.Min(concurrency, bodies.Length)).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < bodies.Length)
            {
                sent[i] = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await PostAsync(bodies[i]);
                    status[i] = (int)response.StatusCode;
                }
                catch (HttpRequestException)
                {
                    status[i] = 0;
                }
            }
        }));
        return (sent, status);
    }

    private Task<HttpResponseMessage> PostAsync(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return bot.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }

    private JsonObject Personal(string userId, string name, string? entraId, string conversation, string text) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = entraId is null
            ? new JsonObject { ["id"] = userId, ["name"] = name }
            : new JsonObject { ["id"] = userId, ["name"] = name, ["aadObjectId"] = entraId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Vagtrum" },
        ["conversation"] = new JsonObject { ["id"] = conversation, ["conversationType"] = "personal", ["tenantId"] = Tenant },
        ["locale"] = "da-DK",
        ["text"] = text,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
    };
}
