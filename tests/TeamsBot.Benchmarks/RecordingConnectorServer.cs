using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TeamsBot.Benchmarks;

/// <summary>
/// A local Bot Connector over real HTTP: answers like Teams does, and notes the moment each counsellor
/// first appears on a channel's board message, which is when the check-in became visible to the team.
/// </summary>
public sealed partial class RecordingConnectorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<int, long> _firstOnBoard = new();
    private readonly ConcurrentDictionary<string, string> _formIds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Conversation, int Counsellor), Arrival> _firstToPerson = new();
    private readonly ConcurrentDictionary<string, long> _firstReply = new(StringComparer.Ordinal);
    private int _cardReplies;
    private int _nextId;
    private int _boardPosts;
    private int _boardUpdates;
    private int _threadReplies;
    private int _personalMessages;
    private int _unexpected;
    private int _memberLookUps;

    private RecordingConnectorServer(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = string.Empty;

    public int BoardPosts => Volatile.Read(ref _boardPosts);

    public int BoardUpdates => Volatile.Read(ref _boardUpdates);

    public int ThreadReplies => Volatile.Read(ref _threadReplies);

    public int PersonalMessages => Volatile.Read(ref _personalMessages);

    public int Unexpected => Volatile.Read(ref _unexpected);

    public int MemberLookUps => Volatile.Read(ref _memberLookUps);

    /// <summary>Replies with an Adaptive Card that reached a conversation of <see cref="ReplyWatchedPrefix"/> (the SDK comparison).</summary>
    public int CardReplies => Volatile.Read(ref _cardReplies);

    /// <summary>Stopwatch timestamp of the first message that reached this conversation of <see cref="ReplyWatchedPrefix"/>.</summary>
    public bool TryGetFirstReply(string conversationId, out long timestamp) => _firstReply.TryGetValue(conversationId, out timestamp);

    /// <summary>Stopwatch timestamp of the first board message that listed this counsellor.</summary>
    public bool TryGetFirstOnBoard(int counsellor, out long timestamp) => _firstOnBoard.TryGetValue(counsellor, out timestamp);

    /// <summary>
    /// When the first new message naming this counsellor reached this 1:1 conversation (a supervisor's card about
    /// their request); updates in place do not count.
    /// </summary>
    public bool TryGetFirstTo(string conversationId, int counsellor, out Arrival arrival) => _firstToPerson.TryGetValue((conversationId, counsellor), out arrival);

    /// <summary>The id of the latest reflection form sent to this 1:1 conversation, if any.</summary>
    public string? FormIdIn(string conversationId) => _formIds.GetValueOrDefault(conversationId);

    public static async Task<RecordingConnectorServer> StartAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var app = builder.Build();
        var server = new RecordingConnectorServer(app) { ServiceUrl = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/" };

        // Create a 1:1 conversation (the start-of-shift checklist goes there).
        app.MapPost("/v3/conversations", () => Results.Json(new { id = "a:personal-" + server.NextId() }, statusCode: 201));
        app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, HttpRequest request) =>
            server.OnActivityAsync(conversationId, isUpdate: false, request));
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", (string conversationId, HttpRequest request) =>
            server.OnActivityAsync(conversationId, isUpdate: false, request));
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId, HttpRequest request) =>
            server.OnActivityAsync(conversationId, isUpdate: true, request, activityId));
        // One member look-up, as Teams answers it: the bot learns a sign-in name for a call link (sparring).
        app.MapGet("/v3/conversations/{conversationId}/members/{memberId}", (string memberId) =>
        {
            Interlocked.Increment(ref server._memberLookUps);
            return Results.Json(new { id = memberId, name = memberId, userPrincipalName = memberId.Replace(':', '-') + "@bench.example" });
        });
        app.MapFallback(() =>
        {
            Interlocked.Increment(ref server._unexpected);
            return Results.NotFound();
        });

        await app.StartAsync();
        return server;
    }

    private async Task<IResult> OnActivityAsync(string conversationId, bool isUpdate, HttpRequest request, string? activityId = null)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        var received = Stopwatch.GetTimestamp();
        if (conversationId.StartsWith(ReplyWatchedPrefix, StringComparison.Ordinal))
        {
            // The SDK comparison's channels: only when each answer arrived, and whether it was a card.
            _firstReply.TryAdd(conversationId, received);
            if (body.Contains("application/vnd.microsoft.card.adaptive", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _cardReplies);
            }

            return Results.Json(new { id = "activity-" + NextId() }, statusCode: 201);
        }

        // A channel post is edited in its own thread ({channel};messageid={post}), as Teams does: that is the board.
        var boardEdit = isUpdate && conversationId.EndsWith(";messageid=" + activityId, StringComparison.Ordinal);
        if (!boardEdit && conversationId.Contains(";messageid=", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _threadReplies); // The one-line answer in the check-in's thread, not the board.
        }
        else if (conversationId.StartsWith("19:", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref isUpdate ? ref _boardUpdates : ref _boardPosts);
            foreach (Match match in CounsellorPattern().Matches(body))
            {
                _firstOnBoard.TryAdd(int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture), received);
            }
        }
        else
        {
            Interlocked.Increment(ref _personalMessages);
            if (!isUpdate && conversationId.StartsWith(WatchedConversationPrefix, StringComparison.Ordinal))
            {
                var at = new Arrival(received, DateTimeOffset.UtcNow);
                foreach (Match match in CounsellorPattern().Matches(body))
                {
                    _firstToPerson.TryAdd((conversationId, int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture)), at);
                }
            }

            if (FormIdPattern().Match(body) is { Success: true } form)
            {
                _formIds[conversationId] = form.Groups[1].Value;
            }
        }

        var id = activityId ?? "activity-" + NextId();
        return isUpdate ? Results.Json(new { id }) : Results.Json(new { id }, statusCode: 201);
    }

    /// <summary>1:1 conversations whose messages are noted per counsellor named in them: the benchmark's supervisors'.</summary>
    public const string WatchedConversationPrefix = "a:bench-supervisor-";

    /// <summary>Channels whose answers are timed per conversation (each post its own thread): the SDK comparison's.</summary>
    public const string ReplyWatchedPrefix = "19:bench-reply-";

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);

    /// <summary>Benchmark counsellors are named "Counsellor 000042"; the fixed width keeps names from containing each other.</summary>
    public static string CounsellorName(int number) => "Counsellor " + number.ToString("D6", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Counsellor (\d{6})")]
    private static partial Regex CounsellorPattern();

    /// <summary>The form id in a reflection form's submit data.</summary>
    [GeneratedRegex(@"""formId"":\s*""([0-9a-f]{32})""")]
    private static partial Regex FormIdPattern();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>When a message reached the connector: a Stopwatch timestamp (for latencies) and the wall clock (to compare with stored times).</summary>
public readonly record struct Arrival(long Timestamp, DateTimeOffset At);
