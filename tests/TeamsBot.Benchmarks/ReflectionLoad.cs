using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace TeamsBot.Benchmarks;

/// <summary>Each counsellor's submit: when it was sent and answered, the status, and whether the answer was the thank-you.</summary>
public sealed record SubmitResult(double[] Milliseconds, int[] Status, bool[] Saved);

/// <summary>
/// The reflection form under load: counsellors ask for a form with <c>/samtale</c> in their 1:1 chat (the bot sends
/// it to the connector, which notes its form id), then all of them press Submit at the same moment, as Teams sends
/// an <c>Action.Execute</c>. Measured: from the POST of the press to the invoke answer (the thank-you card).
/// </summary>
public sealed class ReflectionLoad(HttpClient bot, RecordingConnectorServer connector)
{
    private const string BotId = "28:benchmark-bot";

    public static string PersonalConversation(int counsellor) => "a:bench-personal-" + counsellor.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Asks for one form for each of the counsellors numbered from <paramref name="first"/> (ten at a time) and waits until the connector has seen each form.</summary>
    public async Task<IReadOnlyList<string>?> IssueFormsAsync(int first, int counsellors)
    {
        var next = -1;
        var refused = 0;
        await Task.WhenAll(Enumerable.Range(0, Math.Min(10, counsellors)).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < counsellors)
            {
                using var response = await PostAsync(Message(first + i, "/samtale"));
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref refused);
                }
            }
        }));

        var waited = Stopwatch.StartNew();
        var forms = new string?[counsellors];
        while (waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            for (var i = 0; i < counsellors; i++)
            {
                forms[i] ??= connector.FormIdIn(PersonalConversation(first + i));
            }

            if (forms.All(f => f is not null))
            {
                return refused == 0 ? [.. forms.Select(f => f!)] : null;
            }

            await Task.Delay(20);
        }

        return null;
    }

    /// <summary>Every counsellor presses Submit at the same moment, each form answering <paramref name="sparring"/> to "Do you need sparring?".</summary>
    public async Task<SubmitResult> SubmitAllAsync(int first, IReadOnlyList<string> formIds, string sparring = "none")
    {
        var bodies = formIds.Select((formId, i) => Encoding.UTF8.GetBytes(Submit(first + i, formId, sparring).ToJsonString())).ToArray();
        var result = new SubmitResult(new double[formIds.Count], new int[formIds.Count], new bool[formIds.Count]);
        await Task.WhenAll(bodies.Select(async (body, i) =>
        {
            var sent = Stopwatch.GetTimestamp();
            try
            {
                using var response = await PostAsync(body);
                var answer = await response.Content.ReadAsStringAsync();
                result.Milliseconds[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                result.Status[i] = (int)response.StatusCode;
                // The thank-you replaces the form; a form coming back (a problem, nothing saved) still has its inputs.
                result.Saved[i] = answer.Contains("application/vnd.microsoft.card.adaptive", StringComparison.Ordinal)
                    && !answer.Contains("\"contactForm\"", StringComparison.Ordinal);
            }
            catch (HttpRequestException)
            {
                result.Milliseconds[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
            }
        }));
        return result;
    }

    private Task<HttpResponseMessage> PostAsync(JsonObject activity) => PostAsync(Encoding.UTF8.GetBytes(activity.ToJsonString()));

    private Task<HttpResponseMessage> PostAsync(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return bot.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }

    private JsonObject Message(int counsellor, string text)
    {
        var activity = Personal(counsellor, "message");
        activity["text"] = text;
        return activity;
    }

    private JsonObject Submit(int counsellor, string formId, string sparring)
    {
        var activity = Personal(counsellor, "invoke");
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = "reflection.submit",
                // The form's data and its inputs, as Teams merges them: every value as text.
                ["data"] = new JsonObject
                {
                    ["formId"] = formId,
                    ["contactForm"] = "phone",
                    ["minutes"] = "25",
                    ["topics"] = "parenting,wellbeing",
                    // "none" is offered whatever the referral choices are: with the shipped guidance content they are its referrals.
                    ["referrals"] = "none",
                    ["childConcern"] = "false",
                    ["feeling"] = "3",
                    ["private"] = "Samtalen satte noget i gang hos mig; jeg vil tale med min bagvagt om grænser i næste uge.",
                    ["sparring"] = sparring,
                    ["share"] = "false",
                },
            },
        };
        return activity;
    }

    private JsonObject Personal(int counsellor, string type) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        ["serviceUrl"] = connector.ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = $"29:counsellor-{counsellor}", ["name"] = RecordingConnectorServer.CounsellorName(counsellor) },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Vagtrum" },
        ["conversation"] = new JsonObject
        {
            ["id"] = PersonalConversation(counsellor),
            ["conversationType"] = "personal",
            ["tenantId"] = "benchmark-tenant",
        },
        ["locale"] = "da-DK",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "benchmark-tenant" } },
    };
}
